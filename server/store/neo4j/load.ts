import neo4j, { type Driver, type ManagedTransaction, type Transaction } from 'neo4j-driver';
import type { Neo4jConfig } from '../../config';
import { DatasetError, type Dataset, type DatasetIssue, type Dispute, type Entity, type FuzzyDate, type Relation, type Source } from '../../dataset';
import { paragraphWords, splitParagraphs, type SourceDocument } from '../../documents';
import { cypher, cypherStatements, LOAD_NAMES, preloadCypher, type LoadName } from './cypherFiles';
import { createDriver } from './driver';
import { toNumber } from './records';
import { isOutOfMemory, toStoreError } from './toStoreError';

// Loads a validated data set into Neo4j: the schema first (idempotent, and schema commands
// cannot share a transaction with data), then everything in ONE explicit write transaction that
// replaces the previous data set. A failure anywhere rolls the whole transaction back, so
// the database holds either the old data set or the new one, never a mix.
//
// Order inside the transaction (why: see cypher/clear-relations.cypher): delete the old
// relations; MERGE the types, sources and entities onto the old nodes with the same key,
// replacing all their properties; delete the old nodes the new data set did not reuse
// (clear-stale; before the relations, so that a relation cannot end on a dropped entity); CREATE
// the relations; MERGE the disputes; then the Dataset node. Only the stale nodes (none when a
// data set is reloaded or grows, as the bench sizes do) enter the deleted set. Deleting the old
// nodes first, as before, made every later index seek copy the set of all deleted nodes (Neo4j
// 5.26, DefaultNodeValueIndexCursor.removed): replacing 10k with 10k took 88 s instead of 16 s,
// and 100k would have been quadratic. Batches are pipelined (PIPELINE_DEPTH in flight) so the
// driver encodes the next batch while the server writes one.
//
// Size trade-off: one transaction holds the whole data set in the server's transaction state,
// and the commit turns all of it into store records at once. Measured on 5.26 at 100k entities
// / 1M relations (~300 MB of claims JSON) on a shared 2-core machine: the transaction state
// peaks ~3 GB before commit and the commit needs as much again (SHOW TRANSACTIONS
// estimatedUsedHeapMemory; 8.5 GB when replacing a 100k graph, which also deletes 1M
// relations); the commit alone takes ~2 minutes, single-threaded in Neo4j's record layer
// (RelationshipCreator), which no statement shape can avoid. Figures: bench/neo4j.ts
// (BENCH_NEO4J_MEMORY). The test launcher's defaults cap a transaction at 128 MiB, i.e. roughly
// 5k entities + 15k relations; beyond that the load fails cleanly (nothing loaded, a message
// naming the setting): start the server with more memory (startNeo4j's `memory`, or
// `npm run db:start` with NEO4J_HEAP etc.).
// `CALL { ... } IN TRANSACTIONS` would stream in bounded memory and commit in small pieces, but a
// failure would leave a half-loaded graph. At that scale the way to keep all-or-nothing and be
// fast is to load into a fresh database and switch to it (Enterprise), or to write a new
// generation of nodes in many transactions and flip a pointer in the last one (all queries then
// filter by generation); neither is done here, so atomicity wins over import time.

const KIND_LABEL_PATTERN = /^[A-Z][A-Za-z0-9]*$/;
const RELATION_TYPE_PATTERN = /^[A-Z][A-Z0-9_]*$/;
const DEFAULT_BATCH_SIZE = 1_000;
const PIPELINE_DEPTH = 4;

export interface LoadOptions {
  /** Database name; the server's default when omitted. */
  database?: string;
  /** Rows per UNWIND batch (all batches are in the one transaction). */
  batchSize?: number;
  /** Apply cypher/schema.cypher first (default true). */
  applySchema?: boolean;
  /**
   * Delete the changes curation recorded, with the graph they were made on. Without it (the
   * default) a database holding changes is left alone: RecordedChangesError.
   */
  discardChanges?: boolean;
}

