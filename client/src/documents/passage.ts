import { parseLocator } from '../../../server/documents/locator';

// Which paragraphs a locator names (the server's own reading of it), and which a selection covers.

export { parseLocator };

/** The locator of paragraphs `a` to `b` (in either order). */
export function locatorOf(a: number, b: number): string {
  const [from, to] = a <= b ? [a, b] : [b, a];
  return from === to ? `¶${from}` : `¶${from}-${to}`;
}

/** Citations grouped by the first paragraph their locator names (unreadable locators left out). */
export function byFirstParagraph<T extends { claim: { locator: string } }>(citations: readonly T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const citation of citations) {
    const range = parseLocator(citation.claim.locator);
    if (!range) continue;
    groups.set(range.from, [...(groups.get(range.from) ?? []), citation]);
  }
  return groups;
}
