import type { Claim } from '../dataset';

// A source's text, as the store keeps it. Locators ("¶12", "¶12-14") count its paragraphs:
// the non-empty lines, from 1 (paragraphs.ts).

/** The text of a source document; `id` is the source's id. */
export interface SourceDocument {
  id: string;
  text: string;
}

export interface Paragraph {
  /** From 1. */
  number: number;
  text: string;
}

/** What is known about an attached document without reading it. */
export interface DocumentInfo {
  sourceId: string;
  paragraphCount: number;
  /** Length of the stored text, in UTF-16 code units. */
  characters: number;
}

/** The paragraphs [from, to] of a source (both from 1, inclusive). */
export interface ParagraphRange {
  sourceId: string;
  from: number;
  to: number;
}

/** Part of a paragraph's text: UTF-16 offsets, `end` exclusive (String.prototype.slice). */
export interface TextRange {
  start: number;
  end: number;
}

/** A paragraph that holds every word searched for, with those words marked. */
export interface PassageHit {
  sourceId: string;
  paragraph: Paragraph;
  marks: TextRange[];
}

/** A claim citing a source, and where it sits: its record and its path in the record. */
export interface Citation {
  subject: { kind: 'entity' | 'relation'; id: string };
  /** "claims.3" or "figures.0.claims.1". */
  field: string;
  claim: Claim;
}

/** A known entity named in a paragraph: where its name or alias stands, in order. */
export interface EntityMention {
  entityId: string;
  marks: TextRange[];
}

export type CandidateKind = 'PERSON' | 'ORGANISATION';

/** A name the language model takes for a person or organisation that no entity is called. */
export interface CandidateName {
  name: string;
  kind: CandidateKind;
  /** The paragraphs it stands in, ascending. */
  paragraphs: number[];
}

/** The paragraphs of a range that mention something, and the candidate names of the range. */
export interface DocumentMentions {
  /** Paragraphs naming a known entity, ascending; each entity once, in order of its first mark. */
  paragraphs: { number: number; text: string; entities: EntityMention[] }[];
  /** In order of first appearance. */
  candidates: CandidateName[];
}
