import { foldText, searchWords } from '../store/searchText';
import type { TextRange } from './model';

// How documents are searched, the same on both stores: a paragraph's words are its runs of
// letters, digits and accents, folded (foldText); it matches a search when it holds every word
// of the search (searchWords) as a whole word.

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** The folded words of a text with where each stands in it. */
export function wordsWithPlaces(text: string): { word: string; start: number; end: number }[] {
  return [...text.matchAll(WORD)].map((match) => ({ word: foldText(match[0]), start: match.index, end: match.index + match[0].length }));
}

/** The distinct folded words of a paragraph, as the indexes hold them. */
export function paragraphWords(text: string): string[] {
  return [...new Set(wordsWithPlaces(text).map((place) => place.word))];
}

/** The words a search looks for (folded, distinct, at most MAX_SEARCH_WORDS). */
export const documentSearchWords = searchWords;

/** Where the searched words stand in a paragraph, in order. */
export function markWords(text: string, words: readonly string[]): TextRange[] {
  const wanted = new Set(words);
  return wordsWithPlaces(text)
    .filter((place) => wanted.has(place.word))
    .map(({ start, end }) => ({ start, end }));
}
