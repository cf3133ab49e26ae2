import type { Driver } from 'neo4j-driver';
import type { Neo4jConfig } from '../../config';
import type { ChangeStore } from '../ChangeStore';
import type { GraphStore } from '../GraphStore';
import { createDriver } from './driver';
import { Neo4jStore } from './Neo4jStore';

export { loadDatasetIntoNeo4j, applyNeo4jSchema, RecordedChangesError, checkLoadable, loadRows, type LoadOptions, type LoadSummary } from './load';
export { createDriver, DRIVER_TIMEOUTS } from './driver';
export { toStoreError } from './toStoreError';
export { buildSearchQuery } from './searchQuery';

/**
 * The GraphStore (and ChangeStore) on Neo4j. Does not contact the database: the first query (or ping) does, and
 * reports StoreUnavailableError when it does not answer.
 */
export async function createNeo4jStore(config: Neo4jConfig): Promise<GraphStore & ChangeStore> {
  return new Neo4jStore(createDriver(config), config.database);
}

/** The store on a driver the caller owns the configuration of (close() still closes it). */
export function createNeo4jStoreWithDriver(driver: Driver, database?: string): GraphStore & ChangeStore {
  return new Neo4jStore(driver, database);
}
