import neo4j, { isRetryableError, type Driver, type Record as Neo4jRecord } from 'neo4j-driver';
import { StoreUnavailableError } from '../errors';
import { cypher, type QueryName } from './cypherFiles';
import { DRIVER_TIMEOUTS } from './driver';
import { toStoreError } from './toStoreError';

export type QueryParams = Record<string, unknown>;

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
  constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
  ) {}

  async read(name: QueryName, params: QueryParams = {}): Promise<Neo4jRecord[]> {
    const text = cypher(name);
    const config = { timeout: DRIVER_TIMEOUTS.transactionTimeoutMs, metadata: { app: 'inquiry-graph', query: name } };
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
        () => reject(new StoreUnavailableError(`Neo4j did not answer ${name} within ${DRIVER_TIMEOUTS.queryDeadlineMs} ms`)),
        DRIVER_TIMEOUTS.queryDeadlineMs,
      );
    });
    try {
      return await Promise.race([work, deadline]);
    } catch (error) {
      // After a deadline the query may still be waiting for a dead server; its outcome is dropped.
      work.catch(() => {});
      throw toStoreError(error, name);
    } finally {
      clearTimeout(timer);
    }
  }
}

/** Integer parameter: JavaScript numbers would reach Cypher as floats, which LIMIT rejects. */
export function int(value: number): ReturnType<typeof neo4j.int> {
  return neo4j.int(Math.trunc(value));
}
