import type { Paragraph } from './model';

// The one rule locators count by: a paragraph is a non-empty line (after trimming), counted
// from 1. Used by the loader, the stores, curation and the data-set report alike.

/** Longest document text a store takes, in characters (about 2 MB of UTF-8 prose). */
export const MAX_DOCUMENT_CHARS = 2_000_000;

/** The paragraphs of a text: its non-empty lines, trimmed, in order. */
export function splitParagraphs(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** Numbered paragraphs [from, to] of a split text (only those that exist). */
export function paragraphsIn(paragraphs: readonly string[], from: number, to: number): Paragraph[] {
  const out: Paragraph[] = [];
  for (let number = Math.max(1, from); number <= Math.min(to, paragraphs.length); number++) out.push({ number, text: paragraphs[number - 1] as string });
  return out;
}
