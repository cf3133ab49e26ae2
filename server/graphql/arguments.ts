import { BadInputError } from '../store/errors';

// Argument checks shared by the resolvers: each error names the argument and the allowed range.

export const LIMITS = {
  pageSize: 500,
  depth: 3,
  maxHops: 6,
  pathLimit: 50,
  searchText: 200,
} as const;

export function intInRange(argument: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new BadInputError(argument, `"${argument}" must be between ${min} and ${max}; got ${value}`);
  }
  return value;
}

export function idArgument(argument: string, value: string): string {
  if (value.length === 0 || value.length > 200) throw new BadInputError(argument, `"${argument}" must be a non-empty id of at most 200 characters`);
  return value;
}

/** A list argument of at most `max` items. */
export function listArgument<T>(argument: string, values: readonly T[], max: number): T[] {
  if (values.length > max) throw new BadInputError(argument, `"${argument}" takes at most ${max} items; got ${values.length}`);
  return [...values];
}
