import { documentSearchWords, markWords, paragraphWords, paragraphsIn, splitParagraphs } from '../../documents';
import type { DocumentInfo, Paragraph, ParagraphRange, PassageHit, SourceDocument } from '../../documents';
import { compareIds } from './order';

// The embedded store's source documents: each split into paragraphs once, and an inverted
// index from each folded word to the paragraphs holding it, kept per document so attaching or
// replacing one document touches only its own words.

interface Stored {
  paragraphs: string[];
  characters: number;
}

export class DocumentIndex {
  private readonly byId = new Map<string, Stored>();
  /** Folded word -> source id -> numbers of the paragraphs holding it (ascending). */
  private readonly postings = new Map<string, Map<string, number[]>>();

  constructor(documents: readonly SourceDocument[]) {
    for (const document of documents) this.put(document.id, document);
  }

  /** Attaches, replaces or (null) removes a source's document. */
  put(id: string, document: SourceDocument | null): void {
    const old = this.byId.get(id);
    if (old) {
      for (const word of new Set(old.paragraphs.flatMap(paragraphWords))) {
        const bySource = this.postings.get(word);
        bySource?.delete(id);
        if (bySource?.size === 0) this.postings.delete(word);
      }
      this.byId.delete(id);
    }
    if (document === null) return;
    const paragraphs = splitParagraphs(document.text);
    this.byId.set(id, { paragraphs, characters: document.text.length });
    paragraphs.forEach((text, index) => {
      for (const word of paragraphWords(text)) {
        let bySource = this.postings.get(word);
        if (!bySource) this.postings.set(word, (bySource = new Map()));
        let numbers = bySource.get(id);
        if (!numbers) bySource.set(id, (numbers = []));
        numbers.push(index + 1);
      }
    });
  }

  info(id: string): DocumentInfo | null {
    const stored = this.byId.get(id);
    return stored ? { sourceId: id, paragraphCount: stored.paragraphs.length, characters: stored.characters } : null;
  }

  paragraphs(range: ParagraphRange): Paragraph[] {
    const stored = this.byId.get(range.sourceId);
    return stored ? paragraphsIn(stored.paragraphs, range.from, range.to) : [];
  }

  /** GraphStore.searchDocuments: walks the rarest word's paragraphs in order, keeping those holding every other word. */
  search(text: string, first: number): PassageHit[] {
    const words = documentSearchWords(text);
    if (words.length === 0 || first <= 0) return [];
    const lists = words.map((word) => this.postings.get(word));
    if (lists.some((list) => list === undefined)) return [];
    const [rarest, ...others] = (lists as Map<string, number[]>[]).sort((a, b) => a.size - b.size);
    const hits: PassageHit[] = [];
    for (const sourceId of [...(rarest as Map<string, number[]>).keys()].sort(compareIds)) {
      const otherSets = others.map((list) => list.get(sourceId));
      if (otherSets.some((numbers) => numbers === undefined)) continue;
      const lookups = (otherSets as number[][]).map((numbers) => new Set(numbers));
      const paragraphs = (this.byId.get(sourceId) as Stored).paragraphs;
      for (const number of (rarest as Map<string, number[]>).get(sourceId) as number[]) {
        if (!lookups.every((set) => set.has(number))) continue;
        const paragraph = { number, text: paragraphs[number - 1] as string };
        hits.push({ sourceId, paragraph, marks: markWords(paragraph.text, words) });
        if (hits.length >= first) return hits;
      }
    }
    return hits;
  }
}
