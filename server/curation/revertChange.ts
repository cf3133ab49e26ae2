import type { Entity, Relation } from '../dataset';
import { ConflictError, type ChangeStore, type RecordChange } from '../store/ChangeStore';
import { BadInputError } from '../store/errors';
import { entityItself } from './current';
import { decide, withDisputes, type Curator, type Decision } from './decision';

type Versioned = { version: number };

/** Where a record stands now: absent (null), present (a version, 0 for records without one). */
async function standing(curator: Curator, record: RecordChange): Promise<number | null> {
  const { store } = curator;
  switch (record.kind) {
    case 'entity':
      return (await entityItself(store, record.id))?.version ?? null;
    case 'relation':
      return (await store.relationsByIds([record.id]))[0]?.version ?? null;
    case 'source':
      return (await store.sourcesByIds([record.id]))[0] ? 0 : null;
    case 'redirect': {
      // A redirect shows as its id answering with another entity.
      const [entity] = await store.entitiesByIds([record.id]);
      return entity && entity.id !== record.id ? 0 : null;
    }
    case 'document':
      return (await store.documents([record.id]))[0] ? 0 : null;
  }
}

const versionOf = (record: object | null): number | null => (record === null ? null : 'version' in record ? (record as Versioned).version : 0);

/** The record put back as it was before `record`'s change, one version on from where it stands. */
function undo(record: RecordChange): RecordChange {
  const bump = <R extends Versioned>(was: R, now: Versioned | null): R => ({ ...was, version: (now ?? was).version + 1 });
  switch (record.kind) {
    case 'entity':
      return { kind: 'entity', id: record.id, before: record.after, after: record.before && withDisputes('entity', bump<Entity>(record.before, record.after)) };
    case 'relation':
      return { kind: 'relation', id: record.id, before: record.after, after: record.before && withDisputes('relation', bump<Relation>(record.before, record.after)) };
    case 'source':
      return { kind: 'source', id: record.id, before: record.after, after: record.before };
    case 'redirect':
      return { kind: 'redirect', id: record.id, before: record.after, after: record.before };
    case 'document':
      return { kind: 'document', id: record.id, before: record.after, after: record.before };
  }
}

/**
 * Undoes an APPLIED change as a new change: each record goes back to its `before`, in reverse
 * order. ConflictError when a record moved since (another change touched it).
 */
export async function revertChange(curator: Curator, changes: Pick<ChangeStore, 'change'>, args: { id: string }, reason: string): Promise<Decision> {
  const change = await changes.change(args.id);
  if (!change) throw new BadInputError('id', `"id": no change "${args.id}"`);
  if (change.status !== 'APPLIED') throw new BadInputError('id', `"id": ${change.id} is ${change.status}; only an applied change can be reverted`);

  const records = [...change.records].reverse();
  const now = await Promise.all(records.map((record) => standing(curator, record)));
  records.forEach((record, index) => {
    if (now[index] !== versionOf(record.after)) throw new ConflictError(record.id, now[index] ?? null);
  });
  const undone = records.map(undo);

  // Guards against what moved outside the change's own records.
  const recreated = new Set(undone.filter((record) => record.kind === 'entity' && record.after).map((record) => record.id));
  for (const record of undone) {
    if (record.kind === 'relation' && record.after) {
      for (const end of [record.after.from, record.after.to]) {
        if (!recreated.has(end) && !(await entityItself(curator.store, end))) throw new ConflictError(end, null);
      }
    }
    if (record.kind === 'source' && record.after === null) {
      const [source] = await curator.store.sourcesByIds([record.id]);
      if (source && source.claimCount > 0) {
        throw new BadInputError('id', `"id": ${change.id} created source "${record.id}", which ${source.claimCount} claim(s) now cite; retract them first`);
      }
    }
  }
  return decide(curator, 'revertChange', reason, undone, change.id);
}