/** db:load would replace a graph that curation has changed: nothing was loaded. */
export class RecordedChangesError extends Error {
  constructor(readonly changes: number) {
    super(
      `Nothing was loaded: the database holds ${changes} recorded change${changes === 1 ? '' : 's'} (edits, proposals and their ` +
        'history) made on the graph it holds now, which loading would lose. Run again with --discard-changes to delete them ' +
        'with the old graph; to keep the edits in the new graph, first export it (npm run data:export -- --out DIR) and load ' +
        'that folder with --discard-changes.',
    );
    this.name = 'RecordedChangesError';
  }
}

export interface LoadSummary {
  dataset: string;
  entities: number;
  relations: number;
  sources: number;
  relationTypes: number;
  disputes: number;
  claims: number;
  /** Changes deleted with the old graph (discardChanges). */
  changesDiscarded: number;
  milliseconds: number;
}

/** Looks like a kind label; whether the data set has the kind is checked apart (kinds.json). */
export function isKindLabel(kind: string): boolean {
  return KIND_LABEL_PATTERN.test(kind);
}

/** Looks like a relationship type; whether it is in the vocabulary is checked apart. */
export function isRelationTypeName(type: string): boolean {
  return RELATION_TYPE_PATTERN.test(type);
}

/**
 * Checks what the statements rely on beyond the data set's own validation: relation types are
 * in the vocabulary and look like relationship types, kinds are in kinds.json. Types and
 * labels reach Cypher only as parameters, but they become part of the graph's schema, so only
 * the allowlist may get there.
 */
export function checkLoadable(dataset: Dataset): void {
  const issues: DatasetIssue[] = [];
  const vocabulary = new Set<string>();
  for (const type of dataset.vocabulary) {
    if (isRelationTypeName(type.type)) vocabulary.add(type.type);
    else issues.push({ file: 'vocabulary.json', record: type.type, field: 'type', message: 'must be UPPER_SNAKE_CASE' });
  }
  const kinds = new Set<string>();
  for (const kind of dataset.kinds) {
    if (isKindLabel(kind.kind)) kinds.add(kind.kind);
    else issues.push({ file: 'kinds.json', record: kind.kind, field: 'kind', message: 'must be PascalCase letters and digits' });
  }
  for (const entity of dataset.entities) {
    if (!kinds.has(entity.kind)) {
      issues.push({ file: 'entities.json', record: entity.id, field: 'kind', message: `unknown kind "${entity.kind}"` });
    }
  }
  for (const relation of dataset.relations) {
    if (!vocabulary.has(relation.type)) {
      issues.push({ file: 'relations.json', record: relation.id, field: 'type', message: `relation type "${relation.type}" is not in the vocabulary` });
    }
  }
  if (issues.length > 0) throw new DatasetError(dataset.name, issues);
}

function dateFields(date: FuzzyDate | null) {
  return { edtf: date?.edtf ?? null, dateText: date?.text ?? null, earliest: date?.earliest ?? null, latest: date?.latest ?? null };
}

/** Claims of an entity, its own and its figures' (each cites one source). */
function entityClaimCount(entity: Entity): number {
  return entity.claims.length + entity.figures.reduce((sum, figure) => sum + figure.claims.length, 0);
}

// One row per record for the UNWIND statements of cypher/load-*.cypher: the property layout of
// the Neo4j store. The loader writes whole data sets with them, the change store single records.

export function sourceRow(source: Source) {
  return {
    id: source.id,
    title: source.title,
    publisher: source.publisher,
    author: source.author,
    ...dateFields(source.published),
    reliability: source.reliability,
    note: source.note,
    claimCount: neo4j.int(source.claimCount),
  };
}

export function entityRow(entity: Entity) {
  return {
    id: entity.id,
    kind: entity.kind,
    name: entity.name,
    aliases: entity.aliases,
    aliasesText: entity.aliases.join('\n'),
    summary: entity.summary,
    ...dateFields(entity.date),
    figuresJson: JSON.stringify(entity.figures),
    claimsJson: JSON.stringify(entity.claims),
    claimCount: neo4j.int(entityClaimCount(entity)),
    disputedFields: entity.disputedFields,
    version: neo4j.int(entity.version),
  };
}

