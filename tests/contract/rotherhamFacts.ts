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
