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

// A real server on the tiny fixture with a temp STATE_DIR holding one account (and API token)
// per role, and whatever changes a test records there before the server starts.

export const ROLE_NAMES: Record<Role, string> = { VIEWER: 'vera', CONTRIBUTOR: 'conor', EDITOR: 'edith', ADMIN: 'adam' };

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
 * Starts the server. `before` runs on the embedded store over the same STATE_DIR first (to
 * record changes and proposals the test needs), and is closed before the server opens it.
 */
export async function startCurationServer<T = undefined>(
  options: Partial<Pick<ServerOptions, 'review' | 'readOnly'>> = {},
  before?: (store: GraphStore & ChangeStore) => Promise<T>,
): Promise<CurationServer & { prepared: T | undefined }> {
  const stateDir = mkdtempSync(join(tmpdir(), 'curation-api-'));
  let prepared: T | undefined;
  if (before) {
    const store = await createEmbeddedStore(await loadDataset(TINY_FIXTURE), { stateDir });
    try {
      prepared = await before(store);
    } finally {
      await store.close();
    }
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
  const server = await startServer({ port: 0, dataDir: TINY_FIXTURE, stateDir, ...options });
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
