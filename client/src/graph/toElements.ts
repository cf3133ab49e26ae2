import type { ElementDefinition } from 'cytoscape';
import type { EntityKind, EntitySummary, RelationSummary } from '../api/types';
import { formatDateShort } from '../dates/describeDate';
import { compareText } from '../order';
import { displayName, labelPx, MAX_DISPLAY_LENGTH, shortenLabel } from './labels';

export interface ToElementsOptions {
  /** Relation types that carry knowledge (drawn heavier). */
  knowledgeTypes?: ReadonlySet<string>;
  /** Longest node label before it is cut with an ellipsis (see displayName). */
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
  /** Label size on screen, in pixels, by degree (see labelPx). */
  fontPx: number;
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

const DEFAULTS = { maxLabelLength: MAX_DISPLAY_LENGTH };

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
  const all = [...entities];
  // Two names that differ only in the dated bracket ("Report (2003)", "Report (2006)") keep it.
  const shortNames = new Map<string, number>();
  for (const entity of new Map(all.map((e) => [e.id, e])).values()) {
    const short = displayName(entity.name, maxLabelLength);
    shortNames.set(short, (shortNames.get(short) ?? 0) + 1);
  }
  const labelOf = (name: string) => {
    const short = displayName(name, maxLabelLength);
    return (shortNames.get(short) ?? 0) > 1 ? shortenLabel(name, maxLabelLength) : short;
  };
  for (const entity of all) {
    const data: NodeData = {
      id: entity.id,
      label: labelOf(entity.name),
      name: entity.name,
      kind: entity.kind,
      disputed: entity.disputed,
      date: formatDateShort(entity.date),
      earliest: entity.date?.earliest ?? '',
      size: nodeSize(entity.degree),
      fontPx: labelPx(entity.degree),
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
      // "Sources disagree", not "disputed": a relation type may itself be called "disputed".
      label: relation.disputed ? `⚠ ${relation.label} (sources disagree)` : relation.label,
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
