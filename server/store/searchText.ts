import type { SearchHit } from './GraphStore';

// What both stores share about search: how text is folded, and that a name or alias typed in
// full ranks first.

/**
 * Lower case without accents, so "zoe bronte" finds "Zoë Brontë" (NFD splits off the marks).
 * The embedded index folds every word with it; Neo4j's 'standard-folding' analyzer indexes
 * words the same way, and its prefix and fuzzy terms bypass the analyzer, so its queries are
 * folded here too.
 */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A name compared as a whole: folded, punctuation and runs of spaces as one space. */
function nameKey(text: string): string {
  return foldText(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(' ');
}

/**
 * The hits whose name or one of whose aliases is the searched text (folded, ignoring
 * punctuation) first, then the others; each group keeps its order. Relevance scores reward
 * matching many words, so "South Yorkshire Police and Crime Commissioner" would otherwise
 * outrank "South Yorkshire Police" for the text "South Yorkshire Police".
 */
export function exactNamesFirst(hits: readonly SearchHit[], text: string): SearchHit[] {
  const key = nameKey(text);
  const isExact = (hit: SearchHit) => nameKey(hit.entity.name) === key || hit.entity.aliases.some((alias) => nameKey(alias) === key);
  const exact = hits.filter(isExact);
  return exact.length === 0 ? [...hits] : [...exact, ...hits.filter((hit) => !isExact(hit))];
}

/**
 * Candidates a store fetches beyond `first` before exact names are moved up, so an exact name
 * that relevance ranked just below the cut still comes first.
 */
export const EXACT_NAME_HEADROOM = 10;
