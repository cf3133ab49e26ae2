import type { Citation, DocumentInfo, DocumentMentions, Paragraph, ParagraphRange, PassageHit } from '../documents/model';

// The reads of source documents, part of GraphStore: the same answers on both stores (the
// store contract suite checks it).

export interface DocumentReads {
  /** What is attached for each source, in the order of `sourceIds`; null where no document is. */
  documents(sourceIds: readonly string[]): Promise<(DocumentInfo | null)[]>;

  /** For each range, in order, the paragraphs of it that exist (number ascending); [] without a document. */
  paragraphs(ranges: readonly ParagraphRange[]): Promise<Paragraph[][]>;

  /**
   * Paragraphs of every document that hold every word of `text` as a whole word (folded as
   * search folds, markWords.ts), with those words marked. Ordered by source id, then paragraph
   * number; the first `first`. No word in `text`: [].
   */
  searchDocuments(query: { text: string; first: number }): Promise<PassageHit[]>;

  /** The claims citing a source (of entities, their figures, and relations), ordered as sortCitations orders them. */
  citations(sourceId: string): Promise<Citation[]>;

  /**
   * What the paragraphs of a range mention (findMentions, mentions.ts): the known entities by
   * their current names and aliases, and candidate names no entity has. Empty without a document.
   */
  mentions(range: ParagraphRange): Promise<DocumentMentions>;
}