export function relationRow(relation: Relation) {
  return {
    id: relation.id,
    type: relation.type,
    label: relation.label,
    from: relation.from,
    to: relation.to,
    role: relation.role,
    note: relation.note,
    ...dateFields(relation.date),
    claimsJson: JSON.stringify(relation.claims),
    claimCount: neo4j.int(relation.claims.length),
    disputedFields: relation.disputedFields,
    version: neo4j.int(relation.version),
  };
}

/** A document as load-documents.cypher writes it: its paragraphs, each with its folded words. */
export function documentRow(document: SourceDocument) {
  return {
    id: document.id,
    characters: neo4j.int(document.text.length),
    paragraphs: splitParagraphs(document.text).map((text, index) => ({ number: neo4j.int(index + 1), text, words: paragraphWords(text).join(' ') })),
  };
}

export function disputeRow(dispute: Dispute) {
  return {
    subjectKind: dispute.subject.kind,
    subjectId: dispute.subject.id,
    field: dispute.field,
    claimsJson: JSON.stringify(dispute.claims),
  };
}

/** Rows for the UNWIND statements of cypher/load-*.cypher. */
export function loadRows(dataset: Dataset) {
  return {
    vocabulary: dataset.vocabulary.map((type) => ({ ...type })),
    kinds: dataset.kinds.map((kind, position) => ({ ...kind, position: neo4j.int(position) })),
    sources: dataset.sources.map(sourceRow),
    entities: dataset.entities.map(entityRow),
    relations: dataset.relations.map(relationRow),
    disputes: dataset.disputes.map(disputeRow),
    documents: (dataset.documents ?? []).map(documentRow),
  };
}

/** Creates the constraints and indexes of cypher/schema.cypher (idempotent) and waits for them. */
export async function applyNeo4jSchema(driver: Driver, options: { database?: string; awaitSeconds?: number } = {}): Promise<void> {
  preloadCypher(['schema', 'await-indexes']);
  const session = driver.session({ database: options.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    for (const statement of cypherStatements('schema')) {
      // Schema commands must run in their own (auto-commit) transactions.
      await session.run(statement);
    }
    await session.run(cypher('await-indexes'), { timeoutSeconds: neo4j.int(options.awaitSeconds ?? 120) });
  } catch (error) {
    throw toStoreError(error, 'schema');
  } finally {
    await session.close();
  }
}

/**
 * Runs `name` once per batch of `rows`, keeping up to PIPELINE_DEPTH batches in flight: the
 * server works on one batch while the driver encodes and sends the next (statements of one
 * transaction still run in order). Every batch must report all its rows written.
 */
async function runBatches(tx: Transaction | ManagedTransaction, name: LoadName, rows: readonly object[], batchSize: number): Promise<void> {
  const inFlight: Promise<void>[] = [];
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize);
    const checked = tx.run(cypher(name), { batch }).then((result) => {
      const written = toNumber(result.records[0]?.get('written'));
      if (written !== batch.length) {
        // load-relations writes nothing for a relation whose end is missing: never commit that.
        throw new Error(`${name}: wrote ${written ?? 0} of ${batch.length} rows in the batch starting at ${start}; the load is rolled back`);
      }
    });
    // Marked as handled now: once one batch fails the ones behind it fail too, before we await them.
    checked.catch(() => {});
    inFlight.push(checked);
    if (inFlight.length >= PIPELINE_DEPTH) await inFlight.shift();
  }
  for (const checked of inFlight) await checked;
}

/** The keys of everything the data set writes: clear-stale.cypher deletes every other node. */
function staleKeys(dataset: Dataset) {
  return {
    entityIds: dataset.entities.map((entity) => entity.id),
    sourceIds: dataset.sources.map((source) => source.id),
    documentIds: (dataset.documents ?? []).map((document) => document.id),
    types: dataset.vocabulary.map((type) => type.type),
    kinds: dataset.kinds.map((kind) => kind.kind),
    disputeKeys: dataset.disputes.map((dispute) => `${dispute.subject.id}|${dispute.field}`),
    name: dataset.name,
  };
}

