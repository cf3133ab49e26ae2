import { DateParseError, parseDateBound } from '../dataset';
import { BadInputError } from './errors';

/**
 * Reads a caller's date bound (ISO day or EDTF) as one ISO day: "from" takes the earliest day
 * it can mean, "to" and "asOf" the latest. Dates reach the stores as the client sent them and
 * both read them here, once per call, so they cannot disagree; a BadInputError names the
 * argument and becomes BAD_USER_INPUT in the API.
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

/** A [from, to] span as ISO days (open ends undefined); BadInputError on "to" when it ends before "from" begins. */
export function readSpan(from: string | undefined, to: string | undefined): { fromDay?: string; toDay?: string } {
  const fromDay = readOptionalDay('from', from, 'from');
  const toDay = readOptionalDay('to', to, 'to');
  if (fromDay !== undefined && toDay !== undefined && fromDay > toDay) {
    throw new BadInputError('to', `"to" (${JSON.stringify(to)}) ends before "from" (${JSON.stringify(from)}) begins`);
  }
  return { fromDay, toDay };
}
