import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AccountStore, type Role } from '../../server/auth';
import { loadDataset } from '../../server/dataset';
import { startServer, type RunningServer, type ServerOptions } from '../../server/startServer';
import { openStateDatabase } from '../../server/state';
import type { ChangeStore } from '../../server/store/ChangeStore';
import type { GraphStore } from '../../server/store/GraphStore';
import { createEmbeddedStore } from '../../server/store/embedded';
import { TINY_FIXTURE } from '../contract/storeContract';
import { postGraphQL, type GraphQLResponse } from './graphqlClient';
import { waitUntilReady } from './waitUntilReady';

// A real server on the tiny fixture, on either store, with a temp STATE_DIR holding one account
// (and API token) per role, and whatever changes a test records there before the server starts.

export const ROLE_NAMES: Record<Role, string> = { VIEWER: 'vera', CONTRIBUTOR: 'conor', EDITOR: 'edith', ADMIN: 'adam' };

/** The store a curation test runs on: the same tests run on each. */
export interface CurationBackend {
  name: 'embedded' | 'neo4j';
  /**
   * Opens the store on a clean copy of the tiny fixture (Neo4j: the database emptied and the
   * fixture loaded again), its changes kept under `stateDir`.
   */
  open(stateDir: string): Promise<GraphStore & ChangeStore>;
  /** What the server needs to open that same store. */
  serverOptions: Pick<ServerOptions, 'dataDir' | 'neo4j'>;
}

export const EMBEDDED_BACKEND: CurationBackend = {
  name: 'embedded',
  open: async (stateDir) => createEmbeddedStore(await loadDataset(TINY_FIXTURE), { stateDir }),
  serverOptions: { dataDir: TINY_FIXTURE },
};

/** Planning every statement of a cold Neo4j can take minutes on a saturated machine. */
const READY_TIMEOUT_MS = 600_000;

/** How long a beforeAll that starts a curation server may take. */
export const START_TIMEOUT_MS = READY_TIMEOUT_MS + 60_000;

export interface CurationServer {
  server: RunningServer;
  stateDir: string;
  /** A bearer token per role. */
  tokens: Record<Role, string>;
  /** POSTs a GraphQL request as `role` (anonymous when null). */
  as<T = Record<string, unknown>>(role: Role | null, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/**
 * Starts the server on `backend` and waits until it is ready. The store is first opened on a
 * clean fixture, and `before` runs on it (to record changes and proposals the test needs); it
 * is closed before the server opens the same store.
 */
export async function startCurationServer<T = undefined>(
  backend: CurationBackend,
  options: Partial<Pick<ServerOptions, 'review' | 'readOnly'>> = {},
  before?: (store: GraphStore & ChangeStore) => Promise<T>,
): Promise<CurationServer & { prepared: T | undefined }> {
  const stateDir = mkdtempSync(join(tmpdir(), 'curation-api-'));
  let prepared: T | undefined;
  const store = await backend.open(stateDir);
  try {
    if (before) prepared = await before(store);
  } finally {
    await store.close();
  }
  const database = openStateDatabase(stateDir);
  const tokens = {} as Record<Role, string>;
  try {
    const accounts = new AccountStore(database);
    for (const [role, name] of Object.entries(ROLE_NAMES) as [Role, string][]) {
      await accounts.addAccount(name, role, `${name} has a long passphrase`);
      tokens[role] = accounts.createToken(name, 'tests').token;
    }
  } finally {
    database.close();
  }
  const server = await startServer({ port: 0, stateDir, ...backend.serverOptions, ...options });
  try {
    await waitUntilReady(server.url, READY_TIMEOUT_MS);
  } catch (error) {
    await server.close();
    throw error;
  }
  return {
    server,
    stateDir,
    tokens,
    prepared,
    as: (role, query, variables) => postGraphQL(server.url, query, variables, role ? { authorization: `Bearer ${tokens[role]}` } : {}),
    async close() {
      await server.close();
      rmSync(stateDir, { recursive: true, force: true });
    },
  };
}

/** The error code of a response's first error, or "OK" when it has none. */
export function outcomeOf(response: GraphQLResponse): string {
  const code = response.body.errors?.[0]?.extensions?.code;
  return typeof code === 'string' ? code : response.body.errors ? 'ERROR' : 'OK';
}