function isDriver(target: Driver | Neo4jConfig): target is Driver {
  return typeof (target as Driver).session === 'function';
}

/**
 * Replaces whatever data set Neo4j holds with `dataset`, all or nothing. Takes a driver (left
 * open) or connection settings (a driver is made and closed). Throws DatasetError when a
 * relation type or kind is outside the allowlist, before anything is written.
 */
export async function loadDatasetIntoNeo4j(target: Driver | Neo4jConfig, dataset: Dataset, options: LoadOptions = {}): Promise<LoadSummary> {
  const started = Date.now();
  checkLoadable(dataset);
  preloadCypher(LOAD_NAMES);
  const ownDriver = !isDriver(target);
  const driver = isDriver(target) ? target : createDriver(target);
  const database = options.database ?? (isDriver(target) ? undefined : target.database);
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const rows = loadRows(dataset);
  let recorded = 0;
  try {
    if (options.applySchema !== false) await applyNeo4jSchema(driver, { database });
    const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
    // An explicit transaction, not executeWrite: a retry of a large load should be the
    // operator's decision, and the whole load must be one unit.
    const tx = session.beginTransaction({ metadata: { app: 'inquiry-graph', operation: 'db:load' } });
    try {
      recorded = toNumber((await tx.run(cypher('count-changes'))).records[0]?.get('changes')) ?? 0;
      if (recorded > 0 && options.discardChanges !== true) throw new RecordedChangesError(recorded);
      if (recorded > 0) await tx.run(cypher('clear-changes'));
      await tx.run(cypher('clear-relations'));
      await runBatches(tx, 'load-vocabulary', rows.vocabulary, batchSize);
      await runBatches(tx, 'load-kinds', rows.kinds, batchSize);
      await runBatches(tx, 'load-sources', rows.sources, batchSize);
      await runBatches(tx, 'load-entities', rows.entities, batchSize);
      // Before the relations: a relation must not find its end in an old entity that the new
      // data set dropped (it would be created, then deleted with that entity, silently).
      await tx.run(cypher('clear-stale'), staleKeys(dataset));
      await runBatches(tx, 'load-relations', rows.relations, batchSize);
      await runBatches(tx, 'load-disputes', rows.disputes, batchSize);
      await runBatches(tx, 'load-documents', rows.documents, Math.max(1, Math.floor(batchSize / 20)));
      await tx.run(cypher('load-dataset'), {
        name: dataset.name,
        entities: neo4j.int(dataset.entities.length),
        relations: neo4j.int(dataset.relations.length),
        sources: neo4j.int(dataset.sources.length),
        disputes: neo4j.int(dataset.disputes.length),
        title: dataset.info.title,
        description: dataset.info.description,
        periodEdtf: dataset.info.period.edtf,
        periodText: dataset.info.period.text,
      });
      await tx.commit();
    } catch (error) {
      if (tx.isOpen()) await tx.rollback().catch(() => {});
      if (isOutOfMemory(error)) {
        throw new Error(
          `Nothing was loaded: data set "${dataset.name}" does not fit in one transaction on this server ` +
            `(${error.message.split('\n')[0]}). Raise db.memory.transaction.max (and the heap) and load again.`,
          { cause: error },
        );
      }
      throw toStoreError(error, 'load');
    } finally {
      await session.close();
    }
  } finally {
    if (ownDriver) await driver.close();
  }
  return {
    dataset: dataset.name,
    entities: dataset.entities.length,
    relations: dataset.relations.length,
    sources: dataset.sources.length,
    relationTypes: dataset.vocabulary.length,
    disputes: dataset.disputes.length,
    claims: dataset.sources.reduce((sum, source) => sum + source.claimCount, 0),
    changesDiscarded: recorded,
    milliseconds: Date.now() - started,
  };
}
