import neo4j, { type Driver, type Record as Neo4jRecord } from 'neo4j-driver';
import { StoreUnavailableError } from '../errors';
import { cypher, type QueryName } from './cypherFiles';
import { DRIVER_TIMEOUTS } from './driver';
import { toStoreError } from './toStoreError';

export type QueryParams = Record<string, unknown>;

/** Runs the named read queries of cypher/, one managed read transaction (one round trip) each. */
export class QueryRunner {
  constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
  ) {}

  async read(name: QueryName, params: QueryParams = {}): Promise<Neo4jRecord[]> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    const work = session.executeRead((tx) => tx.run(cypher(name), params), {
      timeout: DRIVER_TIMEOUTS.transactionTimeoutMs,
      metadata: { app: 'inquiry-graph', query: name },
    });
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new StoreUnavailableError(`Neo4j did not answer ${name} within ${DRIVER_TIMEOUTS.queryDeadlineMs} ms`)),
        DRIVER_TIMEOUTS.queryDeadlineMs,
      );
    });
    try {
      const result = await Promise.race([work, deadline]);
      await session.close();
      return result.records;
    } catch (error) {
      // Not awaited: after a deadline the session may still be waiting for a dead server.
      work.catch(() => {});
      session.close().catch(() => {});
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
