import type { EntityKind, FuzzyDate } from '../api/types';
import type { Catalog } from '../graph/catalog';

// Filters hide; they never add. Empty lists mean "hide nothing", so the default state is empty
// and a permalink only carries what someone actually changed.

export interface Filters {
  hiddenKinds: readonly EntityKind[];
  hiddenTypes: readonly string[];
  /** ISO day; things that ended before it are hidden. */
  from: string | null;
  /** ISO day; things that began after it are hidden. */
  to: string | null;
  /** Hide entities with no date at all (by default they stay, as timeless). */
  hideUndated: boolean;
}

export const NO_FILTERS: Filters = { hiddenKinds: [], hiddenTypes: [], from: null, to: null, hideUndated: false };

export function isFiltering(filters: Filters): boolean {
  return filters.hiddenKinds.length > 0 || filters.hiddenTypes.length > 0 || filters.from !== null || filters.to !== null || filters.hideUndated;
}

/** No date, or one with neither end known. */
export function isUndated(date: FuzzyDate | null): boolean {
  return date === null || (date.earliest === null && date.latest === null);
}

/**
 * Does a fuzzy date overlap [from, to]? Undated things are timeless and always overlap; open
 * ends of the date or of the range are unbounded.
 */
export function overlapsRange(date: FuzzyDate | null, from: string | null, to: string | null): boolean {
  if (!date) return true;
  if (from !== null && date.latest !== null && date.latest < from) return false;
  if (to !== null && date.earliest !== null && date.earliest > to) return false;
  return true;
}

export interface FilteredView {
  entityIds: Set<string>;
  relationIds: Set<string>;
}

/** The entities and relations of `visible` that pass the filters; relations need both ends shown. */
export function applyFilters(catalog: Catalog, visible: ReadonlySet<string>, filters: Filters): FilteredView {
  const hiddenKinds = new Set(filters.hiddenKinds);
  const hiddenTypes = new Set(filters.hiddenTypes);
  const entityIds = new Set<string>();
  for (const id of visible) {
    const entity = catalog.entities.get(id);
    if (!entity || hiddenKinds.has(entity.kind)) continue;
    if (filters.hideUndated && isUndated(entity.date)) continue;
    if (!overlapsRange(entity.date, filters.from, filters.to)) continue;
    entityIds.add(id);
  }
  const relationIds = new Set<string>();
  for (const relation of catalog.relations.values()) {
    if (!entityIds.has(relation.from.id) || !entityIds.has(relation.to.id)) continue;
    if (hiddenTypes.has(relation.type)) continue;
    if (!overlapsRange(relation.date, filters.from, filters.to)) continue;
    relationIds.add(relation.id);
  }
  return { entityIds, relationIds };
}

export interface FilterCounts {
  kinds: Map<EntityKind, number>;
  types: Map<string, number>;
  /** Undated entities on view, shown or not. */
  undated: number;
}

/**
 * Counts for the filter checkboxes, over what is on view before kind and type filters: so an
 * unticked box still says how many it hides.
 */
export function countForFilters(catalog: Catalog, visible: ReadonlySet<string>, filters: Filters): FilterCounts {
  const unfiltered = applyFilters(catalog, visible, { ...filters, hiddenKinds: [], hiddenTypes: [], hideUndated: false });
  const kinds = new Map<EntityKind, number>();
  let undated = 0;
  for (const id of unfiltered.entityIds) {
    const entity = catalog.entities.get(id);
    if (!entity) continue;
    kinds.set(entity.kind, (kinds.get(entity.kind) ?? 0) + 1);
    if (isUndated(entity.date)) undated += 1;
  }
  const types = new Map<string, number>();
  for (const id of unfiltered.relationIds) {
    const type = catalog.relations.get(id)?.type;
    if (type) types.set(type, (types.get(type) ?? 0) + 1);
  }
  return { kinds, types, undated };
}

/** Reads "2005", "2005-04" or "2005-04-12" as a range bound; null when it is none of those. */
export function parseBound(input: string, side: 'from' | 'to'): string | null {
  const text = input.trim();
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!match) return null;
  const [, year, month, day] = match;
  const m = month === undefined ? null : Number(month);
  if (m !== null && (m < 1 || m > 12)) return null;
  if (day !== undefined) {
    const iso = `${year}-${month}-${day}`;
    const parsed = new Date(`${iso}T00:00:00Z`);
    return Number.isFinite(parsed.getTime()) && parsed.toISOString().slice(0, 10) === iso ? iso : null;
  }
  if (side === 'from') return `${year}-${month ?? '01'}-01`;
  const endMonth = m ?? 12;
  const lastDay = new Date(Date.UTC(Number(year), endMonth, 0)).getUTCDate();
  return `${year}-${String(endMonth).padStart(2, '0')}-${String(lastDay).padStart(2, '0')}`;
}
