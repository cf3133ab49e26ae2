import { wordsWithPlaces } from './markWords';
import type { TextRange } from './model';

// Which known names a text holds. Names and aliases are cut into folded words (markWords.ts,
// the words documents are searched by) and filed in a tree of words, so a paragraph is read
// once, word by word, following from each word only the names that go on as the text goes on:
// the cost follows the paragraph's length, not the number of entities.

/** What the index needs of an entity. */
export interface NamedEntity {
  id: string;
  name: string;
  aliases: readonly string[];
}

/** The names that go on from a word: their next words, and the entities whose name ends here. */
interface WordNode {
  next: Map<string, WordNode>;
  /** Ids of the entities with this name, ascending. */
  ends: string[];
}

const newNode = (): WordNode => ({ next: new Map(), ends: [] });

/** A known name found in a text: its entity and where it stands. */
export interface NameMatch extends TextRange {
  entityId: string;
}

const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A name's folded words. */
const wordsOf = (name: string) => wordsWithPlaces(name).map((place) => place.word);

export class NameIndex {
  private readonly root = newNode();
  /** Entity id -> the words of each of its names (to remove them). */
  private readonly byEntity = new Map<string, string[][]>();

  constructor(entities: Iterable<NamedEntity> = []) {
    for (const entity of entities) this.put(entity.id, entity);
  }

  /** Files, replaces or (null) removes an entity's names. */
  put(id: string, entity: NamedEntity | null): void {
    for (const words of this.byEntity.get(id) ?? []) this.unfile(words, id);
    this.byEntity.delete(id);
    if (entity === null) return;
    const names = new Map<string, string[]>();
    for (const name of [entity.name, ...entity.aliases]) {
      const words = wordsOf(name);
      if (words.length > 0) names.set(words.join(' '), words);
    }
    for (const words of names.values()) {
      let node = this.root;
      for (const word of words) {
        let next = node.next.get(word);
        if (!next) node.next.set(word, (next = newNode()));
        node = next;
      }
      node.ends.push(id);
      node.ends.sort(compareIds);
    }
    this.byEntity.set(id, [...names.values()]);
  }

  /** Takes an entity off one of its names, and prunes the branches left empty. */
  private unfile(words: readonly string[], id: string): void {
    const path = [this.root];
    for (const word of words) {
      const next = path.at(-1)?.next.get(word);
      if (!next) return;
      path.push(next);
    }
    const last = path.at(-1) as WordNode;
    last.ends = last.ends.filter((other) => other !== id);
    for (let depth = words.length; depth > 0; depth--) {
      const node = path[depth] as WordNode;
      if (node.ends.length > 0 || node.next.size > 0) break;
      (path[depth - 1] as WordNode).next.delete(words[depth - 1] as string);
    }
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
      let best: { length: number; entityId: string } | null = null;
      let node = this.root.next.get((places[at] as { word: string }).word);
      for (let length = 1; node !== undefined; length++) {
        if (node.ends.length > 0) best = { length, entityId: node.ends[0] as string };
        const following = places[at + length];
        node = following === undefined ? undefined : node.next.get(following.word);
      }
      if (best === null) {
        at += 1;
        continue;
      }
      const last = places[at + best.length - 1] as { end: number };
      found.push({ entityId: best.entityId, start: (places[at] as { start: number }).start, end: last.end });
      at += best.length;
    }
    return found;
  }

  /** Whether `name`, as a whole, is a known name or alias (folded, punctuation ignored). */
  isKnown(name: string): boolean {
    const match = this.find(name);
    return match.length === 1 && match[0]?.start === 0 && wordsWithPlaces(name).at(-1)?.end === match[0].end;
  }
}
