import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadDataset, type Dataset } from '../server/dataset';
import { parseLocator, readDocumentFiles, type SourceDocument } from '../server/documents';
import { createEmbeddedStore } from '../server/store/embedded';
import type { GraphStore } from '../server/store/GraphStore';
import { SEED_DIR, type StoreName } from './config';
import { ensureDataset } from './generate';
import { mulberry32, pick, intBetween, type Random } from './random';
import { summarize, type Latency } from './stats';

// The document targets, measured as store calls (what Claim.passage and searchDocuments ask the
// store): opening a claim's passage on the seed set with its five documents attached (from
// ../shared/sources at run time, never committed), and searching 1,000 generated documents of
// about 5 KB each; and the mentions of a document, a page of paragraphs as the reader asks it
// (Document.mentions), on the seed's real documents and against the 100k set's names.

export const SHARED_SOURCES = resolve(import.meta.dirname, '../../shared/sources');
export const SEARCH_DOCUMENTS = 1_000;
const DOCUMENT_BYTES = 5_000;
const VOCABULARY_SIZE = 3_000;

/** Paragraphs a mentions page reads, as the API's default `first`. */
export const MENTION_PAGE = 20;
const MENTION_PARAGRAPHS = 400;

export interface MentionsRun {
  store: StoreName;
  /** Entities whose names the store matches. */
  entities: number;
  /** What was read: "seed documents" or a generated document. */
  document: string;
  /** The first call, which builds the name index (embedded) or reads every name (Neo4j). */
  firstCallMs: number;
  /** Every other page read for the first time: the language model reads each paragraph. */
  firstRead: Latency;
  /** Pages read again: candidate names come from the store's cache. */
  latency: Latency;
}

export interface DocumentsBench {
  passage: { store: StoreName; latency: Latency }[];
  mentions: MentionsRun[];
  search: { store: StoreName; documents: number; latency: Latency } | null;
  notes: string[];
}

/** Made-up words ("kelomar"), the same on every run. */
function vocabulary(random: Random): string[] {
  const syllables = ['ka', 'lo', 'mar', 'ven', 'ti', 'sor', 'an', 'bel', 'du', 'rim', 'que', 'zo', 'pe', 'lin', 'gar', 'o'];
  return Array.from({ length: VOCABULARY_SIZE }, (_, index) => `${Array.from({ length: intBetween(random, 2, 4) }, () => pick(random, syllables)).join('')}${index}`);
}

/** `count` documents of about DOCUMENT_BYTES each: paragraphs of 20-60 words drawn from `words`, the frequent words first. */
export function generateDocuments(count: number, words: readonly string[], random: Random): SourceDocument[] {
  return Array.from({ length: count }, (_, index) => {
    const lines: string[] = [];
    let size = 0;
    while (size < DOCUMENT_BYTES) {
      const line = Array.from({ length: intBetween(random, 20, 60) }, () => words[Math.floor(words.length * random() ** 2)] as string).join(' ');
      lines.push(line, '');
      size += line.length + 2;
    }
    return { id: `bench-doc-${String(index).padStart(4, '0')}`, text: lines.join('\n') };
  });
}

async function time(calls: number, call: (index: number) => Promise<unknown>): Promise<Latency> {
  for (let index = 0; index < Math.min(50, calls); index++) await call(index); // warm-up, not counted
  const samples: number[] = [];
  for (let index = 0; index < calls; index++) {
    const start = performance.now();
    await call(index);
    samples.push(performance.now() - start);
  }
  return summarize(samples);
}

/** Claim.passage as the API asks it: the document's size, then the locator's paragraphs. */
function passageCall(store: GraphStore, claims: readonly { sourceId: string; locator: string }[]) {
  return async (index: number) => {
    const claim = claims[index % claims.length] as { sourceId: string; locator: string };
    const range = parseLocator(claim.locator);
    const [info] = await store.documents([claim.sourceId]);
    if (!info || !range) throw new Error(`no passage for ${claim.sourceId} ${claim.locator}`);
    const [paragraphs] = await store.paragraphs([{ sourceId: claim.sourceId, ...range }]);
    if (!paragraphs?.length) throw new Error(`empty passage for ${claim.sourceId} ${claim.locator}`);
  };
}

/** Pages of MENTION_PAGE paragraphs over each document, in turn. */
type Range = { sourceId: string; from: number; to: number };

function mentionPages(documents: readonly { sourceId: string; paragraphCount: number }[]): Range[] {
  return documents.flatMap(({ sourceId, paragraphCount }) =>
    Array.from({ length: Math.ceil(paragraphCount / MENTION_PAGE) }, (_, page) => ({ sourceId, from: page * MENTION_PAGE + 1, to: (page + 1) * MENTION_PAGE })),
  );
}

/**
 * The first mentions call (it builds or reads the names), each other page once as first read
 * (the language model runs on every paragraph), then `calls` pages again (candidate names cached).
 */
async function timeMentions(store: GraphStore, calls: number, pages: readonly Range[]): Promise<{ firstCallMs: number; firstRead: Latency; latency: Latency }> {
  const started = performance.now();
  await store.mentions(pages[0] as Range);
  const firstCallMs = performance.now() - started;
  const firstReads: number[] = [];
  for (const page of pages.slice(1)) {
    const start = performance.now();
    await store.mentions(page);
    firstReads.push(performance.now() - start);
  }
  return { firstCallMs, firstRead: summarize(firstReads), latency: await time(calls, (index) => store.mentions(pages[index % pages.length] as Range)) };
}

