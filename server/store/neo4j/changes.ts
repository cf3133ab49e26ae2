import neo4j, { isRetryableError, type Driver, type QueryResult, type Record as Neo4jRecord, type Transaction } from 'neo4j-driver';
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
import { CHANGE_ID_PREFIX, changeId, changeSeq, pageSize, readInstant, touchedIds, unknownCursor } from '../changeQuery';
import { BadInputError } from '../errors';
import { checkBefores, firstSteps, netRecords, type StoredState } from '../recordSequence';
import { checkRecords, checkRows, writePlan, writtenKinds, writtenTypes } from './changeWrites';
import { cypher, type CypherName } from './cypherFiles';
import { toNumber } from './records';
import { int, type QueryRunner } from './runner';
import { toStoreError } from './toStoreError';

// The ChangeStore on Neo4j. Every write is ONE write transaction: take the change lock, record
// the :Change node and read the stored state of each record (change-check.cypher), then write
// the records with the loader's own statements and property layout; each record's `before` is
// compared with what is stored when the check answers.
// A ConflictError (or any error) leaves the transaction uncommitted, so nothing is written.
// Statements are sent together (pipelined) and run in the order sent: a commit costs two round
// trips whatever its size, the statements and then COMMIT.

/** Server-side limit of a write transaction: a change is a few small statements. */
const WRITE_TIMEOUT_MS = 10_000;

/** A change retried after a transient error, at most this many times in all. */
const WRITE_ATTEMPTS = 3;

const STATUSES: ReadonlySet<string> = new Set<ChangeStatus>(['APPLIED', 'PENDING', 'REJECTED']);

type Props = { readonly [key: string]: unknown };

function optionalText(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** A :Change node's properties (change-check.cypher, change-review.cypher) as a Change. */
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
  /**
   * Kinds and relation types that a check found in the data set's kinds and vocabulary (see
   * commit). Names only join: a name that the data set dropped since is still refused by the
   * check, as before; at worst its label or type was already a token of the database.
   */
  private readonly knownNames = { kinds: new Set<string>(), types: new Set<string>() };

  constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
    private readonly runner: QueryRunner,
  ) {}

  /**
   * Sends the lock, change record and check, then the writes, together, and waits once: the
   * writes do not depend on the check's answer, as a refused change rolls back the whole
   * transaction. Only a change that writes a kind or relation type no check has seen waits for
   * its check first: a label or relationship type that Neo4j meets once stays in its schema,
   * rolled back or not, so an unknown name must be refused before it is written.
   */
  async commit(draft: ChangeDraft): Promise<Change> {
    checkRecords(draft.records);
    const names = namesWritten(draft.records);
    const sendAtOnce = names.kinds.every((kind) => this.knownNames.kinds.has(kind)) && names.types.every((type) => this.knownNames.types.has(type));
    return this.write('commit', async (tx) => {
      const at = new Date().toISOString();
      const checked = handled(this.lockAndCheck(tx, draft.records, changeRecord(draft, 'APPLIED', at)));
      if (!sendAtOnce) await checked;
      // The check's refusal comes first; then the writes' own errors.
      const applied = handled(applyRecords(tx, draft.records));
      const seq = await checked;
      await applied;
      return recordedChange(draft, seq, 'APPLIED', at);
    });
  }

  async propose(draft: ChangeDraft): Promise<Change> {
    checkRecords(draft.records);
    return this.write('propose', async (tx) => {
      const at = new Date().toISOString();
      const seq = await this.lockAndCheck(tx, [], changeRecord(draft, 'PENDING', at));
      return recordedChange(draft, seq, 'PENDING', at);
    });
  }

  settle(id: string, decision: { accept: boolean } & Omit<Review, 'at'>): Promise<Change> {
    return this.write('settle', async (tx) => {
      await this.lockAndCheck(tx, [], null);
      const proposal = await readChange(tx, id);
      if (proposal === null) throw new BadInputError('id', `no change with id ${JSON.stringify(id)}`);
      if (proposal.status !== 'PENDING') throw new BadInputError('id', `change "${id}" is not pending: it is ${proposal.status}`);
      if (decision.accept) {
        await this.lockAndCheck(tx, proposal.records, null);
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
   * Takes the change lock, records `change` under a new number (null when settling, which only
   * takes the lock), and compares every record's `before` with what is stored; ConflictError on
   * a difference, BadInputError for a kind or relation type the data set does not have. Returns
   * the change's number.
   */
  private async lockAndCheck(tx: Transaction, records: readonly RecordChange[], change: ChangeRecord | null): Promise<number> {
    const names = namesWritten(records);
    const result = await run(tx, 'change-check', {
      change: change?.change ?? null,
      idPrefix: CHANGE_ID_PREFIX,
      recordIds: change?.recordIds ?? [],
      records: checkRows(firstSteps(records)),
      relationTypes: names.types,
      entityKinds: names.kinds,
    });
    const row = result.records[0];
    if (!row) throw new Error('change-check returned no row');
    refuseUnknownNames(row);
    for (const kind of names.kinds) this.knownNames.kinds.add(kind);
    for (const type of names.types) this.knownNames.types.add(type);
    await compareWithStored(records, row.get('checked') as Props[], (id) => this.relationVersion(id));
    return toNumber(row.get('seq')) ?? 0;
  }

  /**
   * The version of a relation as committed, read outside the transaction: the transaction may
   * already hold this change's writes (see commit). Nothing else commits a change meanwhile, as
   * the transaction holds the change lock.
   */
  private async relationVersion(id: string): Promise<number | null> {
    const [record] = await this.runner.read('relations-by-ids', { ids: [id] });
    const relation = record?.get('relation') as Props | undefined;
    return relation === undefined ? null : (toNumber(relation.version) ?? 1);
  }

  /**
   * Runs `work` in one write transaction, retried whole on a transient error (a deadlock with
   * another writer, say). An explicit transaction rather than session.executeWrite: this one
   * sends BEGIN together with the first statements, where executeWrite waits for BEGIN's answer
   * before its work may send anything (one more wait for the server on every change).
   */
  private async write<T>(operation: string, work: (tx: Transaction) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
      const tx = session.beginTransaction({ timeout: WRITE_TIMEOUT_MS, metadata: { app: 'inquiry-graph', operation } });
      try {
        const result = await work(tx);
        await tx.commit();
        return result;
      } catch (error) {
        if (tx.isOpen()) await tx.rollback().catch(() => {});
        if (attempt < WRITE_ATTEMPTS && isRetryableError(error)) continue;
        throw toStoreError(error, operation);
      } finally {
        await session.close();
      }
    }
  }
}

/** A promise awaited later, marked handled so that an earlier refusal is not reported as an unhandled rejection. */
function handled<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => {});
  return promise;
}

