import type { Claim, Source } from '../dataset';
import { parseLocator, type Citation, type DocumentInfo, type DocumentMentions, type PassageHit } from '../documents';
import { attachDocument } from '../curation';
import { LIMITS, idArgument, intInRange } from './arguments';
import type { GraphQLContext } from './context';
import { contribute } from './mutationResolvers';
import { cursorAfter, offsetOf } from './pages';

// Source documents: reading them (Source.document, Claim.passage), searching them, attaching them.

type Args<T> = T & Record<string, unknown>;
const PARAGRAPHS = 'paragraphs';
const MENTIONS = 'mentions';
/** Paragraphs one mentions page reads at most: the language model takes a few ms a paragraph. */
const MAX_MENTION_PARAGRAPHS = 100;

type MentionParagraph = DocumentMentions['paragraphs'][number];

export const documentQueryResolvers = {
  searchDocuments: (_: unknown, args: Args<{ text: string; first: number }>, { store }: GraphQLContext) =>
    store.searchDocuments({ text: args.text, first: intInRange('first', args.first, 0, LIMITS.pageSize) }),
};

export const documentMutationResolvers = {
  attachDocument: (_: unknown, args: Args<{ source: string; text: string; reason: string }>, context: GraphQLContext) =>
    contribute(context, (curator) => attachDocument(curator, { source: idArgument('source', args.source), text: args.text }, args.reason), 'EDITOR'),
};

export const documentTypeResolvers = {
  Source: {
    document: (source: Source, _: unknown, { loaders }: GraphQLContext) => loaders.document.load(source.id),
  },
  Claim: {
    async passage(claim: Claim, _: unknown, { loaders }: GraphQLContext) {
      const range = parseLocator(claim.locator);
      const document = await loaders.document.load(claim.sourceId);
      if (range === null || document === null) return null;
      const paragraphs = await loaders.paragraphs.load({ sourceId: claim.sourceId, from: range.from, to: range.to });
      return { sourceId: claim.sourceId, from: range.from, to: range.to, paragraphs };
    },
  },
  Passage: {
    source: (passage: { sourceId: string }, _: unknown, { loaders }: GraphQLContext) => loaders.source.load(passage.sourceId),
  },
  Document: {
    source: (document: DocumentInfo, _: unknown, { loaders }: GraphQLContext) => loaders.source.load(document.sourceId),
    async paragraphs(document: DocumentInfo, args: { first: number; after?: string | null }, { loaders }: GraphQLContext) {
      const first = intInRange('first', args.first, 0, LIMITS.pageSize);
      // The cursor is the number of paragraphs before the page.
      const before = offsetOf(PARAGRAPHS, args.after);
      const items = first === 0 ? [] : await loaders.paragraphs.load({ sourceId: document.sourceId, from: before + 1, to: before + first });
      const last = items.at(-1);
      return {
        items,
        pageInfo: { hasNextPage: (last?.number ?? before) < document.paragraphCount && first > 0, endCursor: last ? cursorAfter(PARAGRAPHS, last.number - 1) : null },
      };
    },
    citations: (document: DocumentInfo, _: unknown, { store }: GraphQLContext) => store.citations(document.sourceId),
    async mentions(document: DocumentInfo, args: { first: number; after?: string | null }, { store }: GraphQLContext) {
      const first = intInRange('first', args.first, 0, MAX_MENTION_PARAGRAPHS);
      // The cursor is the number of paragraphs before the page, as for `paragraphs`.
      const before = offsetOf(MENTIONS, args.after);
      const last = Math.min(before + first, document.paragraphCount);
      const found = last > before ? await store.mentions({ sourceId: document.sourceId, from: before + 1, to: last }) : { paragraphs: [], candidates: [] };
      return {
        ...found,
        pageInfo: { hasNextPage: last < document.paragraphCount && first > 0, endCursor: last > before ? cursorAfter(MENTIONS, last - 1) : null },
      };
    },
  },
  ParagraphMentions: {
    paragraph: (mentions: MentionParagraph) => ({ number: mentions.number, text: mentions.text }),
    // An entity retracted since the names were read is left out rather than failing the page.
    async entities(mentions: MentionParagraph, _: unknown, { loaders }: GraphQLContext) {
      const entities = await Promise.all(mentions.entities.map((mention) => loaders.entity.load(mention.entityId)));
      return mentions.entities.flatMap((mention, index) => (entities[index] ? [{ entity: entities[index], marks: mention.marks }] : []));
    },
  },
  Citation: {
    entity: (citation: Citation, _: unknown, { loaders }: GraphQLContext) => (citation.subject.kind === 'entity' ? loaders.entity.load(citation.subject.id) : null),
    relation: (citation: Citation, _: unknown, { loaders }: GraphQLContext) => (citation.subject.kind === 'relation' ? loaders.relation.load(citation.subject.id) : null),
  },
  PassageHit: {
    source: (hit: PassageHit, _: unknown, { loaders }: GraphQLContext) => loaders.source.load(hit.sourceId),
  },
};
