import type { RecordChange } from './ChangeStore';
import { BadInputError } from './errors';

// What both change stores share about change ids and the arguments of history/changes, so that
// they accept and refuse the same input with the same messages.

const CHANGE_ID = /^change:([1-9][0-9]{0,15})$/;

/** What every change id starts with, followed by the change's number. */
export const CHANGE_ID_PREFIX = 'change:';

/** The id of the change recorded as `seq`. */
export const changeId = (seq: number) => `${CHANGE_ID_PREFIX}${seq}`;

/** The seq of a change id; null when `id` is not one. */
export function changeSeq(id: string): number | null {
  const match = CHANGE_ID.exec(id);
  return match ? Number(match[1]) : null;
}

/** Ids of the records a change touches, each once. */
export const touchedIds = (records: readonly RecordChange[]) => [...new Set(records.map((record) => record.id))];

/** A page size: a whole number of at least 0. */
export function pageSize(first: number): number {
  if (!Number.isInteger(first) || first < 0) throw new BadInputError('first', `"first" must be a whole number of at least 0, not ${first}`);
  return first;
}

/** An ISO instant as changes store `at` (UTC, milliseconds), so the two compare as text. */
export function readInstant(text: string): string {
  const time = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/.test(text) ? Date.parse(text) : Number.NaN;
  if (Number.isNaN(time)) throw new BadInputError('since', `"since" is not an ISO instant: ${JSON.stringify(text.slice(0, 60))}`);
  return new Date(time).toISOString();
}

/** The refusal of an `after` cursor that names no recorded change. */
export function unknownCursor(after: string): BadInputError {
  return new BadInputError('after', `"after" names no recorded change: ${JSON.stringify(after.slice(0, 60))}`);
}
