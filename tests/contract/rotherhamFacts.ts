import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset, Entity, Relation } from '../../server/dataset';
import type { GraphStore } from '../../server/store/GraphStore';
import type { StoreOpener } from './storeContract';

/** The real data set: a few facts any store built from it must show. */
export const ROTHERHAM_SEED = join(import.meta.dirname, '../../seed/rotherham');

// Ids in seed/rotherham/entities.json that the facts below name.
const ALEXIS_JAY = 'person:alexis-jay';
const JAY_REPORT = 'report:jay-2014';
const ANGIE_HEAL = 'person:angie-heal';
const HEAL_REPORT = 'report:heal-2003';
const POLICE = 'agency:south-yorkshire-police';
const COUNCIL = 'agency:rotherham-council';
const CONVICTION_2007 = 'event:conviction-2007';

/** Defines checks of the Rotherham seed on one store (opened on seed/rotherham). */
export function describeRotherhamFacts(storeName: string, openStore: StoreOpener): void {
  describe(`Rotherham facts [${storeName}]`, () => {
    let store: GraphStore;
    let dataset: Dataset;

    beforeAll(async () => {
      ({ store, dataset } = await openStore());
    });
    afterAll(async () => {
      await store?.close();
    });

    const allEntities = async (): Promise<Entity[]> => {
      const entities: Entity[] = [];
      let after: string | undefined;
      for (;;) {
        const page = await store.listEntities({ first: 500, after });
        entities.push(...page.items);
        if (!page.hasNextPage || page.endCursor === null) return entities;
        after = page.endCursor;
      }
    };

    it('holds the whole data set', async () => {
      expect(await store.stats()).toMatchObject({
        entities: dataset.entities.length,
        relations: dataset.relations.length,
        sources: dataset.sources.length,
        disputes: dataset.disputes.length,
      });
    });

    it('has at least one claim on every entity', async () => {
      const entities = await allEntities();
      expect(entities).toHaveLength(dataset.entities.length);
      expect(entities.filter((entity) => entity.claims.length === 0).map((entity) => entity.id)).toEqual([]);
    });

    it('has at least one claim on every relation', async () => {
      const ids = (await allEntities()).map((entity) => entity.id);
      const relations = new Map<string, Relation>();
      for (const list of await store.relationsOf(ids, { direction: 'OUT', first: 100_000 })) {
        for (const relation of list) relations.set(relation.id, relation);
      }
      expect(relations.size).toBe(dataset.relations.length);
      expect([...relations.values()].filter((relation) => relation.claims.length === 0).map((relation) => relation.id)).toEqual([]);
    });

    it('finds Alexis Jay first by name', async () => {
      const hits = await store.search({ text: 'Alexis Jay', first: 5 });
      expect(hits[0]?.entity.id).toBe(ALEXIS_JAY);
    });

    /** The relations of one entity in one direction, of the given types. */
    const relationsOf = async (id: string, direction: 'IN' | 'OUT', types: string[]): Promise<Relation[]> => {
      const [list] = await store.relationsOf([id], { direction, types, first: 500 });
      return list ?? [];
    };
    const knowledgeTypes = async (): Promise<string[]> =>
      (await store.vocabulary()).filter((type) => type.carriesKnowledge).map((type) => type.type);

    it("carries Angie Heal's 2003 warning to South Yorkshire Police, with its claim, and credits her as its author", async () => {
      const warnings = await relationsOf(POLICE, 'IN', await knowledgeTypes());
      const heal = warnings.find((relation) => relation.from === HEAL_REPORT);
      expect(heal).toMatchObject({ type: 'WARNED', to: POLICE, date: { edtf: '2003', earliest: '2003-01-01', latest: '2003-12-31' } });
      expect(heal?.claims.map((claim) => [claim.sourceId, claim.locator])).toEqual([['003_c2ef3fb5faaf3395', '¶9']]);
      const authored = await relationsOf(ANGIE_HEAL, 'OUT', ['AUTHORED']);
      expect(authored.map((relation) => relation.to)).toContain(HEAL_REPORT);
      expect((await store.vocabulary()).find((type) => type.type === 'AUTHORED')?.creditsAuthor).toBe(true);
      // Every warning that reached the force is dated, so the knowledge answer can use it.
      expect(warnings.filter((relation) => relation.date === null).map((relation) => relation.id)).toEqual([]);
    });

    it('answers that South Yorkshire Police knew directly by 2004, with every warning that reached it as evidence', async () => {
      const rows = await store.knowledge({ asOf: '2004-01-01', actor: POLICE, certainty: 'CERTAIN', channels: ['DIRECT'], first: 10 });
      expect(rows.map((row) => [row.channel, row.certainty, row.via.id])).toEqual([['DIRECT', 'CERTAIN', 'rel:home-office-report-warned-police']]);
      expect(rows[0]?.evidence.map((relation) => relation.id)).toEqual([
        'rel:professionals-group-warned-police',
        'rel:youth-workers-warned-police',
        'rel:home-office-report-warned-police',
        'rel:heal-2003-warned-police',
      ]);
      const heal = rows[0]?.evidence.find((relation) => relation.id === 'rel:heal-2003-warned-police');
      expect(heal?.claims.map((claim) => `${claim.sourceId} ${claim.locator}`)).toEqual(['003_c2ef3fb5faaf3395 ¶9']);
    });

    it('answers that Angie Heal raised concerns in 2003, to South Yorkshire Police', async () => {
      const [row, ...rest] = await store.raisedConcerns({ asOf: '2004-01-01', actor: ANGIE_HEAL, first: 10 });
      expect(rest).toEqual([]);
      expect(row?.relations.map((relation) => [relation.id, relation.to])).toEqual([['rel:heal-2003-warned-police', POLICE]]);
    });

    it("answers that the council's elected members knew through the council by 2003, naming the chain", async () => {
      const [row, ...rest] = await store.knowledge({
        asOf: '2003-01-01', actor: 'agency:rotherham-council-members', certainty: 'CERTAIN', channels: ['INSTITUTIONAL'], first: 10,
      });
      expect(rest).toEqual([]);
      expect(row?.chain.at(-1)?.id).toBe('rel:members-member-of-council');
      expect(row?.evidence.map((relation) => relation.id)).toContain('rel:home-office-report-warned-council');
    });

    it("keeps 004's 'only successful prosecution' against 003's 2007 conviction as a dispute", async () => {
      const [conviction] = await store.entitiesByIds([CONVICTION_2007]);
      expect(conviction?.disputedFields).toEqual(['occurred']);
      const dispute = (await store.disputes()).find((candidate) => candidate.subject.id === CONVICTION_2007);
      expect(dispute?.claims.map((claim) => [claim.sourceId.slice(0, 3), claim.locator, claim.stance])).toEqual([
        ['003', '¶13', 'supports'],
        ['004', '¶9', 'contradicts'],
      ]);
    });

    it("holds the council's elected members, senior officers and children's social care as parts that pass knowledge both ways", async () => {
      const vocabulary = new Map((await store.vocabulary()).map((type) => [type.type, type]));
      const parts = await relationsOf(COUNCIL, 'IN', ['PART_OF', 'MEMBER_OF']);
      const partOf = (from: string) => parts.find((relation) => relation.from === from);
      expect(partOf('agency:rotherham-council-members')?.type).toBe('MEMBER_OF');
      expect(partOf('agency:rotherham-council-senior-officers')?.type).toBe('PART_OF');
      expect(partOf('agency:rotherham-childrens-social-care')?.type).toBe('PART_OF');
      for (const type of ['PART_OF', 'MEMBER_OF', 'HELD_ROLE']) expect(vocabulary.get(type)?.passesKnowledge).toBe('both');
    });

    it('has reports reaching central government and the inspectorate by the time Stevens wrote (31 August 2014)', async () => {
      const types = await knowledgeTypes();
      for (const body of ['agency:department-for-education', 'agency:ofsted', 'agency:minister-young-people-families']) {
        const received = await relationsOf(body, 'IN', types);
        const byThen = received.filter((relation) => relation.date?.latest && relation.date.latest <= '2014-08-31');
        expect(byThen.length, body).toBeGreaterThan(0);
      }
    });

    it.each(['South Yorkshire Police', 'south yorkshire police'])('ranks the exact name first: %s before the longer names containing it', async (text) => {
      const hits = await store.search({ text, first: 3 });
      expect(hits.map((hit) => hit.entity.id).slice(0, 2)).toEqual(['agency:south-yorkshire-police', 'agency:south-yorkshire-pcc']);
    });

    it('keeps the three publication dates of the Jay report as a dispute', async () => {
      const [report] = await store.entitiesByIds([JAY_REPORT]);
      expect(report?.disputedFields).toContain('date');
      const dispute = (await store.disputes()).find((candidate) => candidate.subject.id === JAY_REPORT && candidate.field === 'date');
      expect(dispute?.claims).toHaveLength(3);
      expect(new Set(dispute?.claims.map((claim) => claim.sourceId)).size).toBe(3);
      expect(new Set(dispute?.claims.map((claim) => claim.date?.edtf)).size).toBe(3);
    });
  });
}
