import type { Reliability } from '../api';

// What the evidence reader asks the API: a source with its text and every claim citing it.

/** Paragraphs per page: the API's largest. */
export const PARAGRAPH_PAGE = 500;

export const DOCUMENT_READER = /* GraphQL */ `
  query DocumentReader($source: ID!, $first: Int!, $after: String) {
    source(id: $source) {
      id
      title
      publisher
      reliability
      document {
        paragraphCount
        paragraphs(first: $first, after: $after) {
          items { number text }
          pageInfo { hasNextPage endCursor }
        }
        citations {
          field
          claim { id locator note stance }
          entity { id name kind }
          relation { id label from { name } to { name } }
        }
      }
    }
  }
`;

export const CLAIM_TARGET = /* GraphQL */ `
  query ClaimTarget($id: ID!) {
    entity(id: $id) { id name version claims { id } }
  }
`;

export interface ReaderParagraph {
  number: number;
  text: string;
}

export interface ReaderCitation {
  field: string;
  claim: { id: string; locator: string; note: string | null; stance: 'SUPPORTS' | 'CONTRADICTS' };
  entity: { id: string; name: string; kind: string } | null;
  relation: { id: string; label: string; from: { name: string }; to: { name: string } } | null;
}

export interface ReaderSource {
  id: string;
  title: string;
  publisher: string | null;
  reliability: Reliability;
  document: {
    paragraphCount: number;
    paragraphs: { items: ReaderParagraph[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
    citations: ReaderCitation[];
  } | null;
}

export interface ClaimTargetResult {
  entity: { id: string; name: string; version: number; claims: { id: string }[] } | null;
}

/** Paragraphs per mentions page: candidate names cost milliseconds a paragraph the first time they are read. */
export const MENTION_PAGE = 50;

export const DOCUMENT_MENTIONS = /* GraphQL */ `
  query DocumentMentions($source: ID!, $first: Int!, $after: String) {
    source(id: $source) {
      id
      document {
        paragraphCount
        mentions(first: $first, after: $after) {
          paragraphs {
            paragraph { number }
            entities { entity { id name kind } marks { start end } }
          }
          candidates { name kind paragraphs }
          pageInfo { hasNextPage endCursor }
        }
      }
    }
  }
`;

export type CandidateKind = 'PERSON' | 'ORGANISATION';

export interface MentionPage {
  paragraphs: { paragraph: { number: number }; entities: { entity: { id: string; name: string; kind: string }; marks: { start: number; end: number }[] }[] }[];
  candidates: { name: string; kind: CandidateKind; paragraphs: number[] }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export interface DocumentMentionsResult {
  source: { id: string; document: { paragraphCount: number; mentions: MentionPage } | null } | null;
}
