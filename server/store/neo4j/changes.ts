import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type Record as Neo4jRecord } from 'neo4j-driver';
import {
  ConflictError,
  type Change,
  type ChangeDraft,
  type ChangePage,
  type ChangeQuery,
  type ChangeStatus,
  type ChangeStore,
  type RecordChange,
  type Review,
} from '../ChangeStore';
import { changeId, changeSeq, pageSize, readInstant, touchedIds, unknownCursor } from '../changeQuery';
import { BadInputError } from '../errors';
import { checkBefores, firstSteps, netRecords, type StoredState } from '../recordSequence';
import { checkRecords, checkRows, writePlan, writtenKinds, writtenTypes } from './changeWrites';
import { cypher, type CypherName } from './cypherFiles';
import { toNumber } from './records';
import { int, type QueryRunner } from './runner';
import { toStoreError } from './toStoreError';

// The ChangeStore on Neo4j. Every write is ONE managed write transaction: take the change lock
// (change-lock.cypher, which also numbers the change), compare each record's `before` with what
// is stored, then write the records with the loader's own statements and property layout and
// record the :Change node. A ConflictError (or any error) leaves the transaction uncommitted, so
// nothing is written. Statements that do not wait on each other are sent together (pipelined):
// a commit costs three round trips whatever its size.

/** Server-side limit of a write transaction: a change is a few small statements. */
const WRITE_TIMEOUT_MS = 10_000;

const STATUSES: ReadonlySet<string> = new Set<ChangeStatus>(['APPLIED', 'PENDING', 'REJECTED']);

type Props = { readonly [key: string]: unknown };

