import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANGE_RESULT, mutationCalls, prepareChanges, type Prepared } from './curationMutations';
import { START_TIMEOUT_MS, startCurationServer, type CurationBackend, type CurationServer } from './curationServer';

// Curation over real HTTP: each mutation's answer, what reads see after it, history, conflicts,
// bad input, revert and merge. The same tests run on each store (tests/api/curation.test.ts,
// tests/neo4j-int/curationHttp.test.ts).

type Data = Record<string, { change: { id: string; status: string; operation: string }; entity: { id: string; version: number } | null; relation: { id: string; version: number } | null; source: { id: string } | null }>;

/** The curation tests over HTTP on `backend`. */
export function describeCurationHttp(backend: CurationBackend): void {
  describe(`curation over HTTP (${backend.name})`, () => {
    let api: CurationServer & { prepared: Prepared | undefined };
    beforeAll(async () => {
      api = await startCurationServer(backend, {}, prepareChanges);
    }, START_TIMEOUT_MS);
    afterAll(() => api?.close());

    it('applies every mutation and answers with the change and the record as it now stands', async () => {
      const calls = mutationCalls(api.prepared!);
      const results: Record<string, unknown> = {};
      for (const [mutation, call] of Object.entries(calls)) {
        const { body } = await api.as('EDITOR', call.query, call.variables);
        expect(body.errors, mutation).toBeUndefined();
        const { change, entity, relation, source } = (body.data as Data)[mutation]!;
        expect(change.status).toBe('APPLIED');
        results[mutation] = { operation: change.operation, entity, relation, source };
      }
      expect(results).toEqual({
        createEntity: { operation: 'CREATE_ENTITY', entity: { id: 'agency:northtown-review-panel', version: 1 }, relation: null, source: null },
        updateEntity: { operation: 'UPDATE_ENTITY', entity: { id: 'person:a-smith', version: 2 }, relation: null, source: null },
        retractEntity: { operation: 'RETRACT_ENTITY', entity: null, relation: null, source: null },
        createRelation: { operation: 'CREATE_RELATION', entity: null, relation: { id: 'rel:warned-c-patel-safeguarding-board', version: 1 }, source: null },
        updateRelation: { operation: 'UPDATE_RELATION', entity: null, relation: { id: 'rel:smith-held-role-council', version: 2 }, source: null },
        retractRelation: { operation: 'RETRACT_RELATION', entity: null, relation: null, source: null },
        addClaim: { operation: 'ADD_CLAIM', entity: { id: 'person:b-jones', version: 2 }, relation: null, source: null },
        retractClaim: { operation: 'RETRACT_CLAIM', entity: { id: 'person:zoe-bronte', version: 2 }, relation: null, source: null },
        createSource: { operation: 'CREATE_SOURCE', entity: null, relation: null, source: { id: 'src-e' } },
        mergeEntities: { operation: 'MERGE_ENTITIES', entity: { id: 'person:c-patel', version: 2 }, relation: null, source: null },
        revertChange: { operation: 'REVERT_CHANGE', entity: { id: 'agency:northtown-police', version: 3 }, relation: null, source: null },
        reviewChange: { operation: 'UPDATE_ENTITY', entity: { id: 'agency:northtown-council', version: 2 }, relation: null, source: null },
      });

      // Reads see the changes: search, the retracted entity and its relation gone, the merged id resolving to the kept one.
      const { body } = await api.as(null, `{
        search(text: "Review Panel", first: 1) { entity { id } }
        lantern: entity(id: "event:operation-lantern") { id }
        conducted: relations: entity(id: "agency:northtown-police") { relations { id } }
        novak: entity(id: "person:e-novak") { id name aliases }
        src: source(id: "src-d") { claimCount }
      }`.replace('conducted: relations: ', 'conducted: '));
      expect(body.errors).toBeUndefined();
      expect(body.data).toMatchObject({
        search: [{ entity: { id: 'agency:northtown-review-panel' } }],
        lantern: null,
        novak: { id: 'person:c-patel', aliases: ['Auditor E. Novak'] },
        src: { claimCount: 3 },
      });
      const conducted = (body.data as { conducted: { relations: { id: string }[] } }).conducted.relations.map((relation) => relation.id);
      expect(conducted).not.toContain('rel:police-conducted-lantern');
    });

    it('refuses a stale version with CONFLICT naming the record and its current version', async () => {
      const update = 'mutation { updateEntity(id: "person:c-patel", version: 1, set: { name: "C. Patel" }, reason: "Stale.") { change { id } } }';
      const { body } = await api.as('EDITOR', update);
      expect(body.errors?.[0]).toMatchObject({
        message: '"person:c-patel" was changed by someone else: it is now at version 2',
        extensions: { code: 'CONFLICT', record: 'person:c-patel', currentVersion: 2 },
      });
    });

    it('refuses a claim citing an unknown source with BAD_USER_INPUT naming claims.0.source', async () => {
      const { body } = await api.as('EDITOR', `mutation($input: NewEntityInput!) { createEntity(input: $input, reason: "Test.") { change { id } } }`, {
        input: { kind: 'PERSON', name: 'Jane Doe', summary: 'A person.', claims: [{ source: 'src-zz', locator: '¶1', note: 'A note.' }] },
      });
      expect(body.errors?.[0]).toMatchObject({
        message: 'person:jane-doe › claims.0.source: unknown source "src-zz" (not in sources.json)',
        extensions: { code: 'BAD_USER_INPUT', argument: 'claims.0.source', record: 'person:jane-doe' },
      });
      expect((await api.as(null, '{ entity(id: "person:jane-doe") { id } }')).body.data).toEqual({ entity: null });
    });

    it('lists a record\'s history and everyone\'s changes, newest first, with the fields that changed', async () => {
      const { body } = await api.as(null, `{
        history(id: "person:a-smith") { items { operation author reason records { kind id created retracted fields { field before after } } } }
        changes(first: 3) { items { id operation } pageInfo { hasNextPage endCursor } }
      }`);
      expect(body.errors).toBeUndefined();
      const data = body.data as {
        history: { items: { operation: string; author: string; records: { fields: { field: string; before: string; after: string }[] }[] }[] };
        changes: { items: { id: string; operation: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
      };
      expect(data.history.items).toHaveLength(1);
      expect(data.history.items[0]).toMatchObject({ operation: 'UPDATE_ENTITY', author: 'edith', reason: 'Permission matrix.' });
      expect(data.history.items[0]!.records[0]!.fields.map((field) => field.field)).toEqual(['summary', 'version']);
      expect(JSON.parse(data.history.items[0]!.records[0]!.fields[1]!.after)).toBe(2);
      // The accepted proposal keeps its place from when it was proposed, before the server started.
      expect(data.changes.items.map((change) => change.operation)).toEqual(['REVERT_CHANGE', 'MERGE_ENTITIES', 'CREATE_SOURCE']);
      expect(data.changes.pageInfo.hasNextPage).toBe(true);
      const next = await api.as(null, `query($after: String) { changes(first: 1, after: $after) { items { operation } } }`, { after: data.changes.pageInfo.endCursor });
      expect(next.body.data).toEqual({ changes: { items: [{ operation: 'RETRACT_CLAIM' }] } });
    });

    it('links a revert and the change it undid, and refuses to revert it twice', async () => {
      const { body } = await api.as(null, `query($id: ID!) { change(id: $id) { revertedBy { operation revertOf { id } } } }`, { id: api.prepared!.applied });
      expect(body.data).toEqual({ change: { revertedBy: { operation: 'REVERT_CHANGE', revertOf: { id: api.prepared!.applied } } } });
      const again = await api.as('EDITOR', `mutation($id: ID!) { revertChange(id: $id, reason: "Twice.") { change { id } } }`, { id: api.prepared!.applied });
      expect(again.body.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', record: 'agency:northtown-police', currentVersion: 3 });
    });

    it('reverts a merge: both entities and their relations back, the merged id itself again', async () => {
      const history = await api.as(null, '{ history(id: "person:e-novak", first: 1) { items { id operation } } }');
      const [merge] = (history.body.data as { history: { items: { id: string; operation: string }[] } }).history.items;
      expect(merge?.operation).toBe('MERGE_ENTITIES');
      const { body } = await api.as('EDITOR', `mutation($id: ID!) { revertChange(id: $id, reason: "Not the same person.") { ${CHANGE_RESULT} } }`, { id: merge!.id });
      expect(body.errors).toBeUndefined();
      const after = await api.as(null, '{ novak: entity(id: "person:e-novak") { id version relations { id } } patel: entity(id: "person:c-patel") { aliases } }');
      expect(after.body.data).toEqual({ novak: { id: 'person:e-novak', version: 2, relations: [{ id: 'rel:novak-authored-audit' }] }, patel: { aliases: [] } });
    });

    it('previews a date for the forms, and names what is wrong with a bad one', async () => {
      const { body } = await api.as(null, '{ parseDate(edtf: "2009-23", text: "autumn 2009") { earliest latest text } }');
      expect(body.data).toEqual({ parseDate: { earliest: '2009-09-01', latest: '2009-11-30', text: 'autumn 2009' } });
      const bad = await api.as(null, '{ parseDate(edtf: "2009-13-45") { earliest } }');
      expect(bad.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'edtf' } });
    });
  });
}
