import nlp from 'compromise';
import type { CandidateKind, TextRange } from './model';

// Names of people and organisations in a text, as the compromise library (its own English
// lexicon and rules, offline) takes them. A guess: it finds "Alexis Jay" and "Home Office",
// and misses or splits some names; the page offers them to an editor, never adds them itself.

/** A name found in a paragraph, with its place. */
export interface FoundName extends TextRange {
  name: string;
  kind: CandidateKind;
}

/** Trailing punctuation and a possessive ("Novak's,") are not part of a name. */
function trimName(text: string): string {
  return text.replace(/[^\p{L}\p{N}]+$/u, '').replace(/['’]s$/u, '').replace(/^[^\p{L}\p{N}]+/u, '');
}

/**
 * The places of `names` (in text order, as compromise lists them) in `text`; names that follow
 * one another with only spaces between are one name ("Edith" "Novak's"). Finding them by
 * position costs far less than asking compromise for offsets.
 */
function placeNames(text: string, names: readonly string[], kind: CandidateKind): FoundName[] {
  const found: FoundName[] = [];
  let from = 0;
  for (const raw of names) {
    const name = trimName(raw);
    const start = name.length < 2 ? -1 : text.indexOf(name, from);
    if (start < 0) continue;
    const end = start + name.length;
    from = end;
    const last = found.at(-1);
    if (last !== undefined && /^\s+$/.test(text.slice(last.end, start))) {
      last.end = end;
      last.name = text.slice(last.start, end);
    } else found.push({ name, kind, start, end });
  }
  return found;
}

/** The people and organisations compromise finds in a text, in order of place. */
export function candidateNamesIn(text: string): FoundName[] {
  const document = nlp(text);
  const people = placeNames(text, document.people().out('array') as string[], 'PERSON');
  const organisations = placeNames(text, document.organizations().out('array') as string[], 'ORGANISATION');
  return [...people, ...organisations].sort((a, b) => a.start - b.start);
}

/** Paragraphs whose names a CandidateCache keeps by default. */
const CACHED_PARAGRAPHS = 20_000;

/**
 * candidateNamesIn, remembered for the paragraphs read last: the language model takes
 * milliseconds a paragraph, and a text's names do not depend on the graph. Each store keeps one.
 */
export class CandidateCache {
  private readonly byText = new Map<string, FoundName[]>();

  constructor(private readonly limit = CACHED_PARAGRAPHS) {}

  namesIn(text: string): FoundName[] {
    const known = this.byText.get(text);
    if (known !== undefined) {
      // Most recently used last, so the oldest is the first to go.
      this.byText.delete(text);
      this.byText.set(text, known);
      return known;
    }
    const found = candidateNamesIn(text);
    this.byText.set(text, found);
    if (this.byText.size > this.limit) this.byText.delete(this.byText.keys().next().value as string);
    return found;
  }
}
