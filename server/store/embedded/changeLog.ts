import type Database from 'better-sqlite3';
import type { Change, ChangeDraft, ChangePage, ChangeQuery, ChangeStatus, RecordChange, Review } from '../ChangeStore';
import { BadInputError } from '../errors';
import { changeId, changeSeq, pageSize, readInstant, touchedIds, unknownCursor } from '../changeQuery';

// The embedded store's change log: every change ever recorded, in the state database. Rows are
// only ever added, and a proposal's status and review set once; nothing deletes or rewrites a
// record list. `change_records` says which records each change touched: history reads it, and
// so does start-up, which needs only each record's last applied write.

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS changes (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    author TEXT NOT NULL,
    operation TEXT NOT NULL,
    reason TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('APPLIED', 'PENDING', 'REJECTED')),
    records TEXT NOT NULL CHECK (json_valid(records)),
    revert_of TEXT,
    reviewer TEXT,
    review_comment TEXT,
    reviewed_at TEXT
  );
  CREATE TABLE IF NOT EXISTS change_records (
    record_id TEXT NOT NULL,
    seq INTEGER NOT NULL REFERENCES changes (seq),
    kind TEXT NOT NULL,
    PRIMARY KEY (record_id, seq, kind)
  ) WITHOUT ROWID;
  CREATE INDEX IF NOT EXISTS changes_by_author ON changes (author, seq);
  CREATE INDEX IF NOT EXISTS changes_by_at ON changes (at, seq);
  CREATE INDEX IF NOT EXISTS changes_by_status ON changes (status, seq);
