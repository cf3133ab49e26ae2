import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseFuzzyDate, type Claim, type Dataset, type Entity, type Relation, type Source } from '../../server/dataset';
import { ConflictError, type ChangeDraft, type ChangeStore, type RecordChange } from '../../server/store/ChangeStore';
import { BadInputError } from '../../server/store/errors';
import type { GraphStore } from '../../server/store/GraphStore';
import { ids } from './storeContract';

// The ChangeStore contract: one suite, run unchanged against every store, on the tiny fixture
// (tests/fixtures/tiny: 13 entities, 21 relations, 4 sources, 43 claims, 5 disputes). Drafts are
// written by hand here, as server/curation/ would decide them, so only the store is under test:
// it must write each record as it is, refuse what moved, and keep every change.

export type ChangeStoreOpener = () => Promise<{ store: GraphStore & ChangeStore; dataset: Dataset }>;

const BASE_STATS = { entities: 13, relations: 21, sources: 4, claims: 43, disputes: 5 };

const claim = (id: string, sourceId: string, locator: string, edtf: string | null = null): Claim => ({
  id,
  sourceId,
  locator,
  date: edtf === null ? null : parseFuzzyDate(edtf),
  note: 'Written for the change contract.',
  stance: 'supports',
  erratum: null,
});

const newPerson = (id: string, name: string, claims: Claim[] = [claim(`${id}/src-d/¶1`, 'src-d', '¶1')]): Entity => ({
  id,
  kind: 'Person',
  name,
  aliases: [],
  summary: `${name}, a person added by the change contract.`,
  date: null,
  figures: [],
  claims,
  disputedFields: [],
  version: 1,
});

const draft = (operation: ChangeDraft['operation'], records: RecordChange[], author = 'editor-one'): ChangeDraft => ({
  operation,
  author,
  reason: `contract: ${operation}`,
  records,
  revertOf: null,
});

