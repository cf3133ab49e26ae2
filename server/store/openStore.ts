import type { Neo4jConfig } from '../config';
import { loadDataset, type EntityKindInfo, type RelationType } from '../dataset';
import { createEmbeddedStore } from './embedded';
import { StoreUnavailableError } from './errors';
import type { GraphStore } from './GraphStore';

export interface OpenedStore {
  store: GraphStore;
  /** The relation types the API's RelationType enum is made from. */
  vocabulary: RelationType[];
  /** The kinds the API's EntityKind enum and entity types are made from. */
  kinds: EntityKindInfo[];
}

/**
 * Opens the store the configuration asks for. The embedded store is built from the data-set
 * folder and the change log in `stateDir` (in memory when there is none); Neo4j already holds its data (`npm run db:load`), and only when it does not answer
 * at start-up do we take the vocabulary and kinds from the folder, so the API can start and report
 * STORE_UNAVAILABLE rather than refuse to start.
 */
export async function openStore(options: { dataDir: string; neo4j: Neo4jConfig | null; stateDir?: string | null }): Promise<OpenedStore> {
  if (!options.neo4j) {
    const dataset = await loadDataset(options.dataDir);
    return { store: await createEmbeddedStore(dataset, { stateDir: options.stateDir ?? null }), vocabulary: dataset.vocabulary, kinds: dataset.kinds };
  }
  const { createNeo4jStore } = await import('./neo4j');
  const store = await createNeo4jStore(options.neo4j);
  try {
    const [vocabulary, kinds] = await Promise.all([store.vocabulary(), store.kinds()]);
    return { store, vocabulary, kinds };
  } catch (error) {
    if (!(error instanceof StoreUnavailableError)) throw error;
    const dataset = await loadDataset(options.dataDir);
    return { store, vocabulary: dataset.vocabulary, kinds: dataset.kinds };
  }
}
