import { foldText } from '../searchText';

// Builds the Lucene query for the full-text index from what a user typed. User text never
// reaches Lucene's query parser as syntax: it is folded, split into words, and every word is
// escaped before it is combined with our own operators.

/** Characters with a meaning in Lucene's classic query syntax (plus whitespace). */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/\s]/g;

/** At most this many words are used; more only slows the query without changing the best hits. */
const MAX_TERMS = 16;

/** Escapes every Lucene special character with a backslash. */
export function escapeLucene(term: string): string {
  return term.replace(LUCENE_SPECIAL, (char) => `\\${char}`);
}

/** Edit distance allowed for a word: none for very short words, then one, two from 8 letters. */
function fuzziness(term: string): number {
  return Math.min(2, Math.round(term.length * 0.2));
}

/**
 * The input as one phrase for the name and aliases, so that typing a whole name ("Keir
 * Starmer's Guardian article") ranks that name above records that merely share its words.
 * Apostrophes stay (the analyzer keeps "starmer's" as one word, as in the index); every other
 * character that is not a letter or digit becomes a space, and what is left is escaped anyway.
 */
function phraseClauses(folded: string): string[] {
  const words = folded.split(/[^\p{L}\p{N}']+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).slice(0, MAX_TERMS);
  if (words.length < 2) return [];
  const phrase = `"${words.map(escapeLucene).join(' ')}"`;
  return [`name:${phrase}^8`, `aliasesText:${phrase}^6`];
}

/**
 * A query matching any of the words: exactly, as a prefix (search as you type; words of two
 * letters or more, as in the embedded store: a one-letter prefix such as the "P." of "Brian P.
 * Wright" matches a large part of the index) or with small typos, in names (weighted most),
 * aliases or summaries; the whole input as a phrase in names and aliases weighs most. Null when
 * no word is left.
 */
export function buildSearchQuery(input: string): string | null {
  const folded = foldText(input);
  const words = [...new Set(folded.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0))].slice(0, MAX_TERMS);
  if (words.length === 0) return null;
  const clauses = words.map((word) => {
    const term = escapeLucene(word);
    const parts = [`name:${term}^4`, `aliasesText:${term}^3`, `summary:${term}^1.5`];
    if (word.length >= 2) parts.push(`name:${term}*^2`, `aliasesText:${term}*^1.5`, `summary:${term}*^0.5`);
    const distance = fuzziness(word);
    if (distance > 0) parts.push(`name:${term}~${distance}^2`, `aliasesText:${term}~${distance}^1.5`, `summary:${term}~${distance}^0.5`);
    return `(${parts.join(' OR ')})`;
  });
  return [...phraseClauses(folded), ...clauses].join(' OR ');
}
