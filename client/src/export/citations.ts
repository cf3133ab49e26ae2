import type { Claim, Source } from '../api/types';
import { compareText } from '../order';

// Citations for documents made from the view: numbered footnotes, one per source paragraph, and
// the list of sources the view cites. Sources are named by title, never by their hashed id.

/** "Title, ¶8." */
export function citationText(claim: Claim): string {
  return `${claim.source.title}, ${claim.locator}.`;
}

export interface Footnotes {
  /** The note number of this claim's source and paragraph, numbering it on first use. */
  numberOf(claim: Claim): number;
  /** The numbers of these claims' notes, each once, in order. */
  numbersOf(claims: readonly Claim[]): number[];
  /** Every note's text; note n is at index n - 1. */
  list(): string[];
}

/** Footnotes numbered in the order they are first cited. */
export function createFootnotes(): Footnotes {
  const numbers = new Map<string, number>();
  const texts: string[] = [];
  const numberOf = (claim: Claim) => {
    const key = `${claim.source.id}\u0000${claim.locator}`;
    let n = numbers.get(key);
    if (n === undefined) {
      texts.push(citationText(claim));
      n = texts.length;
      numbers.set(key, n);
    }
    return n;
  };
  return {
    numberOf,
    numbersOf: (claims) => [...new Set(claims.map(numberOf))].sort((a, b) => a - b),
    list: () => texts,
  };
}

export interface CitedSource {
  source: Source;
  /** How many claims on view cite it. */
  claims: number;
}

/** The sources these claims cite, each once, by title (then id, so equal titles keep an order). */
export function citedSources(claims: Iterable<Claim>): CitedSource[] {
  const byId = new Map<string, CitedSource>();
  for (const claim of claims) {
    const entry = byId.get(claim.source.id);
    if (entry) entry.claims += 1;
    else byId.set(claim.source.id, { source: claim.source, claims: 1 });
  }
  return [...byId.values()].sort((a, b) => a.source.title.localeCompare(b.source.title) || compareText(a.source.id, b.source.id));
}

/** "Title, ¶8, ¶12; Other title, ¶3-4" for one cell or line: each source once, each paragraph once. */
export function citationList(claims: readonly Claim[]): string {
  const bySource = new Map<string, { title: string; locators: Set<string> }>();
  for (const claim of claims) {
    const entry = bySource.get(claim.source.id) ?? { title: claim.source.title, locators: new Set<string>() };
    entry.locators.add(claim.locator);
    bySource.set(claim.source.id, entry);
  }
  return [...bySource.values()].map((s) => [s.title, ...s.locators].join(', ')).join('; ');
}
