import type { Entity, Relation } from '../dataset';
import type { GraphStore } from '../store/GraphStore';
import { ConflictError } from '../store/ChangeStore';
import { BadInputError } from '../store/errors';

// The record a change is made against, as it stands now, checked against the version the
// caller saw.

/** The entity with exactly this id (not the one a merged-away id stands for); null when none. */
export async function entityItself(store: GraphStore, id: string): Promise<Entity | null> {
  const [entity] = await store.entitiesByIds([id]);
  return entity && entity.id === id ? entity : null;
}

/** Throws ConflictError when the caller's version is not the record's. */
function checkVersion(record: { id: string; version: number }, version: number): void {
  if (record.version !== version) throw new ConflictError(record.id, record.version);
}

/**
 * The entity `argument` names, at `version`. Unknown: BadInputError; merged into another since
 * the caller read it: ConflictError (it no longer exists as itself).
 */
export async function currentEntity(store: GraphStore, argument: string, id: string, version: number): Promise<Entity> {
  const [entity] = await store.entitiesByIds([id]);
  if (!entity) throw new BadInputError(argument, `"${argument}": no entity with id "${id}"`);
  if (entity.id !== id) throw new ConflictError(id, null);
  checkVersion(entity, version);
  return entity;
}

export async function currentRelation(store: GraphStore, argument: string, id: string, version: number): Promise<Relation> {
  const [relation] = await store.relationsByIds([id]);
  if (!relation) throw new BadInputError(argument, `"${argument}": no relation with id "${id}"`);
  checkVersion(relation, version);
  return relation;
}

/** An entity or relation: what a claim is attached to. */
export async function currentSubject(
  store: GraphStore,
  argument: string,
  id: string,
  version: number,
): Promise<{ kind: 'entity'; record: Entity } | { kind: 'relation'; record: Relation }> {
  const [[entity], [relation]] = await Promise.all([store.entitiesByIds([id]), store.relationsByIds([id])]);
  if (relation) {
    checkVersion(relation, version);
    return { kind: 'relation', record: relation };
  }
  if (!entity) throw new BadInputError(argument, `"${argument}": no entity or relation with id "${id}"`);
  if (entity.id !== id) throw new ConflictError(id, null);
  checkVersion(entity, version);
  return { kind: 'entity', record: entity };
}

/** Every relation touching an entity. */
export async function relationsTouching(store: GraphStore, id: string): Promise<Relation[]> {
  const [relations] = await store.relationsOf([id], { direction: 'BOTH', first: Number.MAX_SAFE_INTEGER });
  return relations ?? [];
}
