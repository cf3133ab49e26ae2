import type { ChangeOperation, FieldChange } from '../api';

// A change in words for the history and the review queue: what was done, and each field's
// value before and after as a person reads it (dates as EDTF, lists a line each, claims by
// their citation).

const OPERATION_WORDS: Record<ChangeOperation, string> = {
  CREATE_ENTITY: 'Created the entity',
  UPDATE_ENTITY: 'Edited the entity',
  RETRACT_ENTITY: 'Retracted the entity',
  CREATE_RELATION: 'Created the relation',
  UPDATE_RELATION: 'Edited the relation',
  RETRACT_RELATION: 'Retracted the relation',
  ADD_CLAIM: 'Added a claim',
  RETRACT_CLAIM: 'Retracted a claim',
  CREATE_SOURCE: 'Added a source',
  MERGE_ENTITIES: 'Merged two entities',
  REVERT_CHANGE: 'Reverted a change',
};

export function operationWords(operation: ChangeOperation): string {
  return OPERATION_WORDS[operation];
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function parse(text: string | null): Json {
  if (text === null) return null;
  try {
    return JSON.parse(text) as Json;
  } catch {
    return text;
  }
}

function isObject(value: Json): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A source's title by its id (the id itself when unknown). */
export type SourceTitle = (id: string) => string;

const byId: SourceTitle = (id) => id;

/** A claim as its citation and note: "source ¶12 — what it says". */
function claimWords(claim: { [key: string]: Json }, sourceTitle: SourceTitle): string {
  // The record's JSON names the source `sourceId`; the API's shape nests it as `source`.
  const source = claim.sourceId ?? claim.source ?? null;
  const sourceId = isObject(source) ? source.id : source;
  const date = claim.date ?? null;
  const dateWords = isObject(date) && typeof date.edtf === 'string' ? ` (date ${date.edtf})` : '';
  const stance = String(claim.stance).toUpperCase() === 'CONTRADICTS' ? ' [contradicts]' : '';
  return `${sourceTitle(String(sourceId))} ${String(claim.locator ?? '')}${dateWords}${stance}${typeof claim.note === 'string' ? ` — ${claim.note}` : ''}`.trim();
}

/** One value in words, one line each for a list. */
export function valueLines(value: Json, sourceTitle: SourceTitle = byId): string[] {
  if (value === null) return [];
  if (Array.isArray(value)) return value.flatMap((item) => (isObject(item) && 'locator' in item ? [claimWords(item, sourceTitle)] : valueLines(item, sourceTitle)));
  if (isObject(value)) {
    if (typeof value.edtf === 'string') return [typeof value.text === 'string' && value.text ? `${value.edtf} (“${value.text}”)` : value.edtf];
    if ('locator' in value) return [claimWords(value, sourceTitle)];
    return [JSON.stringify(value)];
  }
  return [String(value)];
}

/** Bookkeeping the store does itself: not a difference a reader needs to see. */
const UNSHOWN_FIELDS = new Set(['version']);

/** The fields of a record's change worth showing a reader. */
export function shownFields(fields: readonly FieldChange[]): FieldChange[] {
  return fields.filter((field) => !UNSHOWN_FIELDS.has(field.field));
}

export interface FieldDifference {
  field: string;
  before: string[];
  after: string[];
}

/**
 * A field's change in words. For lists (claims, aliases) only what was taken out and what was
 * put in, so a claim added to twenty shows as one line, not forty.
 */
export function describeField(change: FieldChange, sourceTitle: SourceTitle = byId): FieldDifference {
  const before = valueLines(parse(change.before), sourceTitle);
  const after = valueLines(parse(change.after), sourceTitle);
  const isList = Array.isArray(parse(change.before)) || Array.isArray(parse(change.after));
  if (!isList) return { field: change.field, before, after };
  return { field: change.field, before: before.filter((line) => !after.includes(line)), after: after.filter((line) => !before.includes(line)) };
}
