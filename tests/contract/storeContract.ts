import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset, Entity, Relation } from '../../server/dataset';
import { encodeCursor } from '../../server/store/cursor';
import { BadInputError } from '../../server/store/errors';
import type { GraphStore, Knowledge, KnowledgeQuery, Path, TimelineItem } from '../../server/store/GraphStore';

// The store contract: one suite, run unchanged against every GraphStore. Every expected value
// below was worked out by hand from tests/fixtures/tiny (see its README.md for which record
// exercises which rule), never by asking a store, so both stores are held to the same answers.

/** The hand-made "Northtown" data set the contract is written against. */
export const TINY_FIXTURE = join(import.meta.dirname, '../fixtures/tiny');

export type StoreOpener = () => Promise<{ store: GraphStore; dataset: Dataset }>;

export const ids = (items: readonly ({ id: string } | null)[]) => items.map((item) => item?.id ?? null);
export const pathIds = (paths: readonly Path[]) => paths.map((path) => ({ nodes: ids(path.nodes), edges: ids(path.edges) }));
/** Code-point order of two lists, element by element (shorter first on a tie). */
const compareLists = (a: readonly (string | null)[], b: readonly (string | null)[]): number => {
  for (let index = 0; index < Math.min(a.length, b.length); index++) {
    const [x, y] = [a[index] ?? '', b[index] ?? ''];
    if (x !== y) return x < y ? -1 : 1;
  }
  return a.length - b.length;
};
export const timelineIds = (items: readonly TimelineItem[]) => items.map((item) => item.entity?.id ?? item.relation?.id);
/** An entity without what a read asked to skip claims may leave out. */
const withoutClaims = ({ claims: _claims, figures: _figures, ...rest }: Entity) => rest;
/** What a read asked for names only must answer. */
const ref = ({ id, kind, name }: Entity) => ({ id, kind, name });
const knowledgeRows = (rows: readonly Knowledge[]) => rows.map((row) => [row.actor.id, row.via.id, row.certainty]);

/** Every entity of the tiny set, ordered by id. */
const ALL_ENTITY_IDS = [
  'agency:northtown-council',
  'agency:northtown-police',
  'agency:safeguarding-board',
  'event:meeting-2009',
  'event:operation-lantern',
  'person:a-smith',
  'person:b-jones',
  'person:c-patel',
  'person:e-novak',
  'person:zoe-bronte',
  'report:audit-1999',
  'report:northtown-2014',
  'report:risk-2003',
];

/** Every dated entity and relation in timeline order (earliest, open start first; latest; id). */
const FULL_TIMELINE = [
  'rel:bronte-warned-council', // ../2008: open start first
  'report:audit-1999', // 1999-01-01..1999-12-31
  'rel:jones-held-role-council-cabinet', // 1999-01-01..2003-12-31 (same start, later end)
  'rel:novak-authored-audit',
  'rel:smith-held-role-council',
  'agency:safeguarding-board', // 2002-01-01..2002-12-31
  'rel:patel-held-role-police', // 2002/..: same start, open end last
  'rel:jones-held-role-council',
  'rel:bronte-authored-risk', // same span as report:risk-2003: "rel:" < "report:"
  'report:risk-2003',
  'rel:risk-presented-to-police',
  'event:operation-lantern', // three items on 2004-11/2005-03, by id
  'rel:bronte-warned-police',
  'rel:police-conducted-lantern',
  'rel:police-referred-to-board', // 2008~
  'rel:risk-presented-to-council',
  'event:meeting-2009', // six items in autumn 2009, by id
  'rel:board-warned-smith',
  'rel:jones-attended-meeting',
  'rel:patel-attended-meeting',
  'rel:patel-warned-smith',
  'rel:smith-attended-meeting',
  'rel:smith-warned-jones',
  'rel:council-commissioned-inquiry',
  'report:northtown-2014',
  'rel:jones-resigned-after-inquiry',
];

/** What overlaps autumn 2009 (or any part of October 2009). */
const AUTUMN_2009 = [
  'rel:smith-held-role-council',
  'rel:patel-held-role-police',
  'rel:jones-held-role-council',
  'event:meeting-2009',
  'rel:board-warned-smith',
  'rel:jones-attended-meeting',
  'rel:patel-attended-meeting',
  'rel:patel-warned-smith',
  'rel:smith-attended-meeting',
];

/** Paths from person:c-patel to person:b-jones of length 2 and 3, in contract order. */
const PATEL_TO_JONES = [
  {
    nodes: ['person:c-patel', 'event:meeting-2009', 'person:b-jones'],
    edges: ['rel:patel-attended-meeting', 'rel:jones-attended-meeting'],
  },
  {
    nodes: ['person:c-patel', 'person:a-smith', 'person:b-jones'],
    edges: ['rel:patel-warned-smith', 'rel:smith-warned-jones'],
  },
  {
    nodes: ['person:c-patel', 'event:meeting-2009', 'person:a-smith', 'person:b-jones'],
    edges: ['rel:patel-attended-meeting', 'rel:smith-attended-meeting', 'rel:smith-warned-jones'],
  },
  {
    nodes: ['person:c-patel', 'person:a-smith', 'agency:northtown-council', 'person:b-jones'],
    edges: ['rel:patel-warned-smith', 'rel:smith-held-role-council', 'rel:jones-held-role-council'],
  },
  {
    // Same entities as the one before: parallel relations order by relation id.
    nodes: ['person:c-patel', 'person:a-smith', 'agency:northtown-council', 'person:b-jones'],
    edges: ['rel:patel-warned-smith', 'rel:smith-held-role-council', 'rel:jones-held-role-council-cabinet'],
  },
  {
    nodes: ['person:c-patel', 'person:a-smith', 'event:meeting-2009', 'person:b-jones'],
    edges: ['rel:patel-warned-smith', 'rel:smith-attended-meeting', 'rel:jones-attended-meeting'],
  },
];

/** The eight paths of length 4 between the same two people, in contract order. */
const PATEL_TO_JONES_4 = [
  {
    nodes: ['person:c-patel', 'agency:northtown-police', 'agency:safeguarding-board', 'person:a-smith', 'person:b-jones'],
    edges: ['rel:patel-held-role-police', 'rel:police-referred-to-board', 'rel:board-warned-smith', 'rel:smith-warned-jones'],
  },
  {
    nodes: ['person:c-patel', 'agency:northtown-police', 'person:zoe-bronte', 'agency:northtown-council', 'person:b-jones'],
    edges: ['rel:patel-held-role-police', 'rel:bronte-warned-police', 'rel:bronte-warned-council', 'rel:jones-held-role-council'],
  },
  {
    nodes: ['person:c-patel', 'agency:northtown-police', 'person:zoe-bronte', 'agency:northtown-council', 'person:b-jones'],
    edges: ['rel:patel-held-role-police', 'rel:bronte-warned-police', 'rel:bronte-warned-council', 'rel:jones-held-role-council-cabinet'],
  },
  {
    nodes: ['person:c-patel', 'agency:northtown-police', 'report:risk-2003', 'agency:northtown-council', 'person:b-jones'],
    edges: ['rel:patel-held-role-police', 'rel:risk-presented-to-police', 'rel:risk-presented-to-council', 'rel:jones-held-role-council'],
  },
  {
    nodes: ['person:c-patel', 'agency:northtown-police', 'report:risk-2003', 'agency:northtown-council', 'person:b-jones'],
    edges: ['rel:patel-held-role-police', 'rel:risk-presented-to-police', 'rel:risk-presented-to-council', 'rel:jones-held-role-council-cabinet'],
  },
  {
    nodes: ['person:c-patel', 'event:meeting-2009', 'person:a-smith', 'agency:northtown-council', 'person:b-jones'],
    edges: ['rel:patel-attended-meeting', 'rel:smith-attended-meeting', 'rel:smith-held-role-council', 'rel:jones-held-role-council'],
  },
  {
    nodes: ['person:c-patel', 'event:meeting-2009', 'person:a-smith', 'agency:northtown-council', 'person:b-jones'],
    edges: ['rel:patel-attended-meeting', 'rel:smith-attended-meeting', 'rel:smith-held-role-council', 'rel:jones-held-role-council-cabinet'],
  },
  {
    nodes: ['person:c-patel', 'person:a-smith', 'agency:northtown-council', 'report:northtown-2014', 'person:b-jones'],
    edges: ['rel:patel-warned-smith', 'rel:smith-held-role-council', 'rel:council-commissioned-inquiry', 'rel:jones-resigned-after-inquiry'],
  },
];

