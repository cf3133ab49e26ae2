import { toNumber } from './records';
import type { QueryRunner } from './runner';

// Reads by id that are asked for in the same turn of the event loop go to Neo4j as ONE
// statement (cypher/records-by-ids.cypher). An edit reads the record it changes, the sources its
// claims cite and their documents side by side, and a GraphQL answer loads entities, sources and
// documents through loaders that dispatch together. Each statement is a transaction of its own
// on Neo4j, pre-parsed and handed between the server's threads, which on a busy machine is
// most of what a small read costs: a seed edit sent three reads where it now sends one.

export type IdKind = 'entity' | 'source' | 'document';

/** What Neo4j holds for one id: `value` null when it holds nothing; `redirect` for a merged-away entity id. */
export interface IdRow {
  value: unknown;
  redirect: unknown;
}

interface Waiter {
  start: number;
  count: number;
  resolve(rows: IdRow[]): void;
  reject(error: unknown): void;
}

export class IdReads {
  private asks: { kind: IdKind; id: string }[] = [];
  private waiters: Waiter[] = [];

  constructor(private readonly runner: QueryRunner) {}

  /** One row per id, in the order asked, once the batch this joins has been read. */
  read(kind: IdKind, ids: readonly string[]): Promise<IdRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    // After the code that asked (and whatever it asks for beside this) has run.
    if (this.asks.length === 0) queueMicrotask(() => void this.flush());
    return new Promise<IdRow[]>((resolve, reject) => {
      this.waiters.push({ start: this.asks.length, count: ids.length, resolve, reject });
      for (const id of ids) this.asks.push({ kind, id });
    });
  }

  private async flush(): Promise<void> {
    const { asks, waiters } = this;
    this.asks = [];
    this.waiters = [];
    try {
      const records = await this.runner.read('records-by-ids', { asks });
      const rows: IdRow[] = asks.map(() => ({ value: null, redirect: null }));
      for (const record of records) {
        const index = toNumber(record.get('i'));
        if (index !== null && index < rows.length) rows[index] = { value: record.get('value'), redirect: record.get('redirect') };
      }
      for (const waiter of waiters) waiter.resolve(rows.slice(waiter.start, waiter.start + waiter.count));
    } catch (error) {
      for (const waiter of waiters) waiter.reject(error);
    }
  }
}
