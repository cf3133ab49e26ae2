import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../server/auth';
import { ROLE_NAMES, outcomeOf, START_TIMEOUT_MS, startCurationServer, type CurationBackend, type CurationServer } from './curationServer';
import { MUTATIONS, mutationCalls, prepareChanges, type Prepared } from './curationMutations';

// Every mutation x every role and anonymous, over real HTTP with real accounts and tokens: who
// may do what (CURATION_SPEC "Roles"), and that nothing refused was written. The same tests run
// on each store (tests/api/permissions.test.ts, tests/neo4j-int/permissionsHttp.test.ts).

const EDITORS_ONLY = new Set(['revertChange', 'reviewChange']);

function expected(role: Role | null, mutation: string): string {
  if (role === null) return 'UNAUTHENTICATED';
  if (role === 'VIEWER') return 'FORBIDDEN';
  if (role === 'CONTRIBUTOR' && EDITORS_ONLY.has(mutation)) return 'FORBIDDEN';
  return 'OK';
}

/** What a reader sees of the graph and its history: the same before and after refused writes. */
const SNAPSHOT = `{
  stats { entities relations sources claims disputes }
  entities(first: 100) { edges { node { id version } } }
  applied: changes(first: 100) { items { id status } }
  pending: changes(first: 100, status: PENDING) { items { id status } }
}`;

/** The permission matrix and the read-only deployment over HTTP on `backend`. */
export function describePermissionsHttp(backend: CurationBackend): void {
  describe.each([null, 'VIEWER', 'CONTRIBUTOR', 'EDITOR', 'ADMIN'] as const)(`every mutation as %s (${backend.name})`, (role) => {
    let api: CurationServer & { prepared: Prepared | undefined };
    beforeAll(async () => {
      api = await startCurationServer(backend, {}, prepareChanges);
    }, START_TIMEOUT_MS);
    afterAll(() => api?.close());

    it('is allowed or refused as the roles say, and a refused one writes nothing', async () => {
      const calls = mutationCalls(api.prepared!);
      const outcomes: Record<string, string> = {};
      for (const mutation of MUTATIONS) {
        const before = await api.as('ADMIN', SNAPSHOT);
        const response = await api.as(role, calls[mutation].query, calls[mutation].variables);
        outcomes[mutation] = outcomeOf(response);
        if (outcomes[mutation] === 'OK') {
          const result = (response.body.data as Record<string, { change: { status: string; author: string } }>)[mutation]!;
          // An accepted proposal stays its author's; every other change is the caller's.
          expect(result.change).toMatchObject({ status: 'APPLIED', author: mutation === 'reviewChange' ? ROLE_NAMES.CONTRIBUTOR : ROLE_NAMES[role!] });
        } else {
          expect(response.body.data?.[mutation] ?? null).toBeNull();
          expect((await api.as('ADMIN', SNAPSHOT)).body).toEqual(before.body);
        }
      }
      expect(outcomes).toEqual(Object.fromEntries(MUTATIONS.map((mutation) => [mutation, expected(role, mutation)])));
    });
  });

  describe(`a read-only deployment (${backend.name})`, () => {
    let api: CurationServer;
    beforeAll(async () => {
      api = await startCurationServer(backend, { readOnly: true }, prepareChanges);
    }, START_TIMEOUT_MS);
    afterAll(() => api?.close());

    it('refuses every mutation, whoever asks, with FORBIDDEN "this deployment is read-only"', async () => {
      const calls = mutationCalls((api as CurationServer & { prepared: Prepared }).prepared);
      for (const role of [null, 'ADMIN'] as const) {
        for (const mutation of MUTATIONS) {
          const response = await api.as(role, calls[mutation].query, calls[mutation].variables);
          expect(response.status).toBe(200);
          expect(response.body.errors?.[0]).toMatchObject({ message: 'this deployment is read-only', extensions: { code: 'FORBIDDEN' } });
        }
      }
    });
  });
}
