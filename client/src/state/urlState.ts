import type { EntityKind } from '../api/types';
import { NO_FILTERS, type Filters } from './filters';
import { tidyPathQuery } from './pathQuery';
import { MAX_FOCUS_DEPTH, type ViewOp } from './view';

// The page's shareable state in the query string: a permalink restores selection, the view
// (its operations), filters, layout, the as-of date and a path query. Pure: parse what is there,
// drop what does not make sense, and write back only what differs from the defaults.

export const LAYOUTS = ['fcose', 'concentric'] as const;
export type LayoutName = (typeof LAYOUTS)[number];
export const TABS = ['graph', 'table', 'chronology'] as const;
export type Tab = (typeof TABS)[number];

export interface PathQuery {
  from: string;
  to: string;
  /** Entities the paths go round (hubs set aside). */
  excludeEntities?: readonly string[];
  /** Relation types the paths do not walk. */
  excludeTypes?: readonly string[];
}

export interface UrlState {
  selected: string | null;
  ops: readonly ViewOp[];
  filters: Filters;
  layout: LayoutName;
  asOf: string | null;
  path: PathQuery | null;
  tab: Tab;
}

export const DEFAULT_URL_STATE: UrlState = {
  selected: null,
  ops: [],
  filters: NO_FILTERS,
  layout: 'fcose',
  asOf: null,
  path: null,
  tab: 'graph',
};

const ID = /^[A-Za-z0-9][A-Za-z0-9:_.-]*$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ENUM_VALUE = /^[A-Z][A-Z0-9_]*$/;
const OP_CODES = { expand: 'e', hide: 'h', focus: 'f' } as const;

function isId(value: string | null): value is string {
  return value !== null && value.length <= 200 && ID.test(value);
}

function isDay(value: string | null): value is string {
  return value !== null && DAY.test(value) && Number.isFinite(Date.parse(`${value}T00:00:00Z`));
}

function list(value: string | null): string[] {
  return value ? value.split(',').filter((item) => item.length > 0) : [];
}

// A focus is "f:id" at the default depth, "f0:id" for the entity alone, "f2:id" for two steps.
const FOCUS_CODE = /^f([0-9])?$/;

/** The operations of a "view" parameter ("f:a,e:b,all"); items that make no sense are dropped. */
export function parseOps(value: string | null): ViewOp[] {
  const ops: ViewOp[] = [];
  for (const item of list(value)) {
    if (item === 'all') {
      ops.push({ kind: 'showAll' });
      continue;
    }
    const colon = item.indexOf(':');
    const code = item.slice(0, colon);
    const id = item.slice(colon + 1);
    if (colon < 0 || !isId(id)) continue;
    const focus = FOCUS_CODE.exec(code);
    if (code === OP_CODES.expand) ops.push({ kind: 'expand', id });
    else if (code === OP_CODES.hide) ops.push({ kind: 'hide', id });
    else if (focus) {
      const depth = focus[1] === undefined ? 1 : Number(focus[1]);
      if (depth > MAX_FOCUS_DEPTH) continue;
      ops.push(depth === 1 ? { kind: 'focus', id } : { kind: 'focus', id, depth });
    }
  }
  return ops;
}

function writeOp(op: ViewOp): string {
  if (op.kind === 'showAll') return 'all';
  if (op.kind === 'focus' && op.depth !== undefined && op.depth !== 1) return `${OP_CODES.focus}${op.depth}:${op.id}`;
  return `${OP_CODES[op.kind]}:${op.id}`;
}

/** Operations as a "view" parameter value; parseOps reads it back. */
export function serializeOps(ops: readonly ViewOp[]): string {
  return ops.map(writeOp).join(',');
}

/** Reads the state from a query string ("?sel=...&layout=time"); junk values are ignored. */
export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const selected = params.get('sel');
  const layout = params.get('layout');
  const asOf = params.get('asOf');
  const from = params.get('from');
  const to = params.get('to');
  const pathFrom = params.get('pathFrom');
  const pathTo = params.get('pathTo');
  return {
    selected: isId(selected) ? selected : null,
    ops: parseOps(params.get('view')),
    filters: {
      hiddenKinds: [...new Set(list(params.get('hideKinds')))].filter((k): k is EntityKind => ENUM_VALUE.test(k)),
      hiddenTypes: [...new Set(list(params.get('hideTypes')))].filter((t) => ENUM_VALUE.test(t)),
      from: isDay(from) ? from : null,
      to: isDay(to) ? to : null,
      hideUndated: params.get('undated') === 'hide',
    },
    layout: (LAYOUTS as readonly string[]).includes(layout ?? '') ? (layout as LayoutName) : 'fcose',
    asOf: isDay(asOf) ? asOf : null,
    path: isId(pathFrom) && isId(pathTo) ? withExclusions({ from: pathFrom, to: pathTo }, params) : null,
    tab: (TABS as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as Tab) : 'graph',
  };
}

/** A path query with the exclusions the link names, if any (ids and type names only). */
function withExclusions(path: PathQuery, params: URLSearchParams): PathQuery {
  const excludeEntities = list(params.get('pathExclude')).filter(isId);
  const excludeTypes = list(params.get('pathExcludeTypes')).filter((t) => ENUM_VALUE.test(t));
  return tidyPathQuery({ ...path, excludeEntities, excludeTypes });
}

// Ids are made of letters, digits, ':' and '-': keep ':' and ',' readable in links.
function encode(value: string): string {
  return encodeURIComponent(value).replace(/%3A/gi, ':').replace(/%2C/gi, ',');
}

/** Writes the state as a query string ("" when everything is default), keys in a fixed order. */
export function serializeUrlState(state: UrlState): string {
  const pairs: [string, string][] = [];
  if (state.selected) pairs.push(['sel', state.selected]);
  if (state.ops.length > 0) pairs.push(['view', serializeOps(state.ops)]);
  if (state.filters.hiddenKinds.length > 0) pairs.push(['hideKinds', [...state.filters.hiddenKinds].sort().join(',')]);
  if (state.filters.hiddenTypes.length > 0) pairs.push(['hideTypes', [...state.filters.hiddenTypes].sort().join(',')]);
  if (state.filters.from) pairs.push(['from', state.filters.from]);
  if (state.filters.to) pairs.push(['to', state.filters.to]);
  if (state.filters.hideUndated) pairs.push(['undated', 'hide']);
  if (state.layout !== 'fcose') pairs.push(['layout', state.layout]);
  if (state.asOf) pairs.push(['asOf', state.asOf]);
  if (state.path) {
    pairs.push(['pathFrom', state.path.from], ['pathTo', state.path.to]);
    if (state.path.excludeEntities?.length) pairs.push(['pathExclude', state.path.excludeEntities.join(',')]);
    if (state.path.excludeTypes?.length) pairs.push(['pathExcludeTypes', [...state.path.excludeTypes].sort().join(',')]);
  }
  if (state.tab !== 'graph') pairs.push(['tab', state.tab]);
  return pairs.length === 0 ? '' : `?${pairs.map(([k, v]) => `${k}=${encode(v)}`).join('&')}`;
}