/** The first of the 17 paths of length 5 between the same two people, in contract order. */
const PATEL_TO_JONES_5_FIRST = {
  nodes: ['person:c-patel', 'agency:northtown-police', 'agency:safeguarding-board', 'person:a-smith', 'agency:northtown-council', 'person:b-jones'],
  edges: ['rel:patel-held-role-police', 'rel:police-referred-to-board', 'rel:board-warned-smith', 'rel:smith-held-role-council', 'rel:jones-held-role-council'],
};

/** How many simple paths of each length join person:c-patel and person:b-jones (none is shorter than 2). */
const PATEL_TO_JONES_BY_LENGTH: Record<number, number> = { 1: 0, 2: 2, 3: 4, 4: 8, 5: 17, 6: 24 };

/** Defines the store contract suite for one store, run against the tiny fixture. */
export function describeStoreContract(storeName: string, openStore: StoreOpener): void {
  describe(`store contract [${storeName}]`, () => {
    let store: GraphStore;
    let dataset: Dataset;
    const entity = (id: string): Entity => dataset.entities.find((candidate) => candidate.id === id) as Entity;
    const relation = (id: string): Relation => dataset.relations.find((candidate) => candidate.id === id) as Relation;

    beforeAll(async () => {
      ({ store, dataset } = await openStore());
    });
    afterAll(async () => {
      await store?.close();
    });

    describe('basics', () => {
      it('answers ping and names itself', async () => {
        await expect(store.ping()).resolves.toBeUndefined();
        expect(['embedded', 'neo4j']).toContain(store.name);
      });

      it('counts entities, relations, sources, claims (entities + figures + relations) and disputes', async () => {
        expect(await store.stats()).toEqual({ entities: 13, relations: 21, sources: 4, claims: 43, disputes: 5 });
      });

      it('gives the vocabulary ordered by type, with the knowledge carriers flagged', async () => {
        const vocabulary = await store.vocabulary();
        expect(vocabulary.map((type) => type.type)).toEqual([
          'ATTENDED', 'AUTHORED', 'COMMISSIONED', 'CONDUCTED', 'HELD_ROLE',
          'INSPECTED', 'PRESENTED_TO', 'REFERRED_TO', 'RESIGNED_AFTER', 'WARNED',
        ]);
        expect(vocabulary.filter((type) => type.carriesKnowledge).map((type) => type.type)).toEqual(['PRESENTED_TO', 'WARNED']);
        expect(vocabulary.find((type) => type.type === 'WARNED')).toEqual(dataset.vocabulary.find((type) => type.type === 'WARNED'));
      });

      it('gives the kinds in the order of kinds.json, and what the data set is about', async () => {
        expect(await store.kinds()).toEqual(dataset.kinds);
        expect((await store.kinds()).filter((kind) => kind.actor).map((kind) => kind.kind)).toEqual(['Person', 'Agency']);
        expect(await store.datasetInfo()).toEqual({
          title: 'Northtown inquiry (fictional)',
          description: dataset.info.description,
          period: { edtf: '2001/2014', text: '2001–2014', earliest: '2001-01-01', latest: '2014-12-31' },
        });
      });
    });

    describe('entitiesByIds and relationsByIds', () => {
      it('returns entities in the order asked, whole, with null for unknown ids', async () => {
        const found = await store.entitiesByIds(['person:zoe-bronte', 'person:nobody', 'agency:northtown-police', 'person:zoe-bronte']);
        expect(ids(found)).toEqual(['person:zoe-bronte', null, 'agency:northtown-police', 'person:zoe-bronte']);
        expect(found[0]).toEqual(entity('person:zoe-bronte'));
        expect(found[0]?.name).toBe('Zoë Brontë');
        expect(found[2]).toEqual(entity('agency:northtown-police'));
      });

      it('keeps dates, figures, claims and disputed fields of an entity', async () => {
        const [risk, inquiry, meeting, council] = await store.entitiesByIds([
          'report:risk-2003', 'report:northtown-2014', 'event:meeting-2009', 'agency:northtown-council',
        ]);
        expect(risk).toEqual(entity('report:risk-2003'));
        expect(risk?.disputedFields).toEqual(['date', 'figure:children at risk']);
        expect(risk?.figures.map((figure) => [figure.value, figure.qualifier])).toEqual([[18, 'exactly'], [20, 'about']]);
        expect(inquiry?.disputedFields).toEqual(['date']);
        expect(inquiry?.date).toEqual({ edtf: '2014-08-26', earliest: '2014-08-26', latest: '2014-08-26', text: '26 August 2014' });
        // An erratum claim with another date does not make a dispute.
        expect(meeting?.disputedFields).toEqual([]);
        expect(meeting?.claims.map((claim) => claim.erratum !== null)).toEqual([false, true]);
        expect(council?.aliases).toEqual(['Northtown Metropolitan Borough Council']);
        expect(council?.date).toBeNull();
      });

      it('gives every claim its data-set id, the same where a dispute repeats it', async () => {
        const [risk] = await store.entitiesByIds(['report:risk-2003']);
        const expected = entity('report:risk-2003');
        expect(risk?.claims.map((claim) => claim.id)).toEqual(expected.claims.map((claim) => claim.id));
        expect(risk?.figures.flatMap((figure) => figure.claims.map((claim) => claim.id))).toEqual(expected.figures.flatMap((figure) => figure.claims.map((claim) => claim.id)));
        const dispute = (await store.disputes()).find((candidate) => candidate.subject.id === 'report:risk-2003' && candidate.field === 'date');
        expect(dispute?.claims.every((claim) => risk?.claims.some((own) => own.id === claim.id))).toBe(true);
      });

      it('returns relations in the order asked, whole, with null for unknown ids', async () => {
        const found = await store.relationsByIds(['rel:smith-warned-jones', 'rel:nope', 'rel:bronte-warned-board']);
        expect(ids(found)).toEqual(['rel:smith-warned-jones', null, 'rel:bronte-warned-board']);
        expect(found[0]).toEqual(relation('rel:smith-warned-jones'));
        expect(found[0]?.claims.map((claim) => claim.stance)).toEqual(['supports', 'contradicts']);
        expect(found[2]?.date).toBeNull();
        const [role] = await store.relationsByIds(['rel:patel-held-role-police']);
        expect(role).toEqual(relation('rel:patel-held-role-police'));
        expect(role?.role).toBe('child protection officer');
        expect(role?.date).toEqual({ edtf: '2002/..', earliest: '2002-01-01', latest: null, text: 'from 2002' });
      });
    });

    describe('listEntities', () => {
      it('lists every entity ordered by id', async () => {
        const page = await store.listEntities({ first: 50 });
        expect(ids(page.items)).toEqual(ALL_ENTITY_IDS);
        expect(page).toMatchObject({ totalCount: 13, hasNextPage: false, endCursor: encodeCursor('report:risk-2003') });
      });

      it('answers degrees with the page when asked, and the same page when asked to skip claims', async () => {
        const agencies = await store.listEntities({ kind: 'Agency', first: 2, withDegrees: true, skipClaims: true });
        expect(ids(agencies.items)).toEqual(['agency:northtown-council', 'agency:northtown-police']);
        expect(agencies.degrees).toEqual([6, 5]);
        const whole = await store.listEntities({ first: 50 });
        expect(whole.degrees).toBeUndefined();
        const lean = await store.listEntities({ first: 50, skipClaims: true, withDegrees: true });
        expect(lean.degrees).toEqual(await store.degrees(ALL_ENTITY_IDS));
        expect({ ...lean, degrees: undefined, items: lean.items.map(withoutClaims) }).toEqual({ ...whole, items: whole.items.map(withoutClaims) });
        const names = await store.listEntities({ kind: 'Person', first: 3, after: encodeCursor('person:a-smith'), namesOnly: true, withDegrees: true });
        const people = await store.listEntities({ kind: 'Person', first: 3, after: encodeCursor('person:a-smith') });
        expect({ ...names, degrees: undefined, items: names.items.map(ref) }).toEqual({ ...people, items: people.items.map(ref) });
        expect(names.degrees).toEqual(await store.degrees(ids(people.items) as string[]));
      });

      it('filters by kind, totalCount counting that kind only', async () => {
        const people = await store.listEntities({ kind: 'Person', first: 50 });
        expect(ids(people.items)).toEqual(['person:a-smith', 'person:b-jones', 'person:c-patel', 'person:e-novak', 'person:zoe-bronte']);
        expect(people.totalCount).toBe(5);
        const events = await store.listEntities({ kind: 'Event', first: 50 });
        expect(ids(events.items)).toEqual(['event:meeting-2009', 'event:operation-lantern']);
        expect((await store.listEntities({ kind: 'Agency', first: 50 })).totalCount).toBe(3);
        expect((await store.listEntities({ kind: 'Report', first: 50 })).totalCount).toBe(3);
      });

      it('pages through everything with cursors, same as the full list', async () => {
        const seen: string[] = [];
        const pages: { size: number; hasNextPage: boolean; totalCount: number }[] = [];
        let after: string | undefined;
        for (let guard = 0; guard < 10; guard++) {
          const page = await store.listEntities({ first: 5, after });
          seen.push(...page.items.map((item) => item.id));
          pages.push({ size: page.items.length, hasNextPage: page.hasNextPage, totalCount: page.totalCount });
          expect(page.endCursor).toBe(encodeCursor(page.items[page.items.length - 1]!.id));
          if (!page.hasNextPage) break;
          after = page.endCursor ?? undefined;
        }
        expect(seen).toEqual(ALL_ENTITY_IDS);
        expect(pages).toEqual([
          { size: 5, hasNextPage: true, totalCount: 13 },
          { size: 5, hasNextPage: true, totalCount: 13 },
          { size: 3, hasNextPage: false, totalCount: 13 },
        ]);
      });

      it('starts after the cursor within a kind', async () => {
        const page = await store.listEntities({ kind: 'Person', first: 2, after: encodeCursor('person:b-jones') });
        expect(ids(page.items)).toEqual(['person:c-patel', 'person:e-novak']);
        expect(page).toMatchObject({ hasNextPage: true, totalCount: 5, endCursor: encodeCursor('person:e-novak') });
      });

      it('accepts a cursor of another kind as a position in id order', async () => {
        const page = await store.listEntities({ kind: 'Report', first: 10, after: encodeCursor('person:zoe-bronte') });
        expect(ids(page.items)).toEqual(['report:audit-1999', 'report:northtown-2014', 'report:risk-2003']);
        const none = await store.listEntities({ kind: 'Agency', first: 10, after: encodeCursor('event:meeting-2009') });
        expect(none).toEqual({ items: [], totalCount: 3, hasNextPage: false, endCursor: null });
      });

      it('gives an empty last page with a null endCursor, and first: 0 an empty page', async () => {
        const end = await store.listEntities({ kind: 'Event', first: 5, after: encodeCursor('event:operation-lantern') });
        expect(end).toEqual({ items: [], totalCount: 2, hasNextPage: false, endCursor: null });
        const zero = await store.listEntities({ first: 0 });
        expect(zero).toEqual({ items: [], totalCount: 13, hasNextPage: true, endCursor: null });
      });

      it('refuses a malformed or unknown cursor with BadInputError on "after"', async () => {
        await expect(store.listEntities({ first: 5, after: 'not a cursor!' })).rejects.toBeInstanceOf(BadInputError);
        await expect(store.listEntities({ first: 5, after: encodeCursor('person:nobody') })).rejects.toMatchObject({
          name: 'BadInputError',
          argument: 'after',
        });
      });
    });

    describe('search', () => {
      const firstHit = async (text: string, kinds?: Entity['kind'][]) => (await store.search({ text, kinds, first: 20 }))[0]?.entity.id;

      it('puts the exact name first', async () => {
        expect(await firstHit('Northtown Police')).toBe('agency:northtown-police');
        expect(await firstHit('Official A. Smith')).toBe('person:a-smith');
        expect(await firstHit('Independent Inquiry into Northtown')).toBe('report:northtown-2014');
      });

      it('forgives case and accents both ways', async () => {
        expect(await firstHit('zoe bronte')).toBe('person:zoe-bronte');
        expect(await firstHit('ZOË BRONTË')).toBe('person:zoe-bronte');
        expect(await firstHit('officer c. patel')).toBe('person:c-patel');
        // Two accents in one six-letter word: beyond the typo allowance, only folding finds it.
        expect(await firstHit('helene')).toBe('person:zoe-bronte');
        expect(await firstHit('HÉLÈNE')).toBe('person:zoe-bronte');
      });

      it('forgives a small typo', async () => {
        expect(await firstHit('Novac')).toBe('person:e-novak');
        expect(await firstHit('Bronte Zoee')).toBe('person:zoe-bronte');
      });

      it('finds aliases and summary words', async () => {
        expect(await firstHit('Alan')).toBe('person:a-smith');
        expect(await firstHit('Metropolitan Borough')).toBe('agency:northtown-council');
        expect(ids((await store.search({ text: 'procurement', first: 20 })).map((hit) => hit.entity))).toEqual(['report:audit-1999']);
      });

      it('orders hits by score descending and returns whole entities', async () => {
        const hits = await store.search({ text: 'Northtown', first: 20 });
        expect(hits.length).toBeGreaterThanOrEqual(7);
        for (let index = 1; index < hits.length; index++) expect(hits[index]!.score).toBeLessThanOrEqual(hits[index - 1]!.score);
        const police = hits.find((hit) => hit.entity.id === 'agency:northtown-police');
        expect(police?.entity).toEqual(entity('agency:northtown-police'));
      });

      it('filters by kinds and cuts to first', async () => {
        const reports = await store.search({ text: 'Northtown', kinds: ['Report'], first: 20 });
        expect(ids(reports.map((hit) => hit.entity)).sort()).toEqual(['report:audit-1999', 'report:northtown-2014', 'report:risk-2003']);
        const agenciesAndEvents = await store.search({ text: 'Northtown', kinds: ['Agency', 'Event'], first: 20 });
        expect(ids(agenciesAndEvents.map((hit) => hit.entity)).sort()).toEqual([
          'agency:northtown-council', 'agency:northtown-police', 'agency:safeguarding-board',
        ]);
        expect(await store.search({ text: 'Northtown', first: 2 })).toHaveLength(2);
        expect(await store.search({ text: 'Zoë Brontë', kinds: ['Agency'], first: 20 })).toEqual([]);
      });

      it('answers the same hits when asked to skip claims, claims and figures aside', async () => {
        const lean = await store.search({ text: 'Northtown', first: 20, skipClaims: true });
        const whole = await store.search({ text: 'Northtown', first: 20 });
        expect(lean.length).toBeGreaterThan(1);
        expect(lean.map((hit) => ({ ...hit, entity: withoutClaims(hit.entity) }))).toEqual(whole.map((hit) => ({ ...hit, entity: withoutClaims(hit.entity) })));
        const names = await store.search({ text: 'Zoe Bronte', first: 20, namesOnly: true });
        expect(names.map((hit) => ({ ...hit, entity: ref(hit.entity) }))).toEqual((await store.search({ text: 'Zoe Bronte', first: 20 })).map((hit) => ({ ...hit, entity: ref(hit.entity) })));
        expect(names[0]?.entity.id).toBe('person:zoe-bronte');
      });

      it('finds nothing for nonsense', async () => {
        expect(await store.search({ text: 'xqzvjkw', first: 20 })).toEqual([]);
      });
    });

    describe('relationsOf and degrees', () => {
      const relationIds = async (id: string, query: Parameters<GraphStore['relationsOf']>[1]) =>
        (await store.relationsOf([id], query)).map((list) => ids(list))[0];

      it('orders by earliest day, open start first and undated last, then id', async () => {
        expect(await relationIds('person:zoe-bronte', { direction: 'BOTH', first: 100 })).toEqual([
          'rel:bronte-warned-council', // ../2008
          'rel:bronte-authored-risk', // 2003-06
          'rel:bronte-warned-police', // 2004-11/2005-03
          'rel:bronte-warned-board', // undated
        ]);
        expect(await relationIds('agency:northtown-council', { direction: 'BOTH', first: 100 })).toEqual([
          'rel:bronte-warned-council',
          'rel:jones-held-role-council-cabinet',
          'rel:smith-held-role-council',
          'rel:jones-held-role-council',
          'rel:risk-presented-to-council',
          'rel:council-commissioned-inquiry',
        ]);
      });

      it('follows direction, breaking date ties by id', async () => {
        expect(await relationIds('person:a-smith', { direction: 'IN', first: 100 })).toEqual(['rel:board-warned-smith', 'rel:patel-warned-smith']);
        expect(await relationIds('person:a-smith', { direction: 'OUT', first: 100 })).toEqual([
          'rel:smith-held-role-council', 'rel:smith-attended-meeting', 'rel:smith-warned-jones',
        ]);
        expect(await relationIds('person:zoe-bronte', { direction: 'IN', first: 100 })).toEqual([]);
      });

      it('filters by types and cuts to first after filtering', async () => {
        expect(await relationIds('person:zoe-bronte', { direction: 'OUT', types: ['WARNED'], first: 100 })).toEqual([
          'rel:bronte-warned-council', 'rel:bronte-warned-police', 'rel:bronte-warned-board',
        ]);
        expect(await relationIds('person:zoe-bronte', { direction: 'BOTH', first: 2 })).toEqual(['rel:bronte-warned-council', 'rel:bronte-authored-risk']);
        expect(await relationIds('person:zoe-bronte', { direction: 'BOTH', types: ['WARNED'], first: 2 })).toEqual([
          'rel:bronte-warned-council', 'rel:bronte-warned-police',
        ]);
        expect(await relationIds('person:zoe-bronte', { direction: 'BOTH', types: ['NOT_A_TYPE'], first: 100 })).toEqual([]);
        expect(await relationIds('person:zoe-bronte', { direction: 'BOTH', types: [], first: 100 })).toEqual([]);
      });

      it('answers many ids at once, in order, empty for unknown ids, with whole relations', async () => {
        const lists = await store.relationsOf(['person:e-novak', 'person:nobody', 'event:operation-lantern'], { direction: 'BOTH', first: 100 });
        expect(lists.map((list) => ids(list))).toEqual([['rel:novak-authored-audit'], [], ['rel:police-conducted-lantern']]);
        expect(lists[0]?.[0]).toEqual(relation('rel:novak-authored-audit'));
      });

      it('brings the id, kind and name of the entities at the ends of the relations', async () => {
        const query = { direction: 'BOTH', first: 100 } as const;
        const asked = ['agency:northtown-council', 'person:nobody', 'person:zoe-bronte'];
        const { lists, ends } = await store.relationsWithEnds(asked, query);
        expect(lists).toEqual(await store.relationsOf(asked, query));
        const endIds = [...new Set(lists.flat().flatMap((relation) => [relation.from, relation.to]))].sort();
        expect(endIds).toContain('person:a-smith');
        const entities = await store.entitiesByIds(endIds);
        expect([...ends].sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual(entities.map((entity) => ({ id: entity?.id, kind: entity?.kind, name: entity?.name })));
        expect(await store.relationsWithEnds([], query)).toEqual({ lists: [], ends: [] });
      });

      it('answers the same relations when asked to skip claims, claims aside', async () => {
        const query = { direction: 'BOTH', first: 100 } as const;
        const asked = ['agency:northtown-council', 'person:zoe-bronte'];
        const withoutClaims = (lists: Relation[][]) => lists.map((list) => list.map(({ claims: _claims, ...rest }) => rest));
        const whole = await store.relationsOf(asked, query);
        expect(whole.flat().every((item) => item.claims.length > 0)).toBe(true);
        expect(withoutClaims(await store.relationsOf(asked, { ...query, skipClaims: true }))).toEqual(withoutClaims(whole));
      });

      it('counts the relations touching each entity, 0 for unknown', async () => {
        expect(await store.degrees(['agency:northtown-council', 'person:zoe-bronte', 'person:e-novak', 'person:nobody', 'agency:northtown-police'])).toEqual([6, 4, 1, 0, 5]);
      });
    });

    describe('neighborhood', () => {
      const shape = async (query: Parameters<GraphStore['neighborhood']>[0]) => {
        const subgraph = await store.neighborhood(query);
        return { nodes: ids(subgraph.nodes), edges: ids(subgraph.edges), truncated: subgraph.truncated };
      };

      it('depth 1: the centre, then neighbours by id; edges among them by id', async () => {
        expect(await shape({ id: 'person:a-smith', depth: 1, limit: 200 })).toEqual({
          nodes: ['person:a-smith', 'agency:northtown-council', 'agency:safeguarding-board', 'event:meeting-2009', 'person:b-jones', 'person:c-patel'],
          edges: [
            'rel:board-warned-smith', 'rel:jones-attended-meeting', 'rel:jones-held-role-council',
            'rel:jones-held-role-council-cabinet', 'rel:patel-attended-meeting', 'rel:patel-warned-smith',
            'rel:smith-attended-meeting', 'rel:smith-held-role-council', 'rel:smith-warned-jones',
          ],
          truncated: false,
        });
      });

      it('depth 2: nodes by hop distance then id, edges between two far nodes included', async () => {
        expect(await shape({ id: 'event:operation-lantern', depth: 2, limit: 200 })).toEqual({
          nodes: [
            'event:operation-lantern', 'agency:northtown-police',
            'agency:safeguarding-board', 'person:c-patel', 'person:zoe-bronte', 'report:risk-2003',
          ],
          edges: [
            'rel:bronte-authored-risk', 'rel:bronte-warned-board', 'rel:bronte-warned-police', 'rel:patel-held-role-police',
            'rel:police-conducted-lantern', 'rel:police-referred-to-board', 'rel:risk-presented-to-police',
          ],
          truncated: false,
        });
      });

      it('keeps the nearest nodes up to limit and says it was truncated', async () => {
        expect(await shape({ id: 'person:a-smith', depth: 1, limit: 3 })).toEqual({
          nodes: ['person:a-smith', 'agency:northtown-council', 'agency:safeguarding-board'],
          edges: ['rel:board-warned-smith', 'rel:smith-held-role-council'],
          truncated: true,
        });
        expect(await shape({ id: 'event:operation-lantern', depth: 2, limit: 4 })).toEqual({
          nodes: ['event:operation-lantern', 'agency:northtown-police', 'agency:safeguarding-board', 'person:c-patel'],
          edges: ['rel:patel-held-role-police', 'rel:police-conducted-lantern', 'rel:police-referred-to-board'],
          truncated: true,
        });
        expect(await shape({ id: 'person:a-smith', depth: 1, limit: 5 })).toMatchObject({
          nodes: ['person:a-smith', 'agency:northtown-council', 'agency:safeguarding-board', 'event:meeting-2009', 'person:b-jones'],
          truncated: true,
        });
        // Exactly everything in reach is not truncated.
        expect((await shape({ id: 'person:a-smith', depth: 1, limit: 6 })).truncated).toBe(false);
        expect((await shape({ id: 'person:e-novak', depth: 3, limit: 2 })).truncated).toBe(false);
      });

      it('walks only relations of the given types', async () => {
        expect(await shape({ id: 'person:a-smith', depth: 1, types: ['WARNED'], limit: 200 })).toEqual({
          nodes: ['person:a-smith', 'agency:safeguarding-board', 'person:b-jones', 'person:c-patel'],
          edges: ['rel:board-warned-smith', 'rel:patel-warned-smith', 'rel:smith-warned-jones'],
          truncated: false,
        });
      });

      it('asOf leaves out relations begun later, keeping undated and open-start ones', async () => {
        expect(await shape({ id: 'person:a-smith', depth: 1, asOf: '2009-06-01', limit: 200 })).toEqual({
          nodes: ['person:a-smith', 'agency:northtown-council'],
          edges: ['rel:smith-held-role-council'],
          truncated: false,
        });
        expect(await shape({ id: 'person:zoe-bronte', depth: 1, asOf: '2000-01-01', limit: 200 })).toEqual({
          nodes: ['person:zoe-bronte', 'agency:northtown-council', 'agency:safeguarding-board'],
          edges: ['rel:bronte-warned-board', 'rel:bronte-warned-council'],
          truncated: false,
        });
        // A relation that begins on the asOf day has begun.
        expect((await shape({ id: 'agency:northtown-council', depth: 1, asOf: '2008-06-15', types: ['PRESENTED_TO'], limit: 200 })).edges).toEqual([
          'rel:risk-presented-to-council',
        ]);
      });

      it('returns whole entities and relations, the isolated pair alone, and nothing for an unknown id', async () => {
        const subgraph = await store.neighborhood({ id: 'person:e-novak', depth: 3, limit: 200 });
        expect(subgraph).toEqual({
          nodes: [entity('person:e-novak'), entity('report:audit-1999')],
          edges: [relation('rel:novak-authored-audit')],
          truncated: false,
        });
        expect(await store.neighborhood({ id: 'person:nobody', depth: 2, limit: 200 })).toEqual({ nodes: [], edges: [], truncated: false });
      });

      it('depth 0 is the centre alone, never truncated', async () => {
        expect(await store.neighborhood({ id: 'person:a-smith', depth: 0, limit: 200 })).toEqual({ nodes: [entity('person:a-smith')], edges: [], truncated: false });
        expect(await store.neighborhood({ id: 'person:a-smith', depth: 0, limit: 1 })).toEqual({ nodes: [entity('person:a-smith')], edges: [], truncated: false });
      });
    });

    describe('paths', () => {
      const find = async (query: Partial<Parameters<GraphStore['paths']>[0]>) =>
        pathIds(await store.paths({ from: 'person:c-patel', to: 'person:b-jones', maxHops: 4, limit: 3, ...query }));

      it('gives shortest paths first, then by entity ids, ignoring direction', async () => {
        expect(await find({})).toEqual(PATEL_TO_JONES.slice(0, 3));
      });

      it('orders equal-length paths by entity ids, then relation ids, and cuts at limit', async () => {
        expect(await find({ maxHops: 3, limit: 10 })).toEqual(PATEL_TO_JONES);
        expect(await find({ maxHops: 3, limit: 4 })).toEqual(PATEL_TO_JONES.slice(0, 4));
        expect(await find({ limit: 1 })).toEqual(PATEL_TO_JONES.slice(0, 1));
      });

      it('walks only relations of the given types', async () => {
        expect(await find({ types: ['ATTENDED'], limit: 10 })).toEqual([PATEL_TO_JONES[0]]);
        expect(await find({ types: ['WARNED', 'HELD_ROLE'], maxHops: 3, limit: 10 })).toEqual([
          PATEL_TO_JONES[1], PATEL_TO_JONES[3], PATEL_TO_JONES[4],
        ]);
        expect(await find({ types: ['INSPECTED'], limit: 10 })).toEqual([]);
      });

      it('finds every simple path up to maxHops, longer ones after shorter ones', async () => {
        expect(await find({ maxHops: 4, limit: 50 })).toEqual([...PATEL_TO_JONES, ...PATEL_TO_JONES_4]);
        expect(await find({ maxHops: 6, limit: 8 })).toEqual([...PATEL_TO_JONES, ...PATEL_TO_JONES_4.slice(0, 2)]);
      });

      // Each maxHops is a search of its own on Neo4j (one generated statement per value).
      it.each([1, 2, 3, 4, 5, 6])('finds every simple path of at most %i hops, shortest first', async (maxHops) => {
        const found = await find({ maxHops, limit: 60 });
        const lengths = found.map((path) => path.edges.length);
        const expectedLengths = [2, 3, 4, 5, 6].filter((length) => length <= maxHops).flatMap((length) => new Array<number>(PATEL_TO_JONES_BY_LENGTH[length] ?? 0).fill(length));
        expect(lengths).toEqual(expectedLengths);
        expect(found.slice(0, 14)).toEqual([...PATEL_TO_JONES, ...PATEL_TO_JONES_4].filter((path) => path.edges.length <= maxHops));
        const byId = new Map(dataset.relations.map((item) => [item.id, item]));
        for (const path of found) {
          expect(new Set(path.nodes).size, 'no entity twice').toBe(path.nodes.length);
          expect([path.nodes[0], path.nodes.at(-1)]).toEqual(['person:c-patel', 'person:b-jones']);
          path.edges.forEach((id, index) => {
            const ends = [byId.get(id ?? '')?.from, byId.get(id ?? '')?.to].sort();
            expect(ends, `${id} joins the entities beside it`).toEqual([path.nodes[index], path.nodes[index + 1]].sort());
          });
        }
        const sorted = [...found].sort((a, b) => a.edges.length - b.edges.length || compareLists(a.nodes, b.nodes) || compareLists(a.edges, b.edges));
        expect(found).toEqual(sorted);
      });

      it.each([4, 5, 6])('stops at limit inside the longer groups too (maxHops %i)', async (maxHops) => {
        const expected = maxHops === 4 ? [...PATEL_TO_JONES, ...PATEL_TO_JONES_4] : [...PATEL_TO_JONES, ...PATEL_TO_JONES_4, PATEL_TO_JONES_5_FIRST];
        expect(await find({ maxHops, limit: 15 })).toEqual(expected);
      });

      it('returns whole entities and relations', async () => {
        const [path] = await store.paths({ from: 'person:zoe-bronte', to: 'agency:northtown-police', maxHops: 1, limit: 5 });
        expect(path).toEqual({ nodes: [entity('person:zoe-bronte'), entity('agency:northtown-police')], edges: [relation('rel:bronte-warned-police')] });
      });

      it('is empty when maxHops is too small, ends are unknown or equal, or nothing connects them', async () => {
        expect(await find({ maxHops: 1 })).toEqual([]);
        expect(await find({ from: 'person:nobody' })).toEqual([]);
        expect(await find({ to: 'person:nobody' })).toEqual([]);
        expect(await find({ to: 'person:c-patel' })).toEqual([]);
        expect(await find({ to: 'person:e-novak', maxHops: 6 })).toEqual([]);
      });

      it('goes round an excluded entity as if it were absent', async () => {
        // Without a-smith, the two shortest (through it) are gone and the meeting path comes first.
        expect(await find({ excludeEntities: ['person:a-smith'], limit: 10 })).toEqual([
          PATEL_TO_JONES[0],
          PATEL_TO_JONES_4[1], PATEL_TO_JONES_4[2], PATEL_TO_JONES_4[3], PATEL_TO_JONES_4[4],
        ]);
        expect(await find({ excludeEntities: ['person:a-smith', 'event:meeting-2009'], limit: 10 })).toEqual([
          PATEL_TO_JONES_4[1], PATEL_TO_JONES_4[2], PATEL_TO_JONES_4[3], PATEL_TO_JONES_4[4],
        ]);
        // c-patel has no other neighbour: nothing is left at any length.
        expect(await find({ excludeEntities: ['person:a-smith', 'event:meeting-2009', 'agency:northtown-police'], maxHops: 6, limit: 10 })).toEqual([]);
      });

      it('walks no relation of an excluded type, whatever `types` allows', async () => {
        expect(await find({ excludeTypes: ['WARNED', 'HELD_ROLE'], maxHops: 4, limit: 10 })).toEqual([PATEL_TO_JONES[0]]);
        expect(await find({ excludeTypes: ['ATTENDED'], maxHops: 3, limit: 10 })).toEqual([PATEL_TO_JONES[1], PATEL_TO_JONES[3], PATEL_TO_JONES[4]]);
        expect(await find({ types: ['WARNED', 'HELD_ROLE'], excludeTypes: ['HELD_ROLE'], maxHops: 4, limit: 10 })).toEqual([PATEL_TO_JONES[1]]);
      });

      it('combines excluded entities and types, and finds nothing when an end is excluded', async () => {
        expect(await find({ excludeEntities: ['person:a-smith'], excludeTypes: ['HELD_ROLE'], maxHops: 4, limit: 10 })).toEqual([PATEL_TO_JONES[0]]);
        expect(await find({ excludeEntities: ['person:c-patel'], limit: 10 })).toEqual([]);
        expect(await find({ excludeEntities: ['person:b-jones'], limit: 10 })).toEqual([]);
        expect(await find({ excludeEntities: [], excludeTypes: [], limit: 3 })).toEqual(PATEL_TO_JONES.slice(0, 3));
      });
    });

    describe('timeline', () => {
      const timeline = async (query: Partial<Parameters<GraphStore['timeline']>[0]>) => timelineIds(await store.timeline({ first: 200, ...query }));

      it('lists every dated entity and relation by earliest day (open start first), latest day, then id', async () => {
        expect(await timeline({})).toEqual(FULL_TIMELINE);
      });

      it('keeps what overlaps [from, to], fuzzy spans and open ends included', async () => {
        expect(await timeline({ from: '2009-10-01', to: '2009-10-31' })).toEqual(AUTUMN_2009);
        // EDTF bounds: "from" takes the earliest day, "to" the latest.
        expect(await timeline({ from: '2009-23', to: '2009-23' })).toEqual(AUTUMN_2009);
        expect(await timeline({ from: '2014-01-01' })).toEqual([
          'rel:smith-held-role-council', 'rel:patel-held-role-police', 'rel:jones-held-role-council',
          'report:northtown-2014', 'rel:jones-resigned-after-inquiry',
        ]);
        expect(await timeline({ to: '2003', first: 5 })).toEqual([
          'rel:bronte-warned-council', 'report:audit-1999', 'rel:jones-held-role-council-cabinet',
          'rel:novak-authored-audit', 'rel:smith-held-role-council',
        ]);
        expect(await timeline({ from: '1990-01-01', to: '1990-12-31' })).toEqual(['rel:bronte-warned-council']);
      });

      it('counts a shared boundary day as overlapping', async () => {
        expect(await timeline({ from: '2014-09-10' })).toEqual(['rel:smith-held-role-council', 'rel:patel-held-role-police', 'rel:jones-resigned-after-inquiry']);
        expect(await timeline({ from: '2013-10-01', to: '2013-10-01' })).toEqual([
          'rel:smith-held-role-council', 'rel:patel-held-role-police', 'rel:jones-held-role-council', 'rel:council-commissioned-inquiry',
        ]);
      });

      it('cuts to first', async () => {
        expect(await timeline({ first: 3 })).toEqual(FULL_TIMELINE.slice(0, 3));
        expect(await timeline({ from: '2009-10-01', to: '2009-10-31', first: 4 })).toEqual(AUTUMN_2009.slice(0, 4));
      });

      it('with entity: that entity and the dated relations touching it', async () => {
        expect(await timeline({ entity: 'report:risk-2003' })).toEqual([
          'rel:bronte-authored-risk', 'report:risk-2003', 'rel:risk-presented-to-police', 'rel:risk-presented-to-council',
        ]);
        expect(await timeline({ entity: 'person:zoe-bronte' })).toEqual(['rel:bronte-warned-council', 'rel:bronte-authored-risk', 'rel:bronte-warned-police']);
        expect(await timeline({ entity: 'person:zoe-bronte', from: '2004-01-01' })).toEqual(['rel:bronte-warned-council', 'rel:bronte-warned-police']);
        expect(await timeline({ entity: 'person:zoe-bronte', first: 1 })).toEqual(['rel:bronte-warned-council']);
        expect(await timeline({ entity: 'person:nobody' })).toEqual([]);
      });

      it('gives each item the date of its entity or relation, and one of the two', async () => {
        const items = await store.timeline({ entity: 'report:risk-2003', first: 2 });
        expect(items).toEqual([
          { date: relation('rel:bronte-authored-risk').date, entity: null, relation: relation('rel:bronte-authored-risk') },
          { date: entity('report:risk-2003').date, entity: entity('report:risk-2003'), relation: null },
        ]);
      });

      it('refuses a bad date with BadInputError', async () => {
        await expect(store.timeline({ from: 'last tuesday', first: 10 })).rejects.toBeInstanceOf(BadInputError);
      });

      it('refuses a span that ends before it begins, on "to"', async () => {
        await expect(store.timeline({ from: '2010', to: '2005', first: 10 })).rejects.toMatchObject({ name: 'BadInputError', argument: 'to' });
      });
    });

    describe('knowledge', () => {
      // The rules of the first round: direct knowledge only (channels are tested below).
      type FirstRoundQuery = Omit<KnowledgeQuery, 'first' | 'channels'>;
      const knowledge = async (query: FirstRoundQuery) => knowledgeRows(await store.knowledge({ first: 100, channels: ['DIRECT'], ...query }));

      it('CERTAIN: latest day on or before asOf, via the smallest latest day, ordered by its earliest day', async () => {
        // The council's open-start warning (../2008) began first, but the 2008-06-15 presentation ended first.
        expect(await knowledge({ asOf: '2009-10-15', certainty: 'CERTAIN' })).toEqual([
          ['agency:northtown-police', 'rel:risk-presented-to-police', 'CERTAIN'],
          ['agency:northtown-council', 'rel:risk-presented-to-council', 'CERTAIN'],
        ]);
      });

      it('POSSIBLE adds who only possibly knew; a date straddling asOf is possible, not certain', async () => {
        // Autumn 2009 straddles 2009-10-15; two warnings tie, the smaller relation id wins.
        expect(await knowledge({ asOf: '2009-10-15', certainty: 'POSSIBLE' })).toEqual([
          ['agency:northtown-police', 'rel:risk-presented-to-police', 'CERTAIN'],
          ['agency:northtown-council', 'rel:risk-presented-to-council', 'CERTAIN'],
          ['person:a-smith', 'rel:board-warned-smith', 'POSSIBLE'],
        ]);
        // Before the presentation the council only possibly knew, via the open-start warning (ordered first).
        expect(await knowledge({ asOf: '2008-03-01', certainty: 'POSSIBLE' })).toEqual([
          ['agency:northtown-council', 'rel:bronte-warned-council', 'POSSIBLE'],
          ['agency:northtown-police', 'rel:risk-presented-to-police', 'CERTAIN'],
        ]);
        expect(await knowledge({ asOf: '2008-03-01', certainty: 'CERTAIN' })).toEqual([
          ['agency:northtown-police', 'rel:risk-presented-to-police', 'CERTAIN'],
        ]);
      });

      it('reaches only the "to" end of knowledge-carrying, dated relations', async () => {
        expect(await knowledge({ asOf: '2020-01-01', certainty: 'POSSIBLE' })).toEqual([
          ['agency:northtown-police', 'rel:risk-presented-to-police', 'CERTAIN'],
          ['agency:northtown-council', 'rel:risk-presented-to-council', 'CERTAIN'],
          ['person:a-smith', 'rel:board-warned-smith', 'CERTAIN'],
          ['person:b-jones', 'rel:smith-warned-jones', 'CERTAIN'],
        ]);
      });

      it('counts the asOf day itself (latest day for CERTAIN, earliest day for POSSIBLE)', async () => {
        const smith = (asOf: string, certainty: 'CERTAIN' | 'POSSIBLE') => knowledge({ asOf, actor: 'person:a-smith', certainty });
        expect(await smith('2009-11-30', 'CERTAIN')).toEqual([['person:a-smith', 'rel:board-warned-smith', 'CERTAIN']]);
        expect(await smith('2009-11-29', 'CERTAIN')).toEqual([]);
        expect(await smith('2009-09-01', 'POSSIBLE')).toEqual([['person:a-smith', 'rel:board-warned-smith', 'POSSIBLE']]);
        expect(await smith('2009-08-31', 'POSSIBLE')).toEqual([]);
      });

      it('takes an EDTF asOf by its latest day', async () => {
        expect(await knowledge({ asOf: '2009', certainty: 'CERTAIN' })).toEqual([
          ['agency:northtown-police', 'rel:risk-presented-to-police', 'CERTAIN'],
          ['agency:northtown-council', 'rel:risk-presented-to-council', 'CERTAIN'],
          ['person:a-smith', 'rel:board-warned-smith', 'CERTAIN'],
        ]);
      });

      it('filters by actor', async () => {
        expect(await knowledge({ asOf: '2009-10-15', actor: 'person:a-smith', certainty: 'CERTAIN' })).toEqual([]);
        expect(await knowledge({ asOf: '2009-10-15', actor: 'person:a-smith', certainty: 'POSSIBLE' })).toEqual([
          ['person:a-smith', 'rel:board-warned-smith', 'POSSIBLE'],
        ]);
        expect(await knowledge({ asOf: '2010-02-15', actor: 'person:b-jones', certainty: 'POSSIBLE' })).toEqual([
          ['person:b-jones', 'rel:smith-warned-jones', 'POSSIBLE'],
        ]);
        // Warned, but undated: never counted.
        expect(await knowledge({ asOf: '2020-01-01', actor: 'agency:safeguarding-board', certainty: 'POSSIBLE' })).toEqual([]);
        expect(await knowledge({ asOf: '2020-01-01', actor: 'person:zoe-bronte', certainty: 'POSSIBLE' })).toEqual([]);
        expect(await knowledge({ asOf: '2020-01-01', actor: 'person:nobody', certainty: 'POSSIBLE' })).toEqual([]);
      });

      it('before everything: nobody certainly knew, only an open start is possible', async () => {
        expect(await knowledge({ asOf: '1990-01-01', certainty: 'CERTAIN' })).toEqual([]);
        expect(await knowledge({ asOf: '1990-01-01', certainty: 'POSSIBLE' })).toEqual([
          ['agency:northtown-council', 'rel:bronte-warned-council', 'POSSIBLE'],
        ]);
      });

      it('returns whole actors and relations, and refuses a bad asOf', async () => {
        const [row] = await store.knowledge({ asOf: '2009-10-15', actor: 'agency:northtown-council', certainty: 'CERTAIN', channels: ['DIRECT'], first: 10 });
        expect(row).toEqual({
          actor: entity('agency:northtown-council'),
          channel: 'DIRECT',
          via: relation('rel:risk-presented-to-council'),
          certainty: 'CERTAIN',
          chain: [],
          evidence: [relation('rel:bronte-warned-council'), relation('rel:risk-presented-to-council')],
          cursor: expect.any(String),
        });
        await expect(store.knowledge({ asOf: 'not a date', certainty: 'CERTAIN', first: 10 })).rejects.toBeInstanceOf(BadInputError);
      });
    });

    describe('knowledge: channels, chains, evidence and pages', () => {
      // HELD_ROLE passes knowledge both ways in the tiny vocabulary (README: "Institutional knowledge").
      const rows = (list: readonly Knowledge[]) => list.map((row) => [row.actor.id, row.channel, row.via.id, row.certainty]);
      const ALL_BY_2020 = [
        ['agency:northtown-police', 'DIRECT', 'rel:risk-presented-to-police', 'CERTAIN'],
        ['person:c-patel', 'INSTITUTIONAL', 'rel:risk-presented-to-police', 'CERTAIN'],
        ['agency:northtown-council', 'DIRECT', 'rel:risk-presented-to-council', 'CERTAIN'],
        ['person:a-smith', 'INSTITUTIONAL', 'rel:risk-presented-to-council', 'CERTAIN'],
        ['person:b-jones', 'INSTITUTIONAL', 'rel:risk-presented-to-council', 'CERTAIN'],
        ['agency:northtown-council', 'INSTITUTIONAL', 'rel:board-warned-smith', 'CERTAIN'],
        ['person:a-smith', 'DIRECT', 'rel:board-warned-smith', 'CERTAIN'],
        ['person:b-jones', 'DIRECT', 'rel:smith-warned-jones', 'CERTAIN'],
      ];

      it('gives one row per actor and channel, ordered by via date, actor id, then channel', async () => {
        expect(rows(await store.knowledge({ asOf: '2020-01-01', certainty: 'CERTAIN', first: 100 }))).toEqual(ALL_BY_2020);
        expect(rows(await store.knowledge({ asOf: '2020-01-01', certainty: 'CERTAIN', channels: ['INSTITUTIONAL'], first: 100 }))).toEqual(
          ALL_BY_2020.filter((row) => row[1] === 'INSTITUTIONAL'),
        );
        expect(await store.knowledge({ asOf: '2020-01-01', certainty: 'CERTAIN', channels: [], first: 100 })).toEqual([]);
      });

      it('names the chain an institutional answer followed, from the receiver to the actor', async () => {
        const [patel] = await store.knowledge({ asOf: '2004-01-01', actor: 'person:c-patel', certainty: 'CERTAIN', first: 10 });
        expect(patel?.channel).toBe('INSTITUTIONAL');
        expect(ids(patel?.chain ?? [])).toEqual(['rel:patel-held-role-police']);
        const direct = await store.knowledge({ asOf: '2020-01-01', actor: 'person:a-smith', certainty: 'CERTAIN', channels: ['DIRECT'], first: 10 });
        expect(direct.map((row) => row.chain)).toEqual([[]]);
      });

      it('follows a link only while it was in force, and two links at most, never back to the sender', async () => {
        // b-jones: the council's 2008 presentation through the leader's post (2003-2014), not the
        // cabinet post that ended in 2003; a-smith's autumn-2009 warnings through two posts; never
        // a-smith's own 2010 warning to b-jones, and never the 2008 one through the cabinet post.
        const [jones] = await store.knowledge({ asOf: '2020-01-01', actor: 'person:b-jones', certainty: 'CERTAIN', channels: ['INSTITUTIONAL'], first: 10 });
        expect(ids(jones?.chain ?? [])).toEqual(['rel:jones-held-role-council']);
        expect(ids(jones?.evidence ?? [])).toEqual(['rel:bronte-warned-council', 'rel:risk-presented-to-council', 'rel:board-warned-smith', 'rel:patel-warned-smith']);
        // The council hears through its office-holders; a-smith hears nothing of her own warning.
        const [council] = await store.knowledge({ asOf: '2020-01-01', actor: 'agency:northtown-council', certainty: 'CERTAIN', channels: ['INSTITUTIONAL'], first: 10 });
        expect(ids(council?.chain ?? [])).toEqual(['rel:smith-held-role-council']);
        expect(ids(council?.evidence ?? [])).toEqual(['rel:board-warned-smith', 'rel:patel-warned-smith', 'rel:smith-warned-jones']);
        const [smith] = await store.knowledge({ asOf: '2020-01-01', actor: 'person:a-smith', certainty: 'CERTAIN', channels: ['INSTITUTIONAL'], first: 10 });
        expect(ids(smith?.evidence ?? [])).toEqual(['rel:bronte-warned-council', 'rel:risk-presented-to-council']);
        // The police's member never warned the police, so the police hear nothing institutionally.
        expect(await store.knowledge({ asOf: '2020-01-01', actor: 'agency:northtown-police', certainty: 'POSSIBLE', channels: ['INSTITUTIONAL'], first: 10 })).toEqual([]);
      });

      it('gives as evidence what reached the actor by asOf: ended when asked for CERTAIN, begun when asked for POSSIBLE', async () => {
        const evidence = async (certainty: 'CERTAIN' | 'POSSIBLE') =>
          (await store.knowledge({ asOf: '2009-10-15', actor: 'person:b-jones', certainty, channels: ['INSTITUTIONAL'], first: 10 })).map((row) => [row.certainty, ids(row.evidence)]);
        expect(await evidence('CERTAIN')).toEqual([['CERTAIN', ['rel:bronte-warned-council', 'rel:risk-presented-to-council']]]);
        // A row that certainly knew still lists, for POSSIBLE, what only possibly reached it (autumn 2009).
        expect(await evidence('POSSIBLE')).toEqual([
          ['CERTAIN', ['rel:bronte-warned-council', 'rel:risk-presented-to-council', 'rel:board-warned-smith', 'rel:patel-warned-smith']],
        ]);
        const early = await store.knowledge({ asOf: '1990-01-01', certainty: 'POSSIBLE', first: 10 });
        expect(early.map((row) => [row.actor.id, row.channel, row.certainty, ids(row.evidence)])).toEqual([
          ['agency:northtown-council', 'DIRECT', 'POSSIBLE', ['rel:bronte-warned-council']],
          ['person:a-smith', 'INSTITUTIONAL', 'POSSIBLE', ['rel:bronte-warned-council']],
          ['person:b-jones', 'INSTITUTIONAL', 'POSSIBLE', ['rel:bronte-warned-council']],
        ]);
      });

      it('pages with first and after, the pages adding up to the whole answer', async () => {
        const pages: string[][][] = [];
        let after: string | undefined;
        for (;;) {
          const page = await store.knowledge({ asOf: '2020-01-01', certainty: 'CERTAIN', first: 3, after });
          if (page.length === 0) break;
          pages.push(rows(page) as string[][]);
          after = page.at(-1)?.cursor;
        }
        expect(pages.map((page) => page.length)).toEqual([3, 3, 2]);
        expect(pages.flat()).toEqual(ALL_BY_2020);
        // A cursor at an open start (null date) continues after it too.
        const [openStart] = await store.knowledge({ asOf: '1990-01-01', certainty: 'POSSIBLE', first: 1 });
        const rest = await store.knowledge({ asOf: '1990-01-01', certainty: 'POSSIBLE', first: 10, after: openStart?.cursor });
        expect(rest.map((row) => row.actor.id)).toEqual(['person:a-smith', 'person:b-jones']);
      });

      it('refuses a cursor that is not one of its own', async () => {
        const [concern] = await store.raisedConcerns({ asOf: '2020-01-01', first: 1 });
        await expect(store.knowledge({ asOf: '2020-01-01', certainty: 'CERTAIN', first: 3, after: concern?.cursor })).rejects.toBeInstanceOf(BadInputError);
        await expect(store.knowledge({ asOf: '2020-01-01', certainty: 'CERTAIN', first: 3, after: 'junk' })).rejects.toBeInstanceOf(BadInputError);
      });
    });

    describe('raised concerns', () => {
      const concerns = async (asOf: string, more: { actor?: string; first?: number; after?: string } = {}) =>
        (await store.raisedConcerns({ asOf, first: 100, ...more })).map((row) => [row.actor.id, ids(row.relations)]);

      it('lists who sent knowledge, and the authors of what did, by their first concern', async () => {
        expect(await concerns('2020-01-01')).toEqual([
          ['person:zoe-bronte', ['rel:bronte-warned-council', 'rel:risk-presented-to-police', 'rel:bronte-warned-police', 'rel:risk-presented-to-council']],
          ['report:risk-2003', ['rel:risk-presented-to-police', 'rel:risk-presented-to-council']],
          ['agency:safeguarding-board', ['rel:board-warned-smith']],
          ['person:c-patel', ['rel:patel-warned-smith']],
          ['person:a-smith', ['rel:smith-warned-jones']],
        ]);
      });

      it('counts only what had begun by asOf, and never an undated warning', async () => {
        expect(await concerns('2003')).toEqual([
          ['person:zoe-bronte', ['rel:bronte-warned-council', 'rel:risk-presented-to-police']],
          ['report:risk-2003', ['rel:risk-presented-to-police']],
        ]);
        expect(await concerns('1990-01-01')).toEqual([['person:zoe-bronte', ['rel:bronte-warned-council']]]);
        expect(await concerns('2020-01-01', { actor: 'person:e-novak' })).toEqual([]);
        expect(await concerns('2020-01-01', { actor: 'person:c-patel' })).toEqual([['person:c-patel', ['rel:patel-warned-smith']]]);
      });

      it('pages with first and after', async () => {
        const [first, second] = await store.raisedConcerns({ asOf: '2020-01-01', first: 2 });
        expect(first?.actor.id).toBe('person:zoe-bronte');
        const rest = await concerns('2020-01-01', { first: 2, after: second?.cursor });
        expect(rest.map((row) => row[0])).toEqual(['agency:safeguarding-board', 'person:c-patel']);
      });
    });

    describe('sources and disputes', () => {
      it('lists sources by id with their claim counts', async () => {
        const sources = await store.sources();
        expect(sources.map((source) => [source.id, source.claimCount])).toEqual([['src-a', 22], ['src-b', 14], ['src-c', 7], ['src-d', 0]]);
        expect(sources).toEqual(dataset.sources);
      });

      it('finds sources by id in the order asked, null where unknown', async () => {
        const found = await store.sourcesByIds(['src-c', 'src-nope', 'src-a', 'src-c']);
        expect(found.map((source) => source?.id ?? null)).toEqual(['src-c', null, 'src-a', 'src-c']);
        expect(found[0]).toEqual(dataset.sources.find((source) => source.id === 'src-c'));
        expect(await store.sourcesByIds([])).toEqual([]);
      });

      it('lists disputes by subject id (relations and entities alike), then field', async () => {
        const disputes = await store.disputes();
        expect(disputes.map((dispute) => [dispute.subject.kind, dispute.subject.id, dispute.field])).toEqual([
          ['relation', 'rel:patel-warned-smith', 'date'],
          ['relation', 'rel:smith-warned-jones', 'occurred'],
          ['entity', 'report:northtown-2014', 'date'],
          ['entity', 'report:risk-2003', 'date'],
          ['entity', 'report:risk-2003', 'figure:children at risk'],
        ]);
        expect(disputes.map((dispute) => dispute.claims.map((claim) => claim.sourceId))).toEqual([
          ['src-a', 'src-b'], ['src-b', 'src-c'], ['src-a', 'src-b', 'src-c'], ['src-a', 'src-c'], ['src-a', 'src-c'],
        ]);
        expect(disputes[2]?.claims.map((claim) => claim.date?.edtf)).toEqual(['2014-08-26', '2014-08-21', '2014-08-27']);
        expect(disputes[1]?.claims.map((claim) => claim.stance)).toEqual(['supports', 'contradicts']);
      });
    });
  });
}
