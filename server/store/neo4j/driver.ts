import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConfig } from '../../config';
import { QUERY_DEADLINE_MS } from '../deadline';

// Short timeouts everywhere: a dead or hung database must turn into STORE_UNAVAILABLE within
// seconds (README, API), never a hanging request. The store adds a hard deadline on top
// (QUERY_DEADLINE_MS), because connect time plus the driver's retries could otherwise add up.

export const DRIVER_TIMEOUTS = {
  /** Establishing a TCP/Bolt connection. */
  connectionTimeoutMs: 3_000,
  /** Waiting for a free connection in the pool. */
  connectionAcquisitionTimeoutMs: 3_000,
  /** Server-side limit of every read transaction. */
  transactionTimeoutMs: 4_000,
  /** Whatever happens, a store call gives up (StoreUnavailableError) after this. */
  queryDeadlineMs: QUERY_DEADLINE_MS,
} as const;

/** A driver with the store's timeouts; integers come back as JavaScript numbers. */
export function createDriver(config: Neo4jConfig): Driver {
  const auth = config.user !== undefined && config.user !== '' ? neo4j.auth.basic(config.user, config.password ?? '') : undefined;
  return neo4j.driver(config.uri, auth, {
    connectionTimeout: DRIVER_TIMEOUTS.connectionTimeoutMs,
    connectionAcquisitionTimeout: DRIVER_TIMEOUTS.connectionAcquisitionTimeoutMs,
    // Counts, degrees and positions are far below 2^53.
    disableLosslessIntegers: true,
    // No query of ours reads notifications (deprecations, performance hints); turning them off
    // spares the server computing them and every answer carrying them.
    notificationFilter: { minimumSeverityLevel: 'OFF' },
    // Every query's records are all read into memory anyway, so pulling them in batches of
    // 1,000 (the default) would only add a round trip per batch on big answers (knowledge,
    // timeline at 100k): one PULL for everything.
    fetchSize: -1,
    userAgent: 'inquiry-graph',
  });
}