function optionalText(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** A :Change node's properties (change-record.cypher, change-review.cypher) as a Change. */
export function toChange(value: unknown): Change {
  const record = value as Props;
  const seq = toNumber(record.seq);
  const status = record.status;
  if (seq === null || typeof status !== 'string' || !STATUSES.has(status) || typeof record.recordsJson !== 'string') {
    throw new Error(`Neo4j holds a malformed change: ${JSON.stringify(record.id)}`);
  }
  const reviewer = optionalText(record.reviewer);
  const review: Review | null =
    reviewer === null ? null : { reviewer, comment: optionalText(record.reviewComment) ?? '', at: optionalText(record.reviewedAt) ?? String(record.at) };
  return {
    id: String(record.id),
    seq,
    at: String(record.at),
    author: String(record.author),
    operation: record.operation as Change['operation'],
    reason: String(record.reason),
    status: status as ChangeStatus,
    records: JSON.parse(record.recordsJson) as RecordChange[],
    revertOf: optionalText(record.revertOf),
    review,
  };
}

/** A cursor for the statements: a well-formed change id (whether it is recorded, they tell), or null. */
function cursor(after: string | undefined): string | null {
  if (after === undefined) return null;
  if (changeSeq(after) === null) throw unknownCursor(after);
  return after;
}

/** The page of a change-history / changes answer; BadInputError when its cursor named no change. */
function readPage(records: readonly Neo4jRecord[], after: string | undefined, first: number): ChangePage {
  const [record] = records;
  if (!record) throw new Error('a change listing returned no row');
  if (record.get('afterKnown') !== true) throw unknownCursor(after ?? '');
  const fetched = (record.get('changes') as unknown[]).map(toChange);
  return { items: fetched.slice(0, first), hasNextPage: fetched.length > first };
}

function written(result: QueryResult): number {
  return toNumber(result.records[0]?.get('written')) ?? 0;
}

export class Neo4jChangeStore implements ChangeStore {
  constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
    private readonly runner: QueryRunner,
  ) {}

  async commit(draft: ChangeDraft): Promise<Change> {
    checkRecords(draft.records);
    return this.write('commit', async (tx) => {
      const seq = await this.lockAndCheck(tx, 1, draft.records);
      // Sent behind the writes without waiting for them; the writes' own errors come first.
      const applied = applyRecords(tx, draft.records);
      const recorded = recordChange(tx, draft, seq, 'APPLIED');
      recorded.catch(() => {});
      await applied;
      return await recorded;
    });
  }

  async propose(draft: ChangeDraft): Promise<Change> {
    checkRecords(draft.records);
    return this.write('propose', async (tx) => {
      const seq = await this.lockAndCheck(tx, 1, []);
      return recordChange(tx, draft, seq, 'PENDING');
    });
  }

  settle(id: string, decision: { accept: boolean } & Omit<Review, 'at'>): Promise<Change> {
    return this.write('settle', async (tx) => {
      await this.lockAndCheck(tx, 0, []);
      const proposal = await readChange(tx, id);
      if (proposal === null) throw new BadInputError('id', `no change with id ${JSON.stringify(id)}`);
      if (proposal.status !== 'PENDING') throw new BadInputError('id', `change "${id}" is not pending: it is ${proposal.status}`);
      if (decision.accept) {
        await this.lockAndCheck(tx, null, proposal.records);
        await applyRecords(tx, proposal.records);
      }
      const review = {
        status: decision.accept ? 'APPLIED' : 'REJECTED',
        reviewer: decision.reviewer,
        reviewComment: decision.comment,
        reviewedAt: new Date().toISOString(),
      };
      const result = await run(tx, 'change-review', { id, review });
      return toChange(result.records[0]?.get('change'));
    });
  }

  async change(id: string): Promise<Change | null> {
    const [record] = await this.runner.read('change', { id });
    const value: unknown = record?.get('change');
    return value === null || value === undefined ? null : toChange(value);
  }

  async history(recordId: string, page: { first: number; after?: string }): Promise<ChangePage> {
    const first = pageSize(page.first);
    const records = await this.runner.read('change-history', { recordId, afterChange: cursor(page.after), limit: int(first + 1) });
    return readPage(records, page.after, first);
  }

  async changes(query: ChangeQuery): Promise<ChangePage> {
    const first = pageSize(query.first);
    if (query.status !== undefined && !STATUSES.has(query.status)) {
      throw new BadInputError('status', `"status" must be APPLIED, PENDING or REJECTED: ${JSON.stringify(query.status)}`);
    }
    const records = await this.runner.read('changes', {
      afterChange: cursor(query.after),
      author: query.author ?? null,
      since: query.since === undefined ? null : readInstant(query.since),
      status: query.status ?? null,
      limit: int(first + 1),
    });
    return readPage(records, query.after, first);
  }

  /**
   * Takes the change lock (numbering a new change when `increment` is 1; null: held already)
   * and compares every record's `before` with what is stored; ConflictError on a difference.
   * Returns the sequence number.
   */
  private async lockAndCheck(tx: ManagedTransaction, increment: 0 | 1 | null, records: readonly RecordChange[]): Promise<number> {
    const locked = increment === null ? null : run(tx, 'change-lock', { increment: int(increment) });
    const net = netRecords(records);
    const checked = records.length === 0 ? null : run(tx, 'change-check', { records: checkRows(firstSteps(records)), relationTypes: writtenTypes(net), entityKinds: writtenKinds(net) });
    checked?.catch(() => {}); // awaited below, after the lock
    const seq = locked === null ? 0 : (toNumber((await locked).records[0]?.get('seq')) ?? 0);
    if (checked !== null) await compareWithStored(tx, records, await checked);
    return seq;
  }

  /** Runs `work` in one write transaction (retried whole on transient errors, such as a deadlock). */
  private async write<T>(operation: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite(work, { timeout: WRITE_TIMEOUT_MS, metadata: { app: 'inquiry-graph', operation } });
    } catch (error) {
      throw toStoreError(error, operation);
    } finally {
      await session.close();
    }
  }
}

function run(tx: ManagedTransaction, name: CypherName, params: Record<string, unknown>): Promise<QueryResult> {
  return tx.run(cypher(name), params);
}

/**
 * The ConflictError for the first record whose `before` is not what it meets (checkBefores):
 * `checked` holds the stored state of each record's first step.
 */
async function compareWithStored(tx: ManagedTransaction, records: readonly RecordChange[], checked: QueryResult): Promise<void> {
  const unknownTypes = checked.records[0]?.get('unknownTypes') as string[] | undefined;
  if (unknownTypes !== undefined && unknownTypes.length > 0) {
    throw new BadInputError('records', `relation type "${unknownTypes[0]}" is not in the vocabulary`);
  }
  const unknownKinds = checked.records[0]?.get('unknownKinds') as string[] | undefined;
  if (unknownKinds !== undefined && unknownKinds.length > 0) {
    throw new BadInputError('records', `kind "${unknownKinds[0]}" is not in the data set's kinds`);
  }
  const first = firstSteps(records);
  const stored = new Map<RecordChange, StoredState>();
  const redirected = new Set<string>();
  for (const row of checked.records) {
    const record = first[toNumber(row.get('i')) ?? -1];
    if (record === undefined) continue;
    stored.set(record, { present: row.get('present') === true, version: toNumber(row.get('version')) });
    if (row.get('redirected') === true) redirected.add(record.id);
  }
  try {
    checkBefores(records, (record) => stored.get(record) ?? { present: false, version: null }, (id) => redirected.has(id));
  } catch (error) {
    if (!(error instanceof ConflictError) || error.currentVersion !== null) throw error;
    // A relation that moved to other ends is not where its `before` says: find it to report its version.
    const moved = first.find((record) => record.kind === 'relation' && record.id === error.record && stored.get(record)?.present === false);
    throw moved === undefined ? error : new ConflictError(moved.id, await relationVersion(tx, moved.id));
  }
}

