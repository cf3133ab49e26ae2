import type { ElementDefinition } from 'cytoscape';
import type { EntityKind, EntitySummary, RelationSummary } from '../api/types';
import { formatDateShort } from '../dates/describeDate';
import { compareText } from '../order';

export interface ToElementsOptions {
  /** Relation types that carry knowledge (drawn heavier). */
  knowledgeTypes?: ReadonlySet<string>;
  /** Longest node label before it is cut with an ellipsis. */
  maxLabelLength?: number;
}

export interface NodeData {
  id: string;
  label: string;
  name: string;
  kind: EntityKind;
  disputed: boolean;
  date: string;
  /** Earliest day, for the time layout; empty when undated or open. */
  earliest: string;
  size: number;
  /** Relations touching it in the whole data set (the large-graph style sizes by it). */
  degree: number;
}

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  label: string;
  type: string;
  disputed: boolean;
  date: string;
}

const DEFAULTS = { maxLabelLength: 34 };

/** A name cut at a word boundary to at most `max` characters, with an ellipsis when cut. */
export function shortenLabel(name: string, max: number): string {
  const clean = name.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Node diameter grows with degree, within bounds, so hubs stand out without swamping labels. */
export function nodeSize(degree: number): number {
  return Math.round(26 + Math.min(Math.max(degree, 0), 24) * 1.5);
}

export function kindClass(kind: EntityKind): string {
  return `kind-${kind.toLowerCase()}`;
}

/**
 * Turns API entities and relations into Cytoscape elements: nodes first, then edges, each sorted
 * by id so the same data always gives the same elements (and so the same layout). Relations
 * whose ends are not among the entities are left out; duplicates are kept once.
 */
export function toElements(
  entities: Iterable<EntitySummary>,
  relations: Iterable<RelationSummary>,
  options: ToElementsOptions = {},
): ElementDefinition[] {
  const { maxLabelLength } = { ...DEFAULTS, ...options };
  const nodes = new Map<string, ElementDefinition>();
  for (const entity of entities) {
    const data: NodeData = {
      id: entity.id,
      label: shortenLabel(entity.name, maxLabelLength),
      name: entity.name,
      kind: entity.kind,
      disputed: entity.disputed,
      date: formatDateShort(entity.date),
      earliest: entity.date?.earliest ?? '',
      size: nodeSize(entity.degree),
      degree: entity.degree,
    };
    const classes = [kindClass(entity.kind), ...(entity.disputed ? ['disputed'] : [])];
    nodes.set(entity.id, { group: 'nodes', data, classes });
  }
  const edges = new Map<string, ElementDefinition>();
  for (const relation of relations) {
    if (!nodes.has(relation.from.id) || !nodes.has(relation.to.id)) continue;
    const data: EdgeData = {
      id: relation.id,
      source: relation.from.id,
      target: relation.to.id,
      label: relation.disputed ? `⚠ ${relation.label} (disputed)` : relation.label,
      type: relation.type,
      disputed: relation.disputed,
      date: formatDateShort(relation.date),
    };
    const classes = [
      ...(relation.disputed ? ['disputed'] : []),
      ...(options.knowledgeTypes?.has(relation.type) ? ['knowledge'] : []),
    ];
    edges.set(relation.id, { group: 'edges', data, classes });
  }
  const byId = (a: ElementDefinition, b: ElementDefinition) => compareText(String(a.data.id), String(b.data.id));
  return [...[...nodes.values()].sort(byId), ...[...edges.values()].sort(byId)];
}
