import neo4j, { isRetryableError, type Driver, type Record as Neo4jRecord } from 'neo4j-driver';
import { StoreUnavailableError } from '../errors';
import type { QueryName } from './cypherFiles';
import { DRIVER_TIMEOUTS } from './driver';
import { fileStatement, type Statement } from './statement';
import { toStoreError } from './toStoreError';

export type QueryParams = Record<string, unknown>;

export interface ReadOptions {
  /** Give up after this long (default: DRIVER_TIMEOUTS.queryDeadlineMs). */
  deadlineMs?: number;
  /** Only plan the statement (EXPLAIN): nothing is read, the plan lands in the server's cache. */
  explainOnly?: boolean;
}

/**
 * Runs the named read queries of cypher/, each as ONE auto-commit transaction (session.run).
 *
 * Why not session.executeRead: a managed transaction is BEGIN, RUN + PULL, then COMMIT, three
 * socket writes and at least two waits for the server per query (measured: 3 writes against 1);
 * every statement here is a single read, so the explicit BEGIN/COMMIT buys nothing but latency.
 * What executeRead did add, retrying transient failures, is kept below: a read is idempotent,
 * so one retry on a retryable error (a pooled connection the server closed, a leader switch) is
 * safe, and it stays inside the same hard deadline.
 */
export class QueryRunner {
  /** How many reads found the database unavailable so far. */
  outages = 0;

  constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
  ) {}

  /** Runs a statement (or the one of cypher/<name>.cypher) and reads all its records. */
  async read(statement: Statement | QueryName, params: QueryParams = {}, options: ReadOptions = {}): Promise<Neo4jRecord[]> {
    const { name, text: statementText } = typeof statement === 'string' ? fileStatement(statement) : statement;
    const text = options.explainOnly === true ? `EXPLAIN ${statementText}` : statementText;
    const deadlineMs = options.deadlineMs ?? DRIVER_TIMEOUTS.queryDeadlineMs;
    const config = {
      // The server stops the transaction a little before our deadline, unless a longer one is asked.
      timeout: options.deadlineMs ?? DRIVER_TIMEOUTS.transactionTimeoutMs,
      metadata: { app: 'inquiry-graph', query: name },
    };
    const once = async (): Promise<Neo4jRecord[]> => {
      const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
      try {
        const { records } = await session.run(text, params, config);
        await session.close();
        return records;
      } catch (error) {
        // Not awaited: the session may still be waiting for a dead server.
        session.close().catch(() => {});
        throw error;
      }
    };
    const work = once().catch((error: unknown) => {
      if (!isRetryableError(error)) throw error;
      return once();
    });
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new StoreUnavailableError(`Neo4j did not answer ${name} within ${deadlineMs} ms`)),
        deadlineMs,
      );
    });
    try {
      return await Promise.race([work, deadline]);
    } catch (error) {
      // After a deadline the query may still be waiting for a dead server; its outcome is dropped.
      work.catch(() => {});
      const storeError = toStoreError(error, name);
      if (storeError instanceof StoreUnavailableError) this.outages++;
      throw storeError;
    } finally {
      clearTimeout(timer);
    }
  }
}

/** Integer parameter: JavaScript numbers would reach Cypher as floats, which LIMIT rejects. */
export function int(value: number): ReturnType<typeof neo4j.int> {
  return neo4j.int(Math.trunc(value));
}