async function relationVersion(tx: ManagedTransaction, id: string): Promise<number | null> {
  const result = await run(tx, 'relations-by-ids', { ids: [id] });
  const relation = result.records[0]?.get('relation') as Props | undefined;
  return relation === undefined ? null : (toNumber(relation.version) ?? 1);
}

/**
 * Writes where every record ends up (removing where that is nothing), with the disputes and
 * claim counts that follow.
 */
async function applyRecords(tx: ManagedTransaction, records: readonly RecordChange[]): Promise<void> {
  const plan = writePlan(netRecords(records));
  const steps: [CypherName, Record<string, unknown>, number | null][] = [
    ['change-delete-relations', { batch: plan.relationsRemoved }, plan.relationsRemoved.length],
    ['load-sources', { batch: plan.sourcesWritten }, plan.sourcesWritten.length],
    ['load-entities', { batch: plan.entitiesWritten }, plan.entitiesWritten.length],
    ['change-delete-entities', { ids: plan.entitiesRemoved }, plan.entitiesRemoved.length],
    ['load-relations', { batch: plan.relationsWritten }, plan.relationsWritten.length],
    ['change-claim-counts', { batch: plan.claimCounts }, plan.claimCounts.length],
    ['change-delete-sources', { ids: plan.sourcesRemoved }, plan.sourcesRemoved.length],
    ['change-delete-disputes', { ids: plan.disputeSubjects }, null],
    ['load-disputes', { batch: plan.disputes }, plan.disputes.length],
    ['change-redirects', { batch: plan.redirectsWritten }, plan.redirectsWritten.length],
    ['change-delete-redirects', { ids: plan.redirectsRemoved }, plan.redirectsRemoved.length],
    ['load-documents', { batch: plan.documentsWritten }, plan.documentsWritten.length],
    ['change-delete-documents', { ids: plan.documentsRemoved }, plan.documentsRemoved.length],
  ];
  const running = steps
    .filter(([, params, expected]) => expected !== 0 && Object.values(params).some((rows) => (rows as unknown[]).length > 0))
    .map(([name, params, expected]) => {
      const result = run(tx, name, params).then((outcome) => {
        // Every row names a record that the check found (or a source its claims cite).
        if (expected !== null && written(outcome) !== expected) {
          throw new Error(`${name}: wrote ${written(outcome)} of ${expected} rows; the change is rolled back (a relation end or a cited source is missing?)`);
        }
      });
      result.catch(() => {}); // awaited below; marked handled so a later failure is not reported unhandled first
      return result;
    });
  for (const result of running) await result;
}

/** Creates the :Change node and its :ChangeRecord nodes. */
async function recordChange(tx: ManagedTransaction, draft: ChangeDraft, seq: number, status: ChangeStatus): Promise<Change> {
  const change: Change = {
    id: changeId(seq),
    seq,
    at: new Date().toISOString(),
    operation: draft.operation,
    author: draft.author,
    reason: draft.reason,
    records: draft.records,
    revertOf: draft.revertOf,
    status,
    review: null,
  };
  await run(tx, 'change-record', {
    change: {
      id: change.id,
      seq: int(seq),
      at: change.at,
      author: change.author,
      operation: change.operation,
      reason: change.reason,
      status,
      recordsJson: JSON.stringify(change.records),
      revertOf: change.revertOf,
    },
    recordIds: touchedIds(change.records),
  });
  return change;
}

async function readChange(tx: ManagedTransaction, id: string): Promise<Change | null> {
  const result = await run(tx, 'change', { id });
  const value: unknown = result.records[0]?.get('change');
  return value === null || value === undefined ? null : toChange(value);
}
