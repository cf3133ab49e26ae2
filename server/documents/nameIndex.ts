import { wordsWithPlaces } from './markWords';
import type { TextRange } from './model';

// Which known names a text holds. Names and aliases are cut into folded words (markWords.ts,
// the words documents are searched by) and filed under their first word, so a paragraph is read
// once, word by word, looking only at the names that start with the word at hand: the cost
// follows the paragraph's length, not the number of entities.

/** What the index needs of an entity. */
export interface NamedEntity {
  id: string;
  name: string;
  aliases: readonly string[];
}

interface Entry {
  words: string[];
  entityId: string;
}

/** A known name found in a text: its entity and where it stands. */
export interface NameMatch extends TextRange {
  entityId: string;
}

const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Longest first, then the smaller entity id: the order a match is chosen in. */
const compareEntries = (a: Entry, b: Entry) => b.words.length - a.words.length || compareIds(a.entityId, b.entityId);

export class NameIndex {
  /** First folded word -> the names starting with it, longest first. */
  private readonly byFirstWord = new Map<string, Entry[]>();
  /** Entity id -> its entries (to remove them). */
  private readonly byEntity = new Map<string, Entry[]>();
  /** First words whose lists gained names since they were last sorted (sorted when next read). */
  private readonly unsorted = new Set<string>();

  constructor(entities: Iterable<NamedEntity> = []) {
    for (const entity of entities) this.put(entity.id, entity);
  }

  /** Files, replaces or (null) removes an entity's names. */
  put(id: string, entity: NamedEntity | null): void {
    for (const entry of this.byEntity.get(id) ?? []) {
      const list = this.byFirstWord.get(entry.words[0] as string);
      const remaining = list?.filter((other) => other !== entry) ?? [];
      if (remaining.length === 0) this.byFirstWord.delete(entry.words[0] as string);
      else this.byFirstWord.set(entry.words[0] as string, remaining);
    }
    this.byEntity.delete(id);
    if (entity === null) return;
    const entries: Entry[] = [];
    const seen = new Set<string>();
    for (const name of [entity.name, ...entity.aliases]) {
      const words = wordsWithPlaces(name).map((place) => place.word);
      const key = words.join(' ');
      if (words.length === 0 || seen.has(key)) continue;
      seen.add(key);
      const entry = { words, entityId: id };
      entries.push(entry);
      const list = this.byFirstWord.get(words[0] as string);
      if (list) {
        list.push(entry);
        this.unsorted.add(words[0] as string);
      } else this.byFirstWord.set(words[0] as string, [entry]);
    }
    this.byEntity.set(id, entries);
  }

  /**
   * The known names in a text, left to right, whole words only. Where names overlap the one
   * starting first wins, and of those starting at the same word the longest; equal names of
   * several entities go to the smallest id.
   */
  find(text: string): NameMatch[] {
    const places = wordsWithPlaces(text);
    const found: NameMatch[] = [];
    let at = 0;
    while (at < places.length) {
      const entry = this.namesStartingWith((places[at] as { word: string }).word)?.find((candidate) => candidate.words.every((word, offset) => places[at + offset]?.word === word));
      if (entry === undefined) {
        at += 1;
        continue;
      }
      const last = places[at + entry.words.length - 1] as { end: number };
      found.push({ entityId: entry.entityId, start: (places[at] as { start: number }).start, end: last.end });
      at += entry.words.length;
    }
    return found;
  }

  private namesStartingWith(word: string): Entry[] | undefined {
    const list = this.byFirstWord.get(word);
    if (list !== undefined && this.unsorted.delete(word)) list.sort(compareEntries);
    return list;
  }

  /** Whether `name`, as a whole, is a known name or alias (folded, punctuation ignored). */
  isKnown(name: string): boolean {
    const match = this.find(name);
    return match.length === 1 && match[0]?.start === 0 && wordsWithPlaces(name).at(-1)?.end === match[0].end;
  }
}
