import { DateParseError, parseDateBound } from '../dataset';
import { BadInputError } from './errors';

/**
 * Reads a caller's date bound (ISO day or EDTF) as one ISO day, the same way the GraphQL
 * arguments do: "from" takes the earliest day it can mean, "to" and "asOf" the latest.
 * Both stores and the GraphQL arguments read dates through here, so they cannot disagree;
 * a BadInputError names the argument and becomes BAD_USER_INPUT in the API.
 */
export function readDay(argument: string, value: string, side: 'from' | 'to'): string {
  try {
    return parseDateBound(value, side);
  } catch (error) {
    if (error instanceof DateParseError) throw new BadInputError(argument, `"${argument}": ${error.message}`);
    throw error;
  }
}

export function readOptionalDay(argument: string, value: string | undefined, side: 'from' | 'to'): string | undefined {
  return value === undefined ? undefined : readDay(argument, value, side);
}
