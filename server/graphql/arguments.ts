import { MAX_EDTF_LENGTH } from '../dataset';
import { MAX_DOCUMENT_CHARS } from '../documents/paragraphs';
import { BadInputError } from '../store/errors';

// Argument checks shared by the resolvers and the request limits: each error names the
// argument and the allowed range.

export const LIMITS = {
  pageSize: 500,
  depth: 3,
  maxHops: 6,
  pathLimit: 50,
  /** Most entities and relation types a paths query may set aside. */
  pathExcludedEntities: 20,
  pathExcludedTypes: 50,
  /** Longest string argument of each kind, in characters (see maxLengthOf). */
  length: {
    id: 200,
    searchText: 200,
    date: MAX_EDTF_LENGTH,
    cursor: 500,
    other: 1_000,
    /** Why a change is made, kept with it for ever. */
    reason: 2_000,
    /** Prose: notes, summaries, errata, review comments. */
    prose: 4_000,
    /** Names, titles, aliases, roles, date wordings. */
    name: 500,
    /** An EDTF date a curator writes (the parser refuses more than MAX_EDTF_LENGTH with its own message). */
    edtf: 100,
    /** The text of a source document (attachDocument). */
    document: MAX_DOCUMENT_CHARS,
  },
  /** Most items of a list in a change (claims, aliases, figures). */
  changeList: 50,
} as const;

/** String fields of the curation inputs (and arguments) by name, and their limit. */
const FIELD_LENGTHS: Record<string, number> = {
  reason: LIMITS.length.reason,
  note: LIMITS.length.prose,
  summary: LIMITS.length.prose,
  erratum: LIMITS.length.prose,
  comment: LIMITS.length.prose,
  name: LIMITS.length.name,
  title: LIMITS.length.name,
  publisher: LIMITS.length.name,
  author: LIMITS.length.name,
  aliases: LIMITS.length.name,
  role: LIMITS.length.name,
  qualifier: LIMITS.length.name,
  unit: LIMITS.length.name,
  figure: LIMITS.length.name,
  locator: LIMITS.length.name,
  edtf: LIMITS.length.edtf,
  /** A date's wording (DateInput.text; the `text` argument of search is search text). */
  text: LIMITS.length.name,
};

/** Arguments of one field that take more than their name would ("<field>.<argument>"). */
const FIELD_ARGUMENT_LENGTHS: Record<string, number> = { 'attachDocument.text': LIMITS.length.document };

/** List fields of the curation inputs by name, and how many items they take. */
const LIST_SIZES: Record<string, number> = { claims: LIMITS.changeList, aliases: LIMITS.changeList, figures: LIMITS.changeList };

/** Arguments that take a date (ISO day or EDTF). */
const DATE_ARGUMENTS = new Set(['asOf', 'from', 'to', 'since']);
/** Arguments that take a cursor from an earlier page. */
const CURSOR_ARGUMENTS = new Set(['after', 'before']);

/**
 * The longest value a string argument may have. Every string is bounded before anything reads
 * it, because some readers (the date parser above all) slow down faster than their input grows.
 */
export function maxLengthOf(argument: string, typeName: string, inputType?: string, field?: string): number {
  if (typeName === 'ID') return LIMITS.length.id;
  if (field !== undefined && FIELD_ARGUMENT_LENGTHS[`${field}.${argument}`] !== undefined) return FIELD_ARGUMENT_LENGTHS[`${field}.${argument}`] as number;
  // Inside an input object (DateInput.text is a date's wording, not a search).
  if (inputType !== undefined) return FIELD_LENGTHS[argument] ?? LIMITS.length.other;
  if (argument in FIELD_LENGTHS && argument !== 'text') return FIELD_LENGTHS[argument] as number;
  if (DATE_ARGUMENTS.has(argument)) return LIMITS.length.date;
  if (CURSOR_ARGUMENTS.has(argument)) return LIMITS.length.cursor;
  if (argument === 'text') return LIMITS.length.searchText;
  return LIMITS.length.other;
}

/** Throws BadInputError when a string argument is longer than its kind allows. */
export function checkLength(argument: string, typeName: string, value: string, path = argument, inputType?: string, field?: string): void {
  const max = maxLengthOf(argument, typeName, inputType, field);
  if (value.length > max) throw new BadInputError(path, `"${path}" has ${value.length} characters; at most ${max}`);
}

/** Throws BadInputError when a list of a change (claims, aliases, figures) has too many items. */
export function checkListSize(field: string, path: string, size: number): void {
  const max = LIST_SIZES[field];
  if (max !== undefined && size > max) throw new BadInputError(path, `"${path}" takes at most ${max} items; got ${size}`);
}

export function intInRange(argument: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new BadInputError(argument, `"${argument}" must be between ${min} and ${max}; got ${value}`);
  }
  return value;
}

/** An id argument: never empty (its length is bounded with every other string, see checkLength). */
export function idArgument(argument: string, value: string): string {
  if (value.length === 0) throw new BadInputError(argument, `"${argument}" must be a non-empty id`);
  return value;
}

/** A list argument of at most `max` items. */
export function listArgument<T>(argument: string, values: readonly T[], max: number): T[] {
  if (values.length > max) throw new BadInputError(argument, `"${argument}" takes at most ${max} items; got ${values.length}`);
  return [...values];
}
