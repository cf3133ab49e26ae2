import type { Relation } from '../../dataset';
import type { RelationQuery } from '../GraphStore';
import type { RelationGraph } from './buildGraph';
import { compareDateEarliestUndatedLast, compareIds } from './order';

function compareRelations(a: Relation, b: Relation): number {
  return compareDateEarliestUndatedLast(a.date, b.date) || compareIds(a.id, b.id);
}

/**
 * The relations of an entity in relationsOf order (earliest day, open start first, undated last,
 * then id). Each entity's list is sorted the first time it is asked for and then kept, so
 * start-up does not pay for sorting a million relations nobody may look at.
 */
export interface RelationsOf {
  query(ids: readonly string[], query: RelationQuery): Relation[][];
  /** Drops an entity's sorted list after its relations changed; it is sorted again when next asked for. */
  forget(id: string): void;
}

export function buildRelationsOf(graph: RelationGraph): RelationsOf {
  const sorted = new Map<string, Relation[]>();

  const relationsOfEntity = (id: string): Relation[] => {
    // Unknown ids are not remembered: callers choose them, and the cache must stay bounded.
    if (!graph.hasNode(id)) return [];
    let list = sorted.get(id);
    if (list === undefined) {
      list = [...graph.into(id), ...graph.outOf(id)].sort(compareRelations);
      sorted.set(id, list);
    }
    return list;
  };

  const query = (ids: readonly string[], { direction, types, first }: RelationQuery): Relation[][] => {
    const allowed = types === undefined ? null : new Set(types);
    return ids.map((id) => {
      const picked: Relation[] = [];
      for (const relation of relationsOfEntity(id)) {
        if (picked.length >= first) break;
        if (direction === 'OUT' && relation.from !== id) continue;
        if (direction === 'IN' && relation.to !== id) continue;
        if (allowed !== null && !allowed.has(relation.type)) continue;
        picked.push(relation);
      }
      return picked;
    });
  };
  return { query, forget: (id) => sorted.delete(id) };
}
