import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANGE_RESULT } from './curationMutations';
import { ROLE_NAMES, START_TIMEOUT_MS, startCurationServer, type CurationBackend, type CurationServer } from './curationServer';

// REVIEW=required: a contributor's change waits as a proposal until an editor settles it. The
// same tests run on each store (tests/api/review.test.ts, tests/neo4j-int/reviewHttp.test.ts).

const UPDATE = `mutation($summary: String!) { updateEntity(id: "person:a-smith", version: 1, set: { summary: $summary }, reason: "Better summary.") { ${CHANGE_RESULT} } }`;
const QUEUE = '{ changes(status: PENDING) { items { id author status } } }';

/** The review tests over HTTP on `backend`. */
export function describeReviewHttp(backend: CurationBackend): void {
  describe(`review required (${backend.name})`, () => {
    let api: CurationServer;
    beforeAll(async () => {
      api = await startCurationServer(backend, { review: 'required' });
    }, START_TIMEOUT_MS);
    afterAll(() => api?.close());

    it('keeps a contributor\'s change as a proposal, visible to editors and its author, until an editor accepts it', async () => {
      const proposed = await api.as('CONTRIBUTOR', UPDATE, { summary: 'Chief executive, 1998 to 2010.' });
      const { change, entity } = (proposed.body.data as { updateEntity: { change: { id: string; status: string }; entity: unknown } }).updateEntity;
      expect({ status: change.status, entity }).toEqual({ status: 'PENDING', entity: null });
      const summary = '{ entity(id: "person:a-smith") { summary version } }';
      expect((await api.as(null, summary)).body.data).toMatchObject({ entity: { version: 1 } });

      const queue = { changes: { items: [{ id: change.id, author: ROLE_NAMES.CONTRIBUTOR, status: 'PENDING' }] } };
      expect((await api.as('EDITOR', QUEUE)).body.data).toEqual(queue);
      expect((await api.as('CONTRIBUTOR', QUEUE)).body.data).toEqual(queue);
      expect((await api.as('VIEWER', QUEUE)).body.data).toEqual({ changes: { items: [] } });
      expect((await api.as(null, `{ change(id: "${change.id}") { id } }`)).body.data).toEqual({ change: null });

      const accepted = await api.as('EDITOR', `mutation { reviewChange(id: "${change.id}", accept: true, comment: "Matches the source.") { change { status review { reviewer comment } } entity { id version } } }`);
      expect(accepted.body.data).toEqual({
        reviewChange: { change: { status: 'APPLIED', review: { reviewer: ROLE_NAMES.EDITOR, comment: 'Matches the source.' } }, entity: { id: 'person:a-smith', version: 2 } },
      });
      expect((await api.as(null, summary)).body.data).toEqual({ entity: { summary: 'Chief executive, 1998 to 2010.', version: 2 } });
    });

    it('rejects a proposal with a comment, changing nothing; an editor\'s own change applies at once', async () => {
      const proposed = await api.as('CONTRIBUTOR', UPDATE.replace('version: 1', 'version: 2'), { summary: 'Wrong.' });
      const id = (proposed.body.data as { updateEntity: { change: { id: string } } }).updateEntity.change.id;
      const rejected = await api.as('EDITOR', `mutation { reviewChange(id: "${id}", accept: false, comment: "Not in the source.") { change { status } entity { id } } }`);
      expect(rejected.body.data).toEqual({ reviewChange: { change: { status: 'REJECTED' }, entity: null } });
      expect((await api.as(null, '{ entity(id: "person:a-smith") { version } }')).body.data).toEqual({ entity: { version: 2 } });
      const direct = await api.as('EDITOR', UPDATE.replace('version: 1', 'version: 2'), { summary: 'By an editor.' });
      expect((direct.body.data as { updateEntity: { change: { status: string } } }).updateEntity.change.status).toBe('APPLIED');
    });
  });
}
