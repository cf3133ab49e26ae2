import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { loadDataset, type Claim, type Dataset, type Entity, type Relation } from '../../server/dataset';
import { ConflictError, type ChangeDraft, type ChangeStore, type RecordChange } from '../../server/store/ChangeStore';
import { BadInputError } from '../../server/store/errors';
import type { GraphStore } from '../../server/store/GraphStore';
import { loadDatasetIntoNeo4j } from '../../server/store/neo4j';
import { TINY_FIXTURE } from '../contract/storeContract';
import { describeWithNeo4j, openLoadedStore, query, resetDatabase } from './neo4jTestSupport';

// The Neo4j ChangeStore against a real Neo4j on the tiny data set: commits are applied and
// recorded in one transaction, a conflict anywhere leaves nothing written, history is newest
// first, redirects resolve. Each test starts from a freshly loaded data set.

type Store = GraphStore & ChangeStore;

const SMITH = 'person:a-smith';
const JONES = 'person:b-jones';
const PATEL = 'person:c-patel';
const WARNED_POLICE = 'rel:bronte-warned-police';

function claim(id: string, sourceId: string, extra: Partial<Claim> = {}): Claim {
  return { id, sourceId, locator: '¶9', date: null, note: 'A test note in our own words.', stance: 'supports', erratum: null, ...extra };
}

function draft(records: RecordChange[], extra: Partial<ChangeDraft> = {}): ChangeDraft {
  return { operation: 'updateEntity', author: 'editor-one', reason: 'test', records, revertOf: null, ...extra };
}

async function entity(store: Store, id: string): Promise<Entity> {
  const [found] = await store.entitiesByIds([id]);
  if (!found) throw new Error(`no entity ${id}`);
  return found;
}

async function relation(store: Store, id: string): Promise<Relation> {
  const [found] = await store.relationsByIds([id]);
  if (!found) throw new Error(`no relation ${id}`);
  return found;
}

/** An update of `before` with `change` applied and the version moved on. */
function update(before: Entity, change: Partial<Entity>): RecordChange {
  return { kind: 'entity', id: before.id, before, after: { ...before, ...change, version: before.version + 1 } };
}

/** Everything a change could have written, to compare before and after a refused one. */
async function snapshot(uri: string) {
  const [row] = await query<{ nodes: unknown[]; rels: unknown[] }>(
    uri,
    `CALL () { MATCH (n) WITH n ORDER BY elementId(n) RETURN collect([labels(n), properties(n)]) AS nodes }
     CALL () { MATCH ()-[r]->() WITH r ORDER BY elementId(r) RETURN collect([type(r), properties(r)]) AS rels }
     RETURN nodes, rels`,
  );
  expect(row?.nodes.length).toBeGreaterThan(10);
  return row;
}

