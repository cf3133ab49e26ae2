/**
 * Orders ids and ISO days as the server does: by UTF-16 code unit, never by locale, so a list
 * the page sorts comes out in the order the API gives (server/store/embedded/order.ts). Names
 * shown to people are sorted with localeCompare instead.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
