import { ConflictError, type RecordChange } from './ChangeStore';

// A change may touch one record more than once (updated, then cited; created, then retracted):
// its records are steps in order. Both stores check the steps the same way, and write only
// where each record ends up.

/** What a store holds of a record before the change: present or not, and its version if it has one. */
export interface StoredState {
  present: boolean;
  version: number | null;
}

const keyOf = (record: RecordChange) => `${record.kind}:${record.id}`;

function stateAfter(record: RecordChange): StoredState {
  const after = record.after;
  return { present: after !== null, version: after !== null && 'version' in after ? after.version : null };
}

/**
 * Throws ConflictError for the first record whose `before` is not what it meets: what the store
 * holds (`stored`) at the record's first step, the previous step's `after` at a later one. A
 * create also needs the id free of a redirect (a merged-away id stays taken) unless an earlier
 * step removed it; `redirected` says whether the store holds one for an entity id.
 */
export function checkBefores(
  records: readonly RecordChange[],
  stored: (record: RecordChange) => StoredState,
  redirected: (id: string) => boolean,
): void {
  const pending = new Map<string, StoredState>();
  for (const record of records) {
    const now = pending.get(keyOf(record)) ?? stored(record);
    if (record.before === null) {
      const redirect = pending.get(`redirect:${record.id}`)?.present ?? redirected(record.id);
      if (now.present || (record.kind === 'entity' && redirect)) throw new ConflictError(record.id, null);
    } else if (!now.present) {
      throw new ConflictError(record.id, null);
    } else if ('version' in record.before && now.version !== record.before.version) {
      throw new ConflictError(record.id, now.version);
    }
    pending.set(keyOf(record), stateAfter(record));
  }
}

/** The records of the change's first steps: what a store compares with what it holds. */
export function firstSteps(records: readonly RecordChange[]): RecordChange[] {
  const seen = new Set<string>();
  return records.filter((record) => !seen.has(keyOf(record)) && Boolean(seen.add(keyOf(record))));
}

/**
 * One record per record touched, from its first `before` to its last `after`, in the order of
 * first touch; a record created and retracted within the change is left out. What a store
 * writes, once the steps are checked.
 */
export function netRecords(records: readonly RecordChange[]): RecordChange[] {
  const net = new Map<string, RecordChange>();
  for (const record of records) {
    const first = net.get(keyOf(record));
    net.set(keyOf(record), first === undefined ? record : ({ ...first, after: record.after } as RecordChange));
  }
  return [...net.values()].filter((record) => record.before !== null || record.after !== null);
}
