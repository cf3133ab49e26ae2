import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino, type Logger } from 'pino';
import { AccountStore, type LoginLimiter } from './auth';
import { DEFAULT_STATE_DIR, type Neo4jConfig, type ReadAccess, type TrustProxy } from './config';
import { createApolloServer } from './createApolloServer';
import { DEFAULT_DATASET_DIR } from './dataset';
import { StoreSizes, changeStoreOf } from './graphql';
import { createApp } from './http/createApp';
import { openStateDatabase } from './state';
import { openStore, type GraphStore, type OpenedStore } from './store';

export interface ServerOptions {
  port: number;
  host?: string;
  dataDir?: string;
  /**
   * Folder of the state database: accounts, sessions, and the embedded store's changes. None:
   * a private in-memory database (tests, benchmarks), nothing kept.
   */
  stateDir?: string | null;
  neo4j?: Neo4jConfig | null;
  development?: boolean;
  corsOrigins?: string[];
  logger?: Logger;
  /** An already opened store (tests, benchmarks); the server then opens none and closes this one. */
  store?: OpenedStore;
  /** `login`: every GraphQL request needs a signed-in account. */
  readAccess?: ReadAccess;
  trustProxy?: TrustProxy;
  loginLimiter?: LoginLimiter;
  /** Refuse every mutation (READ_ONLY). */
  readOnly?: boolean;
  /** `required`: a contributor's change waits for an editor (REVIEW). */
  review?: 'direct' | 'required';
}

export interface RunningServer {
  url: string;
  store: GraphStore;
  /** Stops taking requests, drains those in flight, then closes the store; once, however often called. */
  close(): Promise<void>;
}

/** Opens the store, builds the API and page, and listens; port 0 picks a free port. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const logger = options.logger ?? pino({ level: 'silent' });
  const stateDir = options.stateDir ?? null;
  const { store, vocabulary, kinds } = options.store ?? (await openStore({ dataDir: options.dataDir ?? DEFAULT_DATASET_DIR, neo4j: options.neo4j ?? null, stateDir }));
  const stateDatabase = openStateDatabase(stateDir);
  const accounts = new AccountStore(stateDatabase);
  const httpServer = createServer();
  const sizes = new StoreSizes(store);
  // Read now so the first request does not wait for the counts; a store that is down is asked again later.
  await sizes.get();
  const apollo = createApolloServer({ profile: { vocabulary, kinds }, sizes, httpServer, logger, development: options.development ?? false });
  await apollo.start();
  const curation = { changes: changeStoreOf(store), readOnly: options.readOnly ?? false, reviewRequired: options.review === 'required' };
  const app = createApp({
    apollo,
    store,
    logger,
    corsOrigins: options.corsOrigins ?? [],
    accounts,
    readAccess: options.readAccess ?? 'public',
    trustProxy: options.trustProxy ?? false,
    loginLimiter: options.loginLimiter,
    curation,
  });
  httpServer.on('request', app);
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host ?? '127.0.0.1', resolve);
  });
  // Readiness on Neo4j means every statement planned (seconds): begin now, not at the first /ready.
  store.ping().catch(() => {});
  const { port } = httpServer.address() as AddressInfo;
  const host = options.host && options.host !== '0.0.0.0' ? options.host : 'localhost';
  let closing: Promise<void> | null = null;
  return {
    url: `http://${host}:${port}`,
    store,
    close() {
      closing ??= (async () => {
        await apollo.stop();
        try {
          await store.close();
        } finally {
          stateDatabase.close();
        }
      })();
      return closing;
    },
  };
}
