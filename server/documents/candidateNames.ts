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

interface Match {
  text: string;
  offset: { start: number; length: number };
}

/** Trailing punctuation and a possessive ("Novak's,") are not part of a name. */
function trimName(text: string): string {
  return text.replace(/[^\p{L}\p{N}]+$/u, '').replace(/['’]s$/u, '').replace(/^[^\p{L}\p{N}]+/u, '');
}

/** Names that follow one another with only a space between are one name ("Edith" "Novak"). */
function joinAdjacent(text: string, matches: Match[], kind: CandidateKind): FoundName[] {
  const found: FoundName[] = [];
  for (const { offset } of matches) {
    const start = offset.start;
    const end = offset.start + offset.length;
    const last = found.at(-1);
    if (last !== undefined && /^\s+$/.test(text.slice(last.end, start)) && !/[^\p{L}\p{N}'’\s]\s*$/u.test(text.slice(last.start, last.end))) {
      last.end = end;
      last.name = text.slice(last.start, end);
    } else found.push({ name: text.slice(start, end), kind, start, end });
  }
  return found.flatMap((place) => {
    const name = trimName(place.name);
    const start = place.start + place.name.indexOf(name);
    return name.length < 2 ? [] : [{ name, kind, start, end: start + name.length }];
  });
}

/** The people and organisations compromise finds in a text, in order of place. */
export function candidateNamesIn(text: string): FoundName[] {
  const document = nlp(text);
  const people = document.people().json({ offset: true }) as Match[];
  const organisations = document.organizations().json({ offset: true }) as Match[];
  return [...joinAdjacent(text, people, 'PERSON'), ...joinAdjacent(text, organisations, 'ORGANISATION')].sort((a, b) => a.start - b.start);
}
