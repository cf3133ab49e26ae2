import neo4j, { type Driver, type ManagedTransaction, type Transaction } from 'neo4j-driver';
import type { Neo4jConfig } from '../../config';
import { DatasetError, type Dataset, type DatasetIssue, type FuzzyDate } from '../../dataset';
import { cypher, cypherStatements, LOAD_NAMES, preloadCypher, type LoadName } from './cypherFiles';
import { createDriver } from './driver';
import { toNumber } from './records';
import { isOutOfMemory, toStoreError } from './toStoreError';

// Loads a validated data set into Neo4j: the schema first (idempotent, and schema commands
// cannot share a transaction with data), then everything in ONE explicit write transaction that
// first removes the previous data set. A failure anywhere rolls the whole transaction back, so
// the database holds either the old data set or the new one, never a mix.
//
// Size trade-off: one transaction holds the whole data set in the server's transaction state.
// Measured on 5.26: about 4.5 KB per entity (properties, labels, full-text entries) and 2.5 KB
// per relation. The seed (hundreds of records) needs ~1 MB; a million relations need ~3 GB of
// transaction memory (db.memory.transaction.max, dbms.memory.transaction.total.max) and heap to
// match. The test launcher caps a transaction at 128 MiB, i.e. roughly 5k entities + 15k
// relations; beyond that the load fails cleanly (nothing loaded, a message naming the setting).
// `CALL { ... } IN TRANSACTIONS` would stream in bounded memory but commits as it goes, so a
// failure would leave a half-loaded graph. At that scale the way to keep all-or-nothing is to
// load into a fresh database and switch to it (Enterprise), or to write a new generation of
// nodes in many transactions and flip a pointer in the last one (all queries then filter by
// generation); neither is needed for the seed, so atomicity wins here.

const ENTITY_KINDS = new Set(['Person', 'Agency', 'Report', 'Event']);
const RELATION_TYPE_PATTERN = /^[A-Z][A-Z0-9_]*$/;
const DEFAULT_BATCH_SIZE = 1_000;

export interface LoadOptions {
  /** Database name; the server's default when omitted. */
  database?: string;
  /** Rows per UNWIND batch (all batches are in the one transaction). */
  batchSize?: number;
  /** Apply cypher/schema.cypher first (default true). */
  applySchema?: boolean;
}

export interface LoadSummary {
  dataset: string;
  entities: number;
  relations: number;
  sources: number;
  relationTypes: number;
  disputes: number;
  claims: number;
  milliseconds: number;
}

/**
 * Checks what the statements rely on beyond the data set's own validation: relation types are
 * in the vocabulary and look like relationship types, kinds are the four labels. Types and
 * labels reach Cypher only as parameters, but they become part of the graph's schema, so only
 * the allowlist may get there.
 */
export function checkLoadable(dataset: Dataset): void {
  const issues: DatasetIssue[] = [];
  const vocabulary = new Set<string>();
  for (const type of dataset.vocabulary) {
    if (RELATION_TYPE_PATTERN.test(type.type)) vocabulary.add(type.type);
    else issues.push({ file: 'vocabulary.json', record: type.type, field: 'type', message: 'must be UPPER_SNAKE_CASE' });
  }
  for (const entity of dataset.entities) {
    if (!ENTITY_KINDS.has(entity.kind)) {
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

/** Rows for the UNWIND statements of cypher/load-*.cypher. */
export function loadRows(dataset: Dataset) {
  return {
    vocabulary: dataset.vocabulary.map((type) => ({ ...type })),
    sources: dataset.sources.map((source) => ({
      id: source.id,
      title: source.title,
      publisher: source.publisher,
      author: source.author,
      ...dateFields(source.published),
      reliability: source.reliability,
      note: source.note,
      claimCount: neo4j.int(source.claimCount),
    })),
    entities: dataset.entities.map((entity) => ({
      id: entity.id,
      kind: entity.kind,
      name: entity.name,
      aliases: entity.aliases,
      aliasesText: entity.aliases.join('\n'),
      summary: entity.summary,
      ...dateFields(entity.date),
      figuresJson: JSON.stringify(entity.figures),
      claimsJson: JSON.stringify(entity.claims),
      claimCount: neo4j.int(entity.claims.length + entity.figures.reduce((sum, figure) => sum + figure.claims.length, 0)),
      disputedFields: entity.disputedFields,
    })),
    relations: dataset.relations.map((relation) => ({
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
    })),
    disputes: dataset.disputes.map((dispute) => ({
      subjectKind: dispute.subject.kind,
      subjectId: dispute.subject.id,
      field: dispute.field,
      claimsJson: JSON.stringify(dispute.claims),
    })),
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

async function runBatches(tx: Transaction | ManagedTransaction, name: LoadName, rows: readonly object[], batchSize: number): Promise<void> {
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize);
    const result = await tx.run(cypher(name), { batch });
    const written = toNumber(result.records[0]?.get('written'));
    if (written !== batch.length) {
      // load-relations writes nothing for a relation whose end is missing: never commit that.
      throw new Error(`${name}: wrote ${written ?? 0} of ${batch.length} rows in the batch starting at ${start}; the load is rolled back`);
    }
  }
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
  try {
    if (options.applySchema !== false) await applyNeo4jSchema(driver, { database });
    const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
    // An explicit transaction, not executeWrite: a retry of a large load should be the
    // operator's decision, and the whole load must be one unit.
    const tx = session.beginTransaction({ metadata: { app: 'inquiry-graph', operation: 'db:load' } });
    try {
      await tx.run(cypher('clear'));
      await runBatches(tx, 'load-vocabulary', rows.vocabulary, batchSize);
      await runBatches(tx, 'load-sources', rows.sources, batchSize);
      await runBatches(tx, 'load-entities', rows.entities, batchSize);
      await runBatches(tx, 'load-relations', rows.relations, batchSize);
      await runBatches(tx, 'load-disputes', rows.disputes, batchSize);
      await tx.run(cypher('load-dataset'), {
        name: dataset.name,
        entities: neo4j.int(dataset.entities.length),
        relations: neo4j.int(dataset.relations.length),
        sources: neo4j.int(dataset.sources.length),
        disputes: neo4j.int(dataset.disputes.length),
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
    milliseconds: Date.now() - started,
  };
}