/** The kinds and relation types a change writes (where it ends up). */
function namesWritten(records: readonly RecordChange[]): { kinds: string[]; types: string[] } {
  const net = netRecords(records);
  return { kinds: writtenKinds(net), types: writtenTypes(net) };
}

function run(tx: Transaction, name: CypherName, params: Record<string, unknown>): Promise<QueryResult> {
  return tx.run(cypher(name), params);
}

/** Refuses a change that writes a relation type or kind the data set does not have (change-check.cypher). */
function refuseUnknownNames(checked: Neo4jRecord): void {
  const unknownTypes = checked.get('unknownTypes') as string[];
  if (unknownTypes.length > 0) throw new BadInputError('records', `relation type "${unknownTypes[0]}" is not in the vocabulary`);
  const unknownKinds = checked.get('unknownKinds') as string[];
  if (unknownKinds.length > 0) throw new BadInputError('records', `kind "${unknownKinds[0]}" is not in the data set's kinds`);
}

/**
 * The ConflictError for the first record whose `before` is not what it meets (checkBefores):
 * `checked` holds the stored state of each record's first step.
 */
async function compareWithStored(records: readonly RecordChange[], checked: readonly Props[], relationVersion: (id: string) => Promise<number | null>): Promise<void> {
  const first = firstSteps(records);
  const stored = new Map<RecordChange, StoredState>();
  const redirected = new Set<string>();
  for (const entry of checked) {
    const record = first[toNumber(entry.i) ?? -1];
    if (record === undefined) continue;
    stored.set(record, { present: entry.present === true, version: toNumber(entry.version) });
    if (entry.redirected === true) redirected.add(record.id);
  }
  try {
    checkBefores(records, (record) => stored.get(record) ?? { present: false, version: null }, (id) => redirected.has(id));
  } catch (error) {
    if (!(error instanceof ConflictError) || error.currentVersion !== null) throw error;
    // A relation that moved to other ends is not where its `before` says: find it to report its version.
    const moved = first.find((record) => record.kind === 'relation' && record.id === error.record && stored.get(record)?.present === false);
    throw moved === undefined ? error : new ConflictError(moved.id, await relationVersion(moved.id));
  }
}

/**
 * Writes where every record ends up (removing where that is nothing), with the disputes and
 * claim counts that follow.
 */
async function applyRecords(tx: Transaction, records: readonly RecordChange[]): Promise<void> {
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

/** The parameters of change-check.cypher that record a change: the :Change node and the ids it touched. */
interface ChangeRecord {
  change: Record<string, unknown>;
  recordIds: string[];
}

function changeRecord(draft: ChangeDraft, status: ChangeStatus, at: string): ChangeRecord {
  return {
    change: {
      at,
      author: draft.author,
      operation: draft.operation,
      reason: draft.reason,
      status,
      recordsJson: JSON.stringify(draft.records),
      revertOf: draft.revertOf,
    },
    recordIds: touchedIds(draft.records),
  };
}

/** The change changeRecord's parameters recorded, numbered `seq`. */
function recordedChange(draft: ChangeDraft, seq: number, status: ChangeStatus, at: string): Change {
  return {
    id: changeId(seq),
    seq,
    at,
    operation: draft.operation,
    author: draft.author,
    reason: draft.reason,
    records: draft.records,
    revertOf: draft.revertOf,
    status,
    review: null,
  };
}

async function readChange(tx: Transaction, id: string): Promise<Change | null> {
  const result = await run(tx, 'change', { id });
  const value: unknown = result.records[0]?.get('change');
  return value === null || value === undefined ? null : toChange(value);
}
