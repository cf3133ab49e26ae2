import type { Entity, EntityKind } from '../../dataset';
import { decodeCursor, encodeCursor } from '../cursor';
import { BadInputError } from '../errors';
import type { EntityPage } from '../GraphStore';
import { compareIds, insertSorted, removeSorted } from './order';

/** Entities sorted by id, all of them and per kind, for keyset pagination. */
export interface EntityList {
  all: Entity[];
  byKind: Map<EntityKind, Entity[]>;
  byId: Map<string, Entity>;
}

const byEntityId = (a: Entity, b: Entity) => compareIds(a.id, b.id);

export function buildEntityList(entities: readonly Entity[]): EntityList {
  const all = [...entities].sort(byEntityId);
  const byKind = new Map<EntityKind, Entity[]>();
  for (const entity of all) {
    const list = byKind.get(entity.kind);
    if (list) list.push(entity);
    else byKind.set(entity.kind, [entity]);
  }
  return { all, byKind, byId: new Map(all.map((entity) => [entity.id, entity])) };
}

/** Adds an entity or replaces the one with its id, in every list (binary search, no re-sort). */
export function putEntity(list: EntityList, entity: Entity): void {
  removeEntity(list, entity.id);
  insertSorted(list.all, entity, byEntityId);
  const ofKind = list.byKind.get(entity.kind);
  if (ofKind) insertSorted(ofKind, entity, byEntityId);
  else list.byKind.set(entity.kind, [entity]);
  list.byId.set(entity.id, entity);
}

/** Removes the entity with this id from every list; returns it (null when there was none). */
export function removeEntity(list: EntityList, id: string): Entity | null {
  const entity = list.byId.get(id);
  if (entity === undefined) return null;
  list.byId.delete(id);
  removeSorted(list.all, entity, byEntityId);
  const ofKind = list.byKind.get(entity.kind) as Entity[];
  removeSorted(ofKind, entity, byEntityId);
  if (ofKind.length === 0) list.byKind.delete(entity.kind);
  return entity;
}

/** Index of the first entity whose id sorts after `id` (binary search). */
function indexAfter(sorted: readonly Entity[], id: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as Entity).id <= id) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * One page of entities ordered by id. `after` names any known entity, even one of another kind
 * than `kind` (the page then starts at the next id of that kind, as `id > $after` would).
 */
export function pageOfEntities(list: EntityList, query: { kind?: EntityKind; first: number; after?: string }): EntityPage {
  const sorted = query.kind === undefined ? list.all : list.byKind.get(query.kind) ?? [];
  let start = 0;
  if (query.after !== undefined) {
    const afterId = decodeCursor(query.after);
    if (!list.byId.has(afterId)) {
      throw new BadInputError('after', `"after" names no entity of this data set: ${JSON.stringify(query.after)}`);
    }
    start = indexAfter(sorted, afterId);
  }
  const items = sorted.slice(start, start + Math.max(0, query.first));
  const last = items[items.length - 1];
  return {
    items,
    totalCount: sorted.length,
    hasNextPage: start + items.length < sorted.length,
    endCursor: last ? encodeCursor(last.id) : null,
  };
}
