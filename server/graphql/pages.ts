import { decodeKeyCursor, encodeKeyCursor } from '../store/cursor';
import { BadInputError } from '../store/errors';

// Pages of search and timeline: the cursor of an item is its position in the whole answer
// (a key cursor named after its list, so a cursor of one list is refused by another). The
// store is asked for everything up to the end of the page, so a cursor may reach only so far in.

/** How many items in a cursor may reach: deeper pages cost the store all the items before them. */
export const MAX_OFFSET = 10_000;

/** The cursor that continues after the item at `position` (0-based) of `list`. */
export function cursorAfter(list: string, position: number): string {
  return encodeKeyCursor(list, [String(position + 1)]);
}

/** How many items an `after` cursor skips; 0 without one. Throws BadInputError naming "after". */
export function offsetOf(list: string, after: string | null | undefined): number {
  if (after === null || after === undefined) return 0;
  const [position] = decodeKeyCursor(list, after, 1);
  if (position === null || position === undefined || !/^\d{1,9}$/.test(position)) {
    throw new BadInputError('after', `"after" is not a cursor of ${list}: ${JSON.stringify(after.slice(0, 60))}`);
  }
  const offset = Number(position);
  if (offset > MAX_OFFSET) throw new BadInputError('after', `"after" reaches ${offset} items in; at most ${MAX_OFFSET}: narrow the query instead`);
  return offset;
}

/** The page of `items` (everything from the start) that begins at `offset`, each item with its cursor. */
export function pageFrom<T extends object>(list: string, items: readonly T[], offset: number): (T & { cursor: string })[] {
  return items.slice(offset).map((item, index) => ({ ...item, cursor: cursorAfter(list, offset + index) }));
}