`;

interface ChangeRow {
  seq: number;
  at: string;
  author: string;
  operation: Change['operation'];
  reason: string;
  status: ChangeStatus;
  records: string;
  revert_of: string | null;
  reviewer: string | null;
  review_comment: string | null;
  reviewed_at: string | null;
}

function toChange(row: ChangeRow): Change {
  return {
    id: changeId(row.seq),
    seq: row.seq,
    at: row.at,
    operation: row.operation,
    author: row.author,
    reason: row.reason,
    records: JSON.parse(row.records) as RecordChange[],
    revertOf: row.revert_of,
    status: row.status,
    review:
      row.reviewer === null ? null : { reviewer: row.reviewer, comment: row.review_comment ?? '', at: row.reviewed_at ?? row.at },
  };
}

/** A record's identity: ids are unique within a kind (a merged-away entity and its redirect share one). */
const recordKey = (kind: string, id: string) => `${kind}\u0000${id}`;

/** The records a change touches, each (kind, id) once. */
const touched = (records: readonly RecordChange[]) =>
  [...new Map(records.map((record) => [recordKey(record.kind, record.id), record])).values()];

export class ChangeLog {
  private readonly insertChange: Database.Statement<[string, string, string, string, string, string, string | null]>;
  private readonly insertTouched: Database.Statement<[string, number, string]>;
  private readonly updateStatus: Database.Statement<[string, string, string, string, number]>;
  private readonly selectOne: Database.Statement<[number], ChangeRow>;
  private readonly selectApplied: Database.Statement<[], ChangeRow>;
  private readonly selectLastWrites: Database.Statement<[], { records: string; keys: string }>;
  private readonly selectHistory: Database.Statement<[string, number, number], ChangeRow>;
  /** list()'s statements by filter combination (at most eight), prepared once each. */
  private readonly listStatements = new Map<string, Database.Statement<Record<string, string | number>, ChangeRow>>();

  constructor(private readonly database: Database.Database) {
    database.exec(SCHEMA);
    this.insertChange = database.prepare(
      'INSERT INTO changes (at, author, operation, reason, status, records, revert_of) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    this.insertTouched = database.prepare('INSERT INTO change_records (record_id, seq, kind) VALUES (?, ?, ?)');
    this.updateStatus = database.prepare(
      "UPDATE changes SET status = ?, reviewer = ?, review_comment = ?, reviewed_at = ? WHERE seq = ? AND status = 'PENDING'",
    );
    this.selectOne = database.prepare('SELECT * FROM changes WHERE seq = ?');
    this.selectApplied = database.prepare("SELECT * FROM changes WHERE status = 'APPLIED' ORDER BY seq");
    // The status filter reads the covering index changes_by_status, not the change rows: only
    // the rows holding a last write are read whole.
    this.selectLastWrites = database.prepare(
      `WITH last AS (
         SELECT kind, record_id, MAX(seq) AS seq FROM change_records
         WHERE seq IN (SELECT seq FROM changes WHERE status = 'APPLIED')
         GROUP BY kind, record_id),
       keys AS (SELECT seq, json_group_array(json_array(kind, record_id)) AS keys FROM last GROUP BY seq)
       SELECT changes.records, keys.keys FROM keys JOIN changes USING (seq) ORDER BY seq`,
    );
    this.selectHistory = database.prepare(
      `SELECT * FROM changes
       WHERE seq IN (SELECT seq FROM change_records WHERE record_id = ? AND seq < ?)
       ORDER BY seq DESC LIMIT ?`,
    );
  }

  /** Records a change with `status`, durably, in one transaction; returns it as stored. */
  append(draft: ChangeDraft, status: ChangeStatus): Change {
    if (draft.records.length === 0) throw new BadInputError('records', 'a change must touch at least one record');
    const at = new Date().toISOString();
    const seq = this.database.transaction(() => {
      const { lastInsertRowid } = this.insertChange.run(
        at,
        draft.author,
        draft.operation,
        draft.reason,
        status,
        JSON.stringify(draft.records),
        draft.revertOf,
      );
      const inserted = Number(lastInsertRowid);
      for (const record of touched(draft.records)) this.insertTouched.run(record.id, inserted, record.kind);
      return inserted;
    })();
    return { ...draft, id: changeId(seq), seq, at, status, review: null };
  }

  /** Sets a PENDING change's outcome (APPLIED: accepted, REJECTED), durably. */
  settle(seq: number, status: Exclude<ChangeStatus, 'PENDING'>, review: Review): void {
    const { changes } = this.updateStatus.run(status, review.reviewer, review.comment, review.at, seq);
    if (changes !== 1) throw new BadInputError('id', `${JSON.stringify(changeId(seq))} is not a pending change`);
  }

  get(seq: number): Change | null {
    const row = this.selectOne.get(seq);
    return row ? toChange(row) : null;
  }

  /** The APPLIED changes in the order they were recorded, read one at a time. */
  *applied(): Generator<Change> {
    for (const row of this.selectApplied.iterate()) yield toChange(row);
  }

  /**
   * What replaying `applied()` in order leaves, read faster: of every record (kind, id) only
   * its last applied write, in seq order. Each write replaces the whole record, so the earlier
   * ones never show; a long-edited record costs one read, not one per edit.
   */
  *lastWrites(): Generator<RecordChange> {
    for (const row of this.selectLastWrites.iterate()) {
      const keys = new Set((JSON.parse(row.keys) as [string, string][]).map(([kind, id]) => recordKey(kind, id)));
      const records = JSON.parse(row.records) as RecordChange[];
      for (const record of records) if (keys.has(recordKey(record.kind, record.id))) yield record;
    }
  }

  /** The changes that touched `recordId`, newest first. */
  history(recordId: string, page: { first: number; after?: string }): ChangePage {
    const first = pageSize(page.first);
    const rows = this.selectHistory.all(recordId, this.seqBefore(page.after), first + 1);
    return pageOf(rows, first);
  }

  /** Every change, newest first, filtered by author, status and the earliest instant. */
  list(query: ChangeQuery): ChangePage {
    const first = pageSize(query.first);
    const conditions = ['seq < @before'];
    const parameters: Record<string, string | number> = { before: this.seqBefore(query.after), limit: first + 1 };
    if (query.author !== undefined) {
      conditions.push('author = @author');
      parameters.author = query.author;
    }
    if (query.status !== undefined) {
      conditions.push('status = @status');
      parameters.status = query.status;
    }
    if (query.since !== undefined) {
      conditions.push('at >= @since');
      parameters.since = readInstant(query.since);
    }
    const sql = `SELECT * FROM changes WHERE ${conditions.join(' AND ')} ORDER BY seq DESC LIMIT @limit`;
    let statement = this.listStatements.get(sql);
    if (!statement) {
      statement = this.database.prepare<Record<string, string | number>, ChangeRow>(sql);
      this.listStatements.set(sql, statement);
    }
    return pageOf(statement.all(parameters), first);
  }

  /** Rows before the `after` cursor (a change id), or all of them. */
  private seqBefore(after: string | undefined): number {
    if (after === undefined) return Number.MAX_SAFE_INTEGER;
    const seq = changeSeq(after);
    if (seq === null || !this.selectOne.get(seq)) {
      throw unknownCursor(after);
    }
    return seq;
  }
}

function pageOf(rows: ChangeRow[], first: number): ChangePage {
  return { items: rows.slice(0, first).map(toChange), hasNextPage: rows.length > first };
}