/** Defines the ChangeStore contract for one store; each test gets a store freshly opened on the tiny fixture. */
export function describeChangeContract(storeName: string, openStore: ChangeStoreOpener): void {
  describe(`change contract [${storeName}]`, () => {
    let store: GraphStore & ChangeStore;

    beforeEach(async () => {
      ({ store } = await openStore());
    });
    afterEach(async () => {
      await store?.close();
    });

    const read = async (id: string): Promise<Entity> => {
      const [found] = await store.entitiesByIds([id]);
      if (!found) throw new Error(`the tiny fixture has no entity ${id}`);
      return found;
    };
    const readRelation = async (id: string): Promise<Relation> => {
      const [found] = await store.relationsByIds([id]);
      if (!found) throw new Error(`the tiny fixture has no relation ${id}`);
      return found;
    };
    const source = async (id: string): Promise<Source | null> => (await store.sourcesByIds([id]))[0] ?? null;
    const renameSmith = async (name: string, before?: Entity) => {
      const current = before ?? (await read('person:a-smith'));
      const after = { ...current, name, version: current.version + 1 };
      return draft('updateEntity', [{ kind: 'entity', id: current.id, before: current, after }]);
    };
    /** Expects `promise` to fail with ConflictError on `record` at `currentVersion`. */
    const expectConflict = async (promise: Promise<unknown>, record: string, currentVersion: number | null) => {
      const error = await promise.then(() => null, (caught: unknown) => caught);
      expect(error).toBeInstanceOf(ConflictError);
      expect(error).toMatchObject({ record, currentVersion });
    };

    describe('commit', () => {
      it('creates an entity: recorded as APPLIED, and every read sees it', async () => {
        const person = newPerson('person:d-okafor', 'Inspector D. Okafor');
        const before = (await source('src-d'))?.claimCount ?? 0;
        const change = await store.commit(draft('createEntity', [{ kind: 'entity', id: person.id, before: null, after: person }]));

        expect(change).toMatchObject({ operation: 'createEntity', author: 'editor-one', reason: 'contract: createEntity', status: 'APPLIED', review: null, revertOf: null });
        expect(change.id).toBe(`change:${change.seq}`);
        expect(change.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
        expect(change.records).toEqual([{ kind: 'entity', id: person.id, before: null, after: person }]);
        expect(await store.change(change.id)).toEqual(change);

        expect(await store.entitiesByIds([person.id])).toEqual([person]);
        expect((await store.search({ text: 'Okafor', first: 5 })).map((hit) => hit.entity.id)).toEqual([person.id]);
        expect((await store.listEntities({ kind: 'Person', first: 50 })).items.map((entity) => entity.id)).toContain(person.id);
        expect(await store.stats()).toEqual({ ...BASE_STATS, entities: 14, claims: 44 });
        expect((await source('src-d'))?.claimCount).toBe(before + 1);
      });

      it('updates an entity: the new version replaces the old in search and the timeline', async () => {
        const smith = await read('person:a-smith');
        expect(smith.version).toBe(1);
        const after: Entity = { ...smith, name: 'Official A. Smithers', date: parseFuzzyDate('2001-03'), version: 2 };
        await store.commit(draft('updateEntity', [{ kind: 'entity', id: smith.id, before: smith, after }]));

        expect(await store.entitiesByIds([smith.id])).toEqual([after]);
        expect((await store.search({ text: 'Smithers', first: 5 })).map((hit) => hit.entity.id)).toEqual([smith.id]);
        const timeline = await store.timeline({ from: '2001-03-01', to: '2001-03-31', first: 50 });
        expect(timeline.find((item) => item.entity?.id === smith.id)?.entity).toEqual(after);
        const [relations] = await store.relationsOf([smith.id], { direction: 'BOTH', first: 50 });
        expect(relations?.length).toBeGreaterThan(0);
        const neighborhood = await store.neighborhood({ id: smith.id, depth: 1, limit: 50 });
        expect(neighborhood.nodes[0]).toEqual(after);
      });

      it('retracts an entity with its relation: gone from every read, counts and claim counts follow', async () => {
        const audit = await read('report:audit-1999');
        const authored = await readRelation('rel:novak-authored-audit');
        const srcB = (await source('src-b'))?.claimCount ?? 0;
        await store.commit(
          draft('retractEntity', [
            { kind: 'relation', id: authored.id, before: authored, after: null },
            { kind: 'entity', id: audit.id, before: audit, after: null },
          ]),
        );

        expect(await store.entitiesByIds([audit.id])).toEqual([null]);
        expect(await store.relationsByIds([authored.id])).toEqual([null]);
        expect(await store.relationsOf(['person:e-novak'], { direction: 'BOTH', first: 50 })).toEqual([[]]);
        expect(await store.degrees(['person:e-novak'])).toEqual([0]);
        expect(await store.search({ text: 'Northtown Audit', first: 20 })).not.toContainEqual(expect.objectContaining({ entity: audit }));
        const ids = (await store.timeline({ from: '1999', to: '1999', first: 50 })).map((item) => item.entity?.id ?? item.relation?.id);
        expect(ids).not.toContain(audit.id);
        expect(ids).not.toContain(authored.id);
        expect(await store.stats()).toEqual({ ...BASE_STATS, entities: 12, relations: 20, claims: 41 });
        expect((await source('src-b'))?.claimCount).toBe(srcB - 2);
      });

      it('creates a relation: relationsOf, degrees, the neighbourhood and knowledge see it', async () => {
        const warned: Relation = {
          id: 'rel:patel-warned-jones',
          type: 'WARNED',
          label: 'warned',
          from: 'person:c-patel',
          to: 'person:b-jones',
          role: null,
          date: parseFuzzyDate('2009-10'),
          note: null,
          claims: [claim('rel:patel-warned-jones/src-d/¶2', 'src-d', '¶2', '2009-10')],
          disputedFields: [],
          version: 1,
        };
        const knowledgeOfJones = async () =>
          (await store.knowledge({ asOf: '2009-12-31', actor: 'person:b-jones', certainty: 'CERTAIN', channels: ['DIRECT'], first: 10 }))
            .flatMap((row) => row.evidence.map((relation) => relation.id));
        expect(await knowledgeOfJones()).not.toContain(warned.id);
        const [degreeBefore] = await store.degrees(['person:b-jones']);

        await store.commit(draft('createRelation', [{ kind: 'relation', id: warned.id, before: null, after: warned }]));

        expect(await store.relationsByIds([warned.id])).toEqual([warned]);
        const [incoming] = await store.relationsOf(['person:b-jones'], { direction: 'IN', types: ['WARNED'], first: 10 });
        expect(incoming?.map((relation) => relation.id)).toContain(warned.id);
        expect(await store.degrees(['person:b-jones'])).toEqual([(degreeBefore ?? 0) + 1]);
        const around = await store.neighborhood({ id: 'person:c-patel', depth: 1, types: ['WARNED'], limit: 50 });
        expect(around.nodes.map((entity) => entity.id)).toContain('person:b-jones');
        expect(around.edges.map((edge) => edge.id)).toContain(warned.id);
        expect(await knowledgeOfJones()).toContain(warned.id);
        expect(await store.stats()).toEqual({ ...BASE_STATS, relations: 22, claims: 44 });
      });

      it('gives knowledge to actors only: a report told of something neither knows it nor passes it on, until it becomes an actor', async () => {
        const relation = (id: string, type: string, label: string, from: string, to: string, edtf: string | null): Relation => ({
          id,
          type,
          label,
          from,
          to,
          role: null,
          date: edtf === null ? null : parseFuzzyDate(edtf),
          note: null,
          claims: [claim(`${id}/src-d/¶2`, 'src-d', '¶2', edtf)],
          disputedFields: [],
          version: 1,
        });
        // A Report (not an actor kind in kinds.json) is warned, and a person holds a role at it.
        const warned = relation('rel:patel-warned-audit', 'WARNED', 'warned', 'person:c-patel', 'report:audit-1999', '2009-10');
        const role = relation('rel:novak-held-role-audit', 'HELD_ROLE', 'held a role at', 'person:e-novak', 'report:audit-1999', null);
        const knowledgeOf = async (actor: string) =>
          (await store.knowledge({ asOf: '2020-01-01', actor, certainty: 'POSSIBLE', first: 10 })).map((row) => [row.channel, row.via.id, ids(row.chain)]);
        await store.commit(
          draft('createRelation', [
            { kind: 'relation', id: warned.id, before: null, after: warned },
            { kind: 'relation', id: role.id, before: null, after: role },
          ]),
        );
        expect(await knowledgeOf('report:audit-1999')).toEqual([]);
        expect(await knowledgeOf('person:e-novak')).toEqual([]);
        const everyone = await store.knowledge({ asOf: '2020-01-01', certainty: 'POSSIBLE', first: 100 });
        expect(everyone.filter((row) => row.actor.kind === 'Report' || row.evidence.some((evidence) => evidence.id === warned.id))).toEqual([]);

        const report = await read('report:audit-1999');
        await store.commit(draft('updateEntity', [{ kind: 'entity', id: report.id, before: report, after: { ...report, kind: 'Agency', version: report.version + 1 } }]));
        expect(await knowledgeOf('report:audit-1999')).toEqual([['DIRECT', warned.id, []]]);
        expect(await knowledgeOf('person:e-novak')).toEqual([['INSTITUTIONAL', warned.id, [role.id]]]);
      });

      it('updates a relation so that its sources disagree: disputes and stats follow', async () => {
        const warned = await readRelation('rel:bronte-warned-board');
        const dated = [claim('rel:bronte-warned-board/src-d/¶3', 'src-d', '¶3', '2005'), claim('rel:bronte-warned-board/src-b/¶9', 'src-b', '¶9', '2007')];
        const after: Relation = { ...warned, claims: [...warned.claims, ...dated], disputedFields: ['date'], version: 2 };
        await store.commit(draft('updateRelation', [{ kind: 'relation', id: warned.id, before: warned, after }]));

        const dispute = (await store.disputes()).find((candidate) => candidate.subject.id === warned.id);
        expect(dispute).toEqual({ subject: { kind: 'relation', id: warned.id }, field: 'date', claims: dated });
        expect(await store.stats()).toEqual({ ...BASE_STATS, claims: 45, disputes: 6 });
        expect(await store.relationsByIds([warned.id])).toEqual([after]);
      });

      it('creates a source, which lists with no claims until one cites it', async () => {
        const created: Source = { id: 'src-e', title: 'A later review', publisher: 'Northtown Council', author: null, published: parseFuzzyDate('2016'), reliability: 'MEDIUM', note: null, claimCount: 0 };
        await store.commit(draft('createSource', [{ kind: 'source', id: created.id, before: null, after: created }]));
        expect(await store.sourcesByIds(['src-e'])).toEqual([created]);
        expect((await store.sources()).map((listed) => listed.id)).toEqual(['src-a', 'src-b', 'src-c', 'src-d', 'src-e']);

        const person = newPerson('person:f-grey', 'F. Grey', [claim('person:f-grey/src-e/¶4', 'src-e', '¶4')]);
        await store.commit(draft('createEntity', [{ kind: 'entity', id: person.id, before: null, after: person }]));
        expect((await source('src-e'))?.claimCount).toBe(1);
        expect(await store.stats()).toEqual({ ...BASE_STATS, entities: 14, sources: 5, claims: 44 });
      });

      it('follows redirects, transitively, in entitiesByIds only', async () => {
        const first = newPerson('person:dup-one', 'Duplicate Person One');
        const second = newPerson('person:dup-two', 'Duplicate Person Two');
        await store.commit(draft('createEntity', [{ kind: 'entity', id: first.id, before: null, after: first }]));
        await store.commit(draft('createEntity', [{ kind: 'entity', id: second.id, before: null, after: second }]));
        await store.commit(
          draft('mergeEntities', [
            { kind: 'entity', id: first.id, before: first, after: null },
            { kind: 'redirect', id: first.id, before: null, after: { id: first.id, to: second.id } },
          ]),
        );
        expect(await store.entitiesByIds([first.id, second.id])).toEqual([second, second]);

        const smith = await read('person:a-smith');
        await store.commit(
          draft('mergeEntities', [
            { kind: 'entity', id: second.id, before: second, after: null },
            { kind: 'redirect', id: second.id, before: null, after: { id: second.id, to: smith.id } },
          ]),
        );
        expect(await store.entitiesByIds([first.id, second.id, 'person:unknown'])).toEqual([smith, smith, null]);
        expect((await store.listEntities({ first: 100 })).items.map((entity) => entity.id)).not.toContain(first.id);
        expect((await store.search({ text: 'Duplicate Person', first: 10 })).map((hit) => hit.entity.id)).not.toContain(second.id);
        expect(await store.stats()).toEqual(BASE_STATS);

        // A merged-away id stays taken.
        await expectConflict(store.commit(draft('createEntity', [{ kind: 'entity', id: first.id, before: null, after: first }])), first.id, null);
      });
    });

    describe('conflicts: nothing is written', () => {
      const expectNothingWritten = async (changesBefore: number) => {
        expect((await store.changes({ first: 100 })).items).toHaveLength(changesBefore);
        expect(await store.stats()).toEqual(BASE_STATS);
      };

      it('refuses an update against a stale version, naming the record and its version', async () => {
        const stale = await read('person:a-smith');
        await store.commit(await renameSmith('Official A. Smithson'));
        await expectConflict(store.commit(await renameSmith('Official A. Smythe', stale)), 'person:a-smith', 2);
        expect((await read('person:a-smith')).name).toBe('Official A. Smithson');
        expect((await store.changes({ first: 100 })).items).toHaveLength(1);
      });

      it('refuses a create whose id is taken', async () => {
        const taken = newPerson('person:a-smith', 'Someone Else');
        await expectConflict(store.commit(draft('createEntity', [{ kind: 'entity', id: taken.id, before: null, after: taken }])), 'person:a-smith', null);
        const src: Source = { id: 'src-a', title: 'Another', publisher: null, author: null, published: null, reliability: 'LOW', note: null, claimCount: 0 };
        await expectConflict(store.commit(draft('createSource', [{ kind: 'source', id: 'src-a', before: null, after: src }])), 'src-a', null);
        await expectNothingWritten(0);
        expect((await read('person:a-smith')).name).toBe('Official A. Smith');
      });

      it('refuses an update or retraction of a record that is gone', async () => {
        const ghost = newPerson('person:ghost', 'Nobody');
        await expectConflict(
          store.commit(draft('updateEntity', [{ kind: 'entity', id: ghost.id, before: ghost, after: { ...ghost, version: 2 } }])),
          ghost.id,
          null,
        );
        const relation = await readRelation('rel:smith-warned-jones');
        const gone = { ...relation, id: 'rel:gone' };
        await expectConflict(store.commit(draft('retractRelation', [{ kind: 'relation', id: gone.id, before: gone, after: null }])), gone.id, null);
        await expectNothingWritten(0);
      });

      it('writes no record of a change whose later record conflicts', async () => {
        const person = newPerson('person:g-hale', 'G. Hale');
        const relation = await readRelation('rel:smith-warned-jones');
        const stale = { ...relation, version: 7 };
        await expectConflict(
          store.commit(
            draft('createEntity', [
              { kind: 'entity', id: person.id, before: null, after: person },
              { kind: 'relation', id: relation.id, before: stale, after: { ...relation, version: 8 } },
            ]),
          ),
          relation.id,
          1,
        );
        expect(await store.entitiesByIds([person.id])).toEqual([null]);
        await expectNothingWritten(0);
        expect(await store.history(person.id, { first: 10 })).toEqual({ items: [], hasNextPage: false });
      });
    });

    describe('a record touched more than once in one change', () => {
      it('updates an entity and then adds a claim to it: both steps land, counted once in history', async () => {
        const smith = await read('person:a-smith');
        const updated: Entity = { ...smith, summary: 'Chief executive, touched twice in one change.', version: 2 };
        const cited: Entity = { ...updated, claims: [...updated.claims, claim('person:a-smith/src-d/¶5', 'src-d', '¶5')], version: 3 };
        const srcD = (await source('src-d'))?.claimCount ?? 0;
        const change = await store.commit(
          draft('updateEntity', [
            { kind: 'entity', id: smith.id, before: smith, after: updated },
            { kind: 'entity', id: smith.id, before: updated, after: cited },
          ]),
        );
        expect(await store.entitiesByIds([smith.id])).toEqual([cited]);
        expect((await store.search({ text: 'touched twice', first: 5 })).map((hit) => hit.entity.id)).toEqual([smith.id]);
        expect(await store.stats()).toEqual({ ...BASE_STATS, claims: 44 });
        expect((await source('src-d'))?.claimCount).toBe(srcD + 1);
        expect((await store.history(smith.id, { first: 10 })).items).toEqual([change]);
      });

      it('creates an entity and updates it; creates another and retracts it', async () => {
        const person = newPerson('person:h-ives', 'H. Ives');
        const renamed: Entity = { ...person, name: 'Inspector H. Ives', version: 2 };
        const passing = newPerson('person:i-lowe', 'I. Lowe');
        await store.commit(
          draft('createEntity', [
            { kind: 'entity', id: person.id, before: null, after: person },
            { kind: 'entity', id: passing.id, before: null, after: passing },
            { kind: 'entity', id: person.id, before: person, after: renamed },
            { kind: 'entity', id: passing.id, before: passing, after: null },
          ]),
        );
        expect(await store.entitiesByIds([person.id, passing.id])).toEqual([renamed, null]);
        expect((await store.search({ text: 'Ives', first: 5 })).map((hit) => hit.entity.id)).toEqual([person.id]);
        expect(await store.stats()).toEqual({ ...BASE_STATS, entities: 14, claims: 44 });
      });

      it('moves a relation to another end and then changes its role', async () => {
        const warned = await readRelation('rel:smith-warned-jones');
        const moved: Relation = { ...warned, from: 'person:c-patel', version: 2 };
        const roled: Relation = { ...moved, role: 'auditor', version: 3 };
        await store.commit(
          draft('updateRelation', [
            { kind: 'relation', id: warned.id, before: warned, after: moved },
            { kind: 'relation', id: warned.id, before: moved, after: roled },
          ]),
        );
        expect(await store.relationsByIds([warned.id])).toEqual([roled]);
        const [fromSmith, fromPatel] = await store.relationsOf(['person:a-smith', 'person:c-patel'], { direction: 'OUT', types: ['WARNED'], first: 50 });
        expect(fromSmith?.map((relation) => relation.id)).not.toContain(warned.id);
        expect(fromPatel?.map((relation) => relation.id)).toContain(warned.id);
        expect(await store.stats()).toEqual(BASE_STATS);
      });

      it('refuses a later step that does not follow from the one before, writing nothing', async () => {
        const smith = await read('person:a-smith');
        const updated: Entity = { ...smith, name: 'Official A. Smithers', version: 2 };
        await expectConflict(
          store.commit(
            draft('updateEntity', [
              { kind: 'entity', id: smith.id, before: smith, after: updated },
              { kind: 'entity', id: smith.id, before: smith, after: { ...smith, name: 'Official A. Smythe', version: 2 } },
            ]),
          ),
          smith.id,
          2,
        );
        // A merge that lists the relation between its two sides once from each side retracts it twice.
        const between = await readRelation('rel:smith-warned-jones');
        await expectConflict(
          store.commit(
            draft('mergeEntities', [
              { kind: 'relation', id: between.id, before: between, after: null },
              { kind: 'relation', id: between.id, before: between, after: null },
            ]),
          ),
          between.id,
          null,
        );
        expect(await read('person:a-smith')).toEqual(smith);
        expect(await store.relationsByIds([between.id])).toEqual([between]);
        expect((await store.changes({ first: 10 })).items).toEqual([]);
        expect(await store.stats()).toEqual(BASE_STATS);
      });
    });

    describe('proposals', () => {
      it('propose records a PENDING change and leaves the graph alone', async () => {
        const proposal = await store.propose(await renameSmith('Official A. Proposed'));
        expect(proposal).toMatchObject({ status: 'PENDING', review: null });
        expect(await store.change(proposal.id)).toEqual(proposal);
        expect((await read('person:a-smith')).name).toBe('Official A. Smith');
        expect(await store.search({ text: 'Proposed', first: 5 })).toEqual([]);
        expect((await store.changes({ first: 10, status: 'PENDING' })).items).toEqual([proposal]);
        expect((await store.history('person:a-smith', { first: 10 })).items).toEqual([proposal]);
      });

      it('settle accept applies the records and keeps the review', async () => {
        const proposal = await store.propose(await renameSmith('Official A. Accepted'));
        const settled = await store.settle(proposal.id, { accept: true, reviewer: 'editor-two', comment: 'checked against src-a' });
        expect(settled).toMatchObject({ id: proposal.id, seq: proposal.seq, at: proposal.at, status: 'APPLIED', records: proposal.records });
        expect(settled.review).toMatchObject({ reviewer: 'editor-two', comment: 'checked against src-a' });
        expect(settled.review?.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
        expect(await store.change(proposal.id)).toEqual(settled);
        expect(await read('person:a-smith')).toMatchObject({ name: 'Official A. Accepted', version: 2 });
        expect((await store.search({ text: 'Accepted', first: 5 })).map((hit) => hit.entity.id)).toEqual(['person:a-smith']);
      });

      it('settle reject keeps the graph as it was', async () => {
        const proposal = await store.propose(await renameSmith('Official A. Rejected'));
        const settled = await store.settle(proposal.id, { accept: false, reviewer: 'editor-two', comment: 'no source says so' });
        expect(settled).toMatchObject({ status: 'REJECTED', review: { reviewer: 'editor-two', comment: 'no source says so' } });
        expect(await store.change(proposal.id)).toEqual(settled);
        expect(await read('person:a-smith')).toMatchObject({ name: 'Official A. Smith', version: 1 });
      });

      it('accepting a proposal that conflicts is refused, and it stays pending', async () => {
        const proposal = await store.propose(await renameSmith('Official A. Late'));
        await store.commit(await renameSmith('Official A. Early'));
        await expectConflict(store.settle(proposal.id, { accept: true, reviewer: 'editor-two', comment: 'ok' }), 'person:a-smith', 2);
        expect(await store.change(proposal.id)).toEqual(proposal);
        expect((await read('person:a-smith')).name).toBe('Official A. Early');
      });

      it('settling an unknown or settled change is BadInputError', async () => {
        const decision = { accept: true, reviewer: 'editor-two', comment: '' };
        await expect(store.settle('change:999999', decision)).rejects.toBeInstanceOf(BadInputError);
        await expect(store.settle('not-a-change', decision)).rejects.toBeInstanceOf(BadInputError);
        const applied = await store.commit(await renameSmith('Official A. Direct'));
        await expect(store.settle(applied.id, decision)).rejects.toBeInstanceOf(BadInputError);
        const rejected = await store.propose(await renameSmith('Official A. Twice'));
        await store.settle(rejected.id, { ...decision, accept: false });
        await expect(store.settle(rejected.id, decision)).rejects.toBeInstanceOf(BadInputError);
      });
    });

    describe('history and changes', () => {
      /** Four changes: alice renames Smith twice, bob creates a person, alice proposes a third name. */
      const record = async () => {
        const one = await store.commit({ ...(await renameSmith('Official A. One')), author: 'alice' });
        const person = newPerson('person:h-ives', 'H. Ives');
        const two = await store.commit(draft('createEntity', [{ kind: 'entity', id: person.id, before: null, after: person }], 'bob'));
        const three = await store.commit({ ...(await renameSmith('Official A. Three')), author: 'alice' });
        const four = await store.propose({ ...(await renameSmith('Official A. Four')), author: 'alice' });
        return [one, two, three, four] as const;
      };
      const ids = (page: { items: { id: string }[] }) => page.items.map((item) => item.id);

      it('lists every change newest first, in pages joined by the cursor', async () => {
        const [one, two, three, four] = await record();
        expect([one.seq < two.seq, two.seq < three.seq, three.seq < four.seq]).toEqual([true, true, true]);
        const all = await store.changes({ first: 10 });
        expect(all).toEqual({ items: [four, three, two, one], hasNextPage: false });

        const firstPage = await store.changes({ first: 2 });
        expect(firstPage).toEqual({ items: [four, three], hasNextPage: true });
        expect(await store.changes({ first: 2, after: three.id })).toEqual({ items: [two, one], hasNextPage: false });
        expect(await store.changes({ first: 0 })).toEqual({ items: [], hasNextPage: true });
      });

      it('filters by author, status and instant', async () => {
        const [one, two, three, four] = await record();
        expect(ids(await store.changes({ first: 10, author: 'alice' }))).toEqual([four.id, three.id, one.id]);
        expect(ids(await store.changes({ first: 1, author: 'alice', after: four.id }))).toEqual([three.id]);
        expect(ids(await store.changes({ first: 10, author: 'nobody' }))).toEqual([]);
        expect(ids(await store.changes({ first: 10, status: 'APPLIED' }))).toEqual([three.id, two.id, one.id]);
        expect(ids(await store.changes({ first: 10, status: 'PENDING', author: 'alice' }))).toEqual([four.id]);
        expect(ids(await store.changes({ first: 10, since: '2000-01-01T00:00:00Z' }))).toEqual([four.id, three.id, two.id, one.id]);
        expect(ids(await store.changes({ first: 10, since: '2999-01-01T00:00:00.000Z' }))).toEqual([]);
        const sinceTwo = await store.changes({ first: 10, since: two.at });
        expect(ids(sinceTwo).slice(0, 3)).toEqual([four.id, three.id, two.id]);
        expect(sinceTwo.items.every((change) => change.at >= two.at)).toBe(true);
      });

      it("lists a record's changes newest first, any status, in pages", async () => {
        const [one, two, three, four] = await record();
        expect(await store.history('person:a-smith', { first: 10 })).toEqual({ items: [four, three, one], hasNextPage: false });
        expect(await store.history('person:a-smith', { first: 2 })).toEqual({ items: [four, three], hasNextPage: true });
        expect(await store.history('person:a-smith', { first: 2, after: three.id })).toEqual({ items: [one], hasNextPage: false });
        expect(await store.history('person:h-ives', { first: 10 })).toEqual({ items: [two], hasNextPage: false });
        expect(await store.history('person:b-jones', { first: 10 })).toEqual({ items: [], hasNextPage: false });
      });

      it('refuses a malformed cursor or instant with BadInputError', async () => {
        await record();
        await expect(store.changes({ first: 10, after: 'nonsense' })).rejects.toBeInstanceOf(BadInputError);
        await expect(store.changes({ first: 10, after: 'change:999999' })).rejects.toBeInstanceOf(BadInputError);
        await expect(store.history('person:a-smith', { first: 10, after: 'change:x' })).rejects.toBeInstanceOf(BadInputError);
        await expect(store.changes({ first: 10, since: 'yesterday' })).rejects.toBeInstanceOf(BadInputError);
        await expect(store.changes({ first: -1 })).rejects.toBeInstanceOf(BadInputError);
      });

      it('answers null for an unknown change', async () => {
        expect(await store.change('change:424242')).toBeNull();
        expect(await store.change('nonsense')).toBeNull();
      });
    });
  });
}
