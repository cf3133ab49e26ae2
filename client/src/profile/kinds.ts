import type { DatasetInfo, EntityKind, KindInfo } from '../api/types';

export type { DatasetInfo, KindInfo };

// The data set says which kinds of entity it has and how each is drawn (kinds.json, through the
// API's `kinds`), and what it is about (`dataset`). Nothing in the page names a kind itself.

/** The kinds, looked up by value; a kind the data set did not announce is drawn plain, never a crash. */
export interface KindRegistry {
  /** In the data set's order. */
  readonly list: readonly KindInfo[];
  /** The kinds that can know things. */
  readonly actors: ReadonlySet<EntityKind>;
  look(kind: EntityKind): KindInfo;
  isActor(kind: EntityKind): boolean;
}

const UNKNOWN_LOOK = { shape: 'ellipse', colour: '#4b5563', actor: false, count: 0 };

export function kindRegistry(kinds: readonly KindInfo[]): KindRegistry {
  const byKind = new Map(kinds.map((info) => [info.kind, info]));
  const actors = new Set(kinds.filter((info) => info.actor).map((info) => info.kind));
  return {
    list: kinds,
    actors,
    look: (kind) => byKind.get(kind) ?? { ...UNKNOWN_LOOK, kind, label: kind, plural: kind },
    isActor: (kind) => actors.has(kind),
  };
}

/** "people, agencies, reports, events": the kinds' plurals for a sentence. */
export function pluralList(kinds: readonly KindInfo[]): string {
  return kinds.map((info) => info.plural.toLowerCase()).join(', ');
}

/**
 * The data set's period as whole years [first, last]: the range the page offers when the data
 * itself gives none. An open end stops at the other end's year.
 */
export function periodYears(info: DatasetInfo): [number, number] {
  const first = info.period.earliest ? Number(info.period.earliest.slice(0, 4)) : NaN;
  const last = info.period.latest ? Number(info.period.latest.slice(0, 4)) : NaN;
  const thisYear = new Date().getFullYear();
  if (Number.isFinite(first) && Number.isFinite(last)) return [first, last];
  if (Number.isFinite(first)) return [first, first];
  return Number.isFinite(last) ? [last, last] : [thisYear, thisYear];
}

/** A small path of the node's shape in a 14×14 box, for icons in lists and the legend. */
export function shapeIconPath(shape: string): string {
  return SHAPE_PATHS[shape] ?? SHAPE_PATHS.ellipse!;
}

const SHAPE_PATHS: Record<string, string> = {
  ellipse: 'M7 1a6 6 0 1 1 0 12A6 6 0 0 1 7 1z',
  'round-rectangle': 'M3 1h8a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H3a2 2 0 0 1-2-2V3a2 2 0 0 1 2-2z',
  rectangle: 'M1 1h12v12H1z',
  tag: 'M1 2h8l4 5-4 5H1z',
  'round-tag': 'M2 2h7l4 5-4 5H2a1 1 0 0 1-1-1V3a1 1 0 0 1 1-1z',
  'round-diamond': 'M7 0.5l6.5 6.5L7 13.5 0.5 7z',
  hexagon: 'M4 1h6l3.5 6L10 13H4L0.5 7z',
  'round-hexagon': 'M4 1h6l3.5 6L10 13H4L0.5 7z',
  triangle: 'M7 1l6 12H1z',
  'round-triangle': 'M7 1l6 12H1z',
  octagon: 'M4.5 1h5L13 4.5v5L9.5 13h-5L1 9.5v-5z',
  star: 'M7 0.8l1.8 4.2 4.6.4-3.5 3 1.1 4.5L7 10.5 3 12.9l1.1-4.5-3.5-3 4.6-.4z',
  barrel: 'M3 1h8q2 6 0 12H3Q1 7 3 1z',
};
