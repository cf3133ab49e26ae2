import { DateParseError, parseDateBound } from '../../dataset';
import { BadInputError } from '../errors';

/**
 * A caller's date bound (ISO day or EDTF) as one ISO day: "from" takes the earliest day it can
 * mean, "to" and "asOf" the latest (the same reading as the embedded store and the resolvers).
 */
export function readDay(argument: string, value: string, side: 'from' | 'to'): string {
  try {
    return parseDateBound(value, side);
  } catch (error) {
    if (error instanceof DateParseError) throw new BadInputError(argument, `"${argument}": ${error.message}`);
    throw error;
  }
}

export function readOptionalDay(argument: string, value: string | undefined, side: 'from' | 'to'): string | null {
  return value === undefined ? null : readDay(argument, value, side);
}