describeWithNeo4j('Neo4j change store', (uri) => {
  let store: Store;
  let tiny: Dataset;

  beforeAll(async () => {
    tiny = await loadDataset(TINY_FIXTURE);
    store = await openLoadedStore(uri, tiny);
  });
  // A fresh data set and no changes for every test; the store (and Neo4j's plans) stay.
  beforeEach(async () => {
    await resetDatabase(uri);
    await loadDatasetIntoNeo4j({ uri }, tiny);
  });
  afterAll(async () => {
    await store?.close();
  });

  it('commits an update with a new claim: the record, its version, search, claim counts, stats and history follow', async () => {
    const before = await entity(store, SMITH);
    const [sourceBefore] = await store.sourcesByIds(['src-b']);
    const statsBefore = await store.stats();
    const added = claim('claim:test-1', 'src-b');
    const change = await store.commit(draft([update(before, { name: 'Official A. Smithson', claims: [...before.claims, added] })], { reason: 'renamed in a later report' }));

    expect(change).toMatchObject({ id: 'change:1', seq: 1, status: 'APPLIED', author: 'editor-one', reason: 'renamed in a later report', review: null });
    const after = await entity(store, SMITH);
    expect(after).toMatchObject({ name: 'Official A. Smithson', version: 2 });
    expect(after.claims.map((c) => c.id)).toEqual([...before.claims.map((c) => c.id), 'claim:test-1']);
    expect((await store.search({ text: 'Smithson', first: 5 })).map((hit) => hit.entity.id)).toContain(SMITH);
    const [sourceAfter] = await store.sourcesByIds(['src-b']);
    expect(sourceAfter?.claimCount).toBe((sourceBefore?.claimCount ?? 0) + 1);
    expect(await store.stats()).toEqual({ ...statsBefore, claims: statsBefore.claims + 1 });
    const neighborhood = await store.neighborhood({ id: SMITH, depth: 1, limit: 50 });
    expect(neighborhood.nodes.find((node) => node.id === SMITH)?.version).toBe(2);
    expect(await store.change('change:1')).toEqual(change);
    expect((await store.history(SMITH, { first: 10 })).items).toEqual([change]);
  });

  it('refuses a stale version with ConflictError naming the record and its current version', async () => {
    const before = await entity(store, SMITH);
    await store.commit(draft([update(before, { summary: 'First edit.' })]));
    const stale = store.commit(draft([update(before, { summary: 'Second edit, from a stale read.' })]));
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    await expect(store.commit(draft([update(before, { summary: 'Again.' })]))).rejects.toMatchObject({ record: SMITH, currentVersion: 2 });
    expect((await entity(store, SMITH)).summary).toBe('First edit.');
  });

  it('writes nothing when the check fails half way through a multi-record change', async () => {
    const smith = await entity(store, SMITH);
    const jones = await entity(store, JONES);
    await store.commit(draft([update(jones, { summary: 'Moved on by someone else.' })]));
    const before = await snapshot(uri);
    const refused = store.commit(
      draft([update(smith, { summary: 'Would be written first.' }), update(jones, { summary: 'Stale.' }), update(await entity(store, PATEL), { summary: 'Never.' })]),
    );
    await expect(refused).rejects.toMatchObject({ name: 'ConflictError', record: JONES, currentVersion: 2 });
    expect(await snapshot(uri)).toEqual(before);
    // The sequence did not move either: the next change is the second one.
    expect((await store.commit(draft([update(smith, { summary: 'Now.' })]))).id).toBe('change:2');
  });

  it('rolls back writes already made when a later write of the same change fails', async () => {
    const smith = await entity(store, SMITH);
    const before = await snapshot(uri);
    const dangling: Relation = { ...(await relation(store, WARNED_POLICE)), id: 'rel:to-nowhere', to: 'agency:no-such-agency', version: 1 };
    const refused = store.commit(draft([update(smith, { summary: 'Written, then rolled back.' }), { kind: 'relation', id: dangling.id, before: null, after: dangling }]));
    await expect(refused).rejects.toThrow(/load-relations: wrote 0 of 1 rows/);
    expect(await snapshot(uri)).toEqual(before);
  });

  it('refuses a create whose id is taken, and a retract of what is gone', async () => {
    const smith = await entity(store, SMITH);
    await expect(store.commit(draft([{ kind: 'entity', id: SMITH, before: null, after: smith }]))).rejects.toMatchObject({ record: SMITH, currentVersion: null });
    const warned = await relation(store, WARNED_POLICE);
    await expect(store.commit(draft([{ kind: 'relation', id: WARNED_POLICE, before: null, after: warned }]))).rejects.toMatchObject({ record: WARNED_POLICE, currentVersion: null });
    await expect(store.commit(draft([{ kind: 'source', id: 'src-z', before: { id: 'src-z', title: 'x', publisher: null, author: null, published: null, reliability: 'LOW', note: null, claimCount: 0 }, after: null }]))).rejects.toMatchObject({
      record: 'src-z',
      currentVersion: null,
    });
  });

  it('creates, moves and retracts relations; the graph, disputes and stats follow', async () => {
    const warned = await relation(store, WARNED_POLICE);
    const stats = await store.stats();
    const moved: Relation = { ...warned, to: 'agency:northtown-council', claims: [...warned.claims, claim('claim:contra', 'src-d', { stance: 'contradicts' })], disputedFields: ['occurred'], version: 2 };
    await store.commit(draft([{ kind: 'relation', id: WARNED_POLICE, before: warned, after: moved }], { operation: 'updateRelation' }));
    expect(await relation(store, WARNED_POLICE)).toEqual(moved);
    const disputes = await store.disputes();
    expect(disputes.filter((dispute) => dispute.subject.id === WARNED_POLICE).map((dispute) => dispute.field)).toEqual(['occurred']);
    expect(await store.stats()).toEqual({ ...stats, claims: stats.claims + 1, disputes: stats.disputes + 1 });
    const police = await store.relationsOf(['agency:northtown-police'], { direction: 'BOTH', first: 50 });
    expect(police[0]?.map((r) => r.id)).not.toContain(WARNED_POLICE);

    const created: Relation = { ...warned, id: 'rel:new-one', version: 1 };
    await store.commit(draft([{ kind: 'relation', id: created.id, before: null, after: created }], { operation: 'createRelation' }));
    expect(await relation(store, 'rel:new-one')).toEqual(created);

    await store.commit(draft([{ kind: 'relation', id: WARNED_POLICE, before: moved, after: null }], { operation: 'retractRelation' }));
    expect(await store.relationsByIds([WARNED_POLICE])).toEqual([null]);
    expect((await store.disputes()).filter((dispute) => dispute.subject.id === WARNED_POLICE)).toEqual([]);
    expect(await store.stats()).toEqual({ ...stats, relations: stats.relations, claims: stats.claims });
  });

  it('creates an entity with its kind label and retracts it', async () => {
    const created: Entity = { ...(await entity(store, SMITH)), id: 'person:new-person', name: 'A New Official', aliases: [], version: 1 };
    await store.commit(draft([{ kind: 'entity', id: created.id, before: null, after: created }], { operation: 'createEntity' }));
    expect(await entity(store, created.id)).toEqual(created);
    expect(await query(uri, 'MATCH (p:Person:Entity {id: $id}) RETURN p.id AS id', { id: created.id })).toEqual([{ id: created.id }]);
    await store.commit(draft([{ kind: 'entity', id: created.id, before: created, after: null }], { operation: 'retractEntity' }));
    expect(await store.entitiesByIds([created.id])).toEqual([null]);
  });

  it('lists history and changes newest first, in pages, filtered by author, status and time', async () => {
    let smith = await entity(store, SMITH);
    const made = [];
    for (const [index, author] of ['ann', 'bob', 'ann'].entries()) {
      made.push(await store.commit(draft([update(smith, { summary: `Edit ${index}.` })], { author })));
      smith = await entity(store, SMITH);
    }
    const jones = await store.commit(draft([update(await entity(store, JONES), { summary: 'Other.' })], { author: 'bob' }));
    const proposal = await store.propose(draft([update(smith, { summary: 'Proposed.' })], { author: 'cy' }));

    const first = await store.history(SMITH, { first: 2 });
    expect(first.items.map((c) => c.id)).toEqual([proposal.id, made[2]?.id]);
    expect(first.hasNextPage).toBe(true);
    const second = await store.history(SMITH, { first: 2, after: first.items[1]?.id });
    expect(second).toEqual({ items: [made[1], made[0]], hasNextPage: false });

    expect((await store.changes({ first: 10 })).items.map((c) => c.seq)).toEqual([5, 4, 3, 2, 1]);
    expect((await store.changes({ first: 10, author: 'bob' })).items.map((c) => c.id)).toEqual([jones.id, made[1]?.id]);
    expect((await store.changes({ first: 10, status: 'PENDING' })).items.map((c) => c.id)).toEqual([proposal.id]);
    expect((await store.changes({ first: 10, since: jones.at })).items.map((c) => c.id)).toEqual([proposal.id, jones.id]);
    expect((await store.changes({ first: 2, after: 'change:3' })).items.map((c) => c.id)).toEqual(['change:2', 'change:1']);
    await expect(store.changes({ first: 2, after: 'person:a-smith' })).rejects.toBeInstanceOf(BadInputError);
    await expect(store.changes({ first: 2, since: 'yesterday' })).rejects.toBeInstanceOf(BadInputError);
  });

  it('proposes without touching the graph; settling applies or rejects it, and a conflict leaves it pending', async () => {
    const smith = await entity(store, SMITH);
    const proposal = await store.propose(draft([update(smith, { summary: 'Proposed edit.' })], { author: 'contributor' }));
    expect(proposal.status).toBe('PENDING');
    expect((await entity(store, SMITH)).summary).toBe(smith.summary);

    const accepted = await store.settle(proposal.id, { accept: true, reviewer: 'editor', comment: 'Fine.' });
    expect(accepted).toMatchObject({ id: proposal.id, seq: proposal.seq, status: 'APPLIED', review: { reviewer: 'editor', comment: 'Fine.' } });
    expect(await entity(store, SMITH)).toMatchObject({ summary: 'Proposed edit.', version: 2 });
    await expect(store.settle(proposal.id, { accept: false, reviewer: 'editor', comment: 'Again?' })).rejects.toBeInstanceOf(BadInputError);
    await expect(store.settle('change:999', { accept: true, reviewer: 'editor', comment: '' })).rejects.toBeInstanceOf(BadInputError);

    const stale = await store.propose(draft([update(smith, { summary: 'Proposed on version 1.' })]));
    await expect(store.settle(stale.id, { accept: true, reviewer: 'editor', comment: '' })).rejects.toMatchObject({ record: SMITH, currentVersion: 2 });
    expect((await store.change(stale.id))?.status).toBe('PENDING');
    const rejected = await store.settle(stale.id, { accept: false, reviewer: 'editor', comment: 'Out of date.' });
    expect(rejected).toMatchObject({ status: 'REJECTED', review: { reviewer: 'editor', comment: 'Out of date.' } });
    expect((await entity(store, SMITH)).summary).toBe('Proposed edit.');
  });

  it('follows redirects, transitively, in entitiesByIds only', async () => {
    const jones = await entity(store, JONES);
    const patel = await entity(store, PATEL);
    const joined = [
      ...(await store.relationsOf([JONES], { direction: 'BOTH', first: 100 }))[0]!.map((r): RecordChange => ({ kind: 'relation', id: r.id, before: r, after: null })),
      ...(await store.relationsOf([PATEL], { direction: 'BOTH', first: 100 }))[0]!.map((r): RecordChange => ({ kind: 'relation', id: r.id, before: r, after: null })),
    ];
    const uniqueJoined = joined.filter((record, index) => joined.findIndex((other) => other.id === record.id) === index);
    await store.commit(
      draft(
        [
          ...uniqueJoined,
          { kind: 'entity', id: JONES, before: jones, after: null },
          { kind: 'redirect', id: JONES, before: null, after: { id: JONES, to: PATEL } },
        ],
        { operation: 'mergeEntities' },
      ),
    );
    await store.commit(
      draft(
        [
          { kind: 'entity', id: PATEL, before: patel, after: null },
          { kind: 'redirect', id: PATEL, before: null, after: { id: PATEL, to: SMITH } },
        ],
        { operation: 'mergeEntities' },
      ),
    );
    expect((await store.entitiesByIds([JONES, 'person:nobody', PATEL, SMITH])).map((found) => found?.id ?? null)).toEqual([SMITH, null, SMITH, SMITH]);
    expect((await store.search({ text: 'Jones', first: 10 })).map((hit) => hit.entity.id)).not.toContain(JONES);
    await expect(store.commit(draft([{ kind: 'redirect', id: JONES, before: null, after: { id: JONES, to: SMITH } }]))).rejects.toMatchObject({ record: JONES });
    expect((await store.history(JONES, { first: 10 })).items.map((c) => c.id)).toEqual(['change:1']);
  });

  it('refuses records it cannot write safely before touching the database', async () => {
    const smith = await entity(store, SMITH);
    await expect(store.commit(draft([]))).rejects.toBeInstanceOf(BadInputError);
    await expect(store.commit(draft([update(smith, { kind: 'Person:Admin' as Entity['kind'] })]))).rejects.toThrow(/unknown kind/);
    const warned = await relation(store, WARNED_POLICE);
    await expect(store.commit(draft([{ kind: 'relation', id: warned.id, before: warned, after: { ...warned, type: 'NOT_A_TYPE', version: 2 } }]))).rejects.toThrow(/NOT_A_TYPE.*not in the vocabulary/);
  });
});
