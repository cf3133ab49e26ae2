import { MAX_EDTF_LENGTH } from '../dataset';
import { BadInputError } from '../store/errors';

// Argument checks shared by the resolvers and the request limits: each error names the
// argument and the allowed range.

export const LIMITS = {
  pageSize: 500,
  depth: 3,
  maxHops: 6,
  pathLimit: 50,
  /** Longest string argument of each kind, in characters (see maxLengthOf). */
  length: {
    id: 200,
    searchText: 200,
    date: MAX_EDTF_LENGTH,
    cursor: 500,
    other: 1_000,
  },
} as const;

/** Arguments that take a date (ISO day or EDTF). */
const DATE_ARGUMENTS = new Set(['asOf', 'from', 'to', 'since']);
/** Arguments that take a cursor from an earlier page. */
const CURSOR_ARGUMENTS = new Set(['after', 'before']);

/**
 * The longest value a string argument may have. Every string is bounded before anything reads
 * it, because some readers (the date parser above all) slow down faster than their input grows.
 */
export function maxLengthOf(argument: string, typeName: string): number {
  if (typeName === 'ID') return LIMITS.length.id;
  if (DATE_ARGUMENTS.has(argument)) return LIMITS.length.date;
  if (CURSOR_ARGUMENTS.has(argument)) return LIMITS.length.cursor;
  if (argument === 'text') return LIMITS.length.searchText;
  return LIMITS.length.other;
}

/** Throws BadInputError when a string argument is longer than its kind allows. */
export function checkLength(argument: string, typeName: string, value: string): void {
  const max = maxLengthOf(argument, typeName);
  if (value.length > max) throw new BadInputError(argument, `"${argument}" has ${value.length} characters; at most ${max}`);
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