/**
 * A document naming entities of a data set: MENTION_PARAGRAPHS paragraphs of made-up words,
 * each with two entity names (one in lower case) and a made-up person's name.
 */
function documentNaming(dataset: Dataset, words: readonly string[], random: Random): SourceDocument {
  const lines = Array.from({ length: MENTION_PARAGRAPHS }, () => {
    const text = Array.from({ length: intBetween(random, 30, 60) }, () => words[Math.floor(words.length * random() ** 2)] as string);
    text.splice(intBetween(random, 0, text.length), 0, pick(random, dataset.entities).name);
    text.splice(intBetween(random, 0, text.length), 0, pick(random, dataset.entities).name.toLowerCase());
    text.splice(intBetween(random, 0, text.length), 0, `said Margaret ${pick(random, ['Holloway', 'Fenwick', 'Ashdown', 'Kirby'])}.`);
    return text.join(' ');
  });
  return { id: 'bench-mentions', text: lines.join('\n\n') };
}

function seedClaims(dataset: Dataset, random: Random) {
  const claims = [...dataset.entities, ...dataset.relations].flatMap((record) => record.claims);
  return Array.from({ length: claims.length }, () => pick(random, claims));
}

/**
 * Runs the document benchmarks on the embedded store, and on Neo4j through `openNeo4j` (which
 * loads a data set and opens the store on it) when given.
 */
export async function benchDocuments(options: {
  calls: number;
  log: (line: string) => void;
  openNeo4j?: (dataset: Dataset) => Promise<GraphStore>;
}): Promise<DocumentsBench> {
  const result: DocumentsBench = { passage: [], mentions: [], search: null, notes: [] };
  const random = mulberry32(20261130);
  if (!existsSync(SHARED_SOURCES)) {
    result.notes.push(`claim passages not measured: no source documents at ${SHARED_SOURCES}`);
  } else {
    const dataset = { ...(await loadDataset(SEED_DIR)), documents: await readDocumentFiles(SHARED_SOURCES) };
    const claims = seedClaims(dataset, random);
    const embedded = await createEmbeddedStore(dataset);
    const infos = (await embedded.documents(dataset.documents.map((document) => document.id))).filter((info) => info !== null);
    const seedPages = mentionPages(infos);
    const mentionCalls = Math.min(options.calls, 500);
    try {
      result.passage.push({ store: 'embedded', latency: await time(options.calls, passageCall(embedded, claims)) });
      result.mentions.push({ store: 'embedded', entities: dataset.entities.length, document: 'seed documents', ...(await timeMentions(embedded, mentionCalls, seedPages)) });
    } finally {
      await embedded.close();
    }
    options.log(`claim passage, embedded: p99 ${result.passage[0]?.latency.p99.toFixed(2)} ms`);
    if (options.openNeo4j) {
      const neo4j = await options.openNeo4j(dataset);
      try {
        result.passage.push({ store: 'neo4j', latency: await time(Math.min(options.calls, 1_000), passageCall(neo4j, claims)) });
        result.mentions.push({ store: 'neo4j', entities: dataset.entities.length, document: 'seed documents', ...(await timeMentions(neo4j, mentionCalls, seedPages)) });
      } finally {
        await neo4j.close();
      }
      options.log(`claim passage, neo4j: p99 ${result.passage[1]?.latency.p99.toFixed(2)} ms`);
    }
  }

  const words = vocabulary(random);
  const large = await loadDataset(ensureDataset('100k').dir);
  const named = documentNaming(large, words, random);
  const largeStore = await createEmbeddedStore({ ...large, documents: [named] });
  try {
    const run = await timeMentions(largeStore, Math.min(options.calls, 500), mentionPages([{ sourceId: named.id, paragraphCount: MENTION_PARAGRAPHS }]));
    result.mentions.push({ store: 'embedded', entities: large.entities.length, document: `generated, ${MENTION_PARAGRAPHS} paragraphs`, ...run });
  } finally {
    await largeStore.close();
  }
  for (const run of result.mentions) {
    options.log(
      `mentions, ${MENTION_PAGE} paragraphs a page, ${run.store}, ${run.entities} entities, ${run.document}: first read p50 ${run.firstRead.p50.toFixed(1)} ms, p99 ${run.firstRead.p99.toFixed(1)} ms; read again p50 ${run.latency.p50.toFixed(2)} ms, p99 ${run.latency.p99.toFixed(2)} ms; first call ${run.firstCallMs.toFixed(0)} ms`,
    );
  }

  const documents = generateDocuments(SEARCH_DOCUMENTS, words, random);
  const base = await loadDataset(SEED_DIR);
  const store = await createEmbeddedStore({ ...base, documents });
  try {
    // One or two words, from the whole range of frequencies (most are rare: few hits).
    const queries = Array.from({ length: 200 }, () => Array.from({ length: intBetween(random, 1, 2) }, () => pick(random, words)).join(' '));
    const latency = await time(options.calls, (index) => store.searchDocuments({ text: queries[index % queries.length] as string, first: 20 }));
    result.search = { store: 'embedded', documents: documents.length, latency };
    options.log(`searchDocuments over ${documents.length} documents, embedded: p99 ${latency.p99.toFixed(2)} ms`);
  } finally {
    await store.close();
  }
  return result;
}
