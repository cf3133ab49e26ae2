import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addClaim, attachDocument, createEntity, revertChange, RecordInputError, retractEntity, type Curator } from '../../server/curation';
import type { Dataset, Entity, Relation } from '../../server/dataset';
import { parseLocator, readDocumentFiles } from '../../server/documents';
import type { ChangeStore } from '../../server/store/ChangeStore';
import type { GraphStore } from '../../server/store/GraphStore';
import { TINY_FIXTURE } from './storeContract';

// The source-document contract, run unchanged on both stores: tests/fixtures/tiny/documents
// (text written for these tests) is attached when the tiny set loads; every expected value
// below is worked out by hand from those files.

export type DocumentStoreOpener = () => Promise<{ store: GraphStore & ChangeStore; dataset: Dataset }>;

/** The real source documents beside the repository (never committed): <repo>/../shared/sources. */
export const SHARED_SOURCES = resolve(import.meta.dirname, '../../../shared/sources');

const fixtureText = (id: string) => readFileSync(join(TINY_FIXTURE, 'documents', `${id}.txt`), 'utf8');

/** Every claim of a data set (entities, their figures, relations) with its record id. */
function everyClaim(dataset: Dataset) {
  const records: (Entity | Relation)[] = [...dataset.entities, ...dataset.relations];
  return records.flatMap((record) => [...record.claims, ...('figures' in record ? record.figures.flatMap((figure) => figure.claims) : [])].map((claim) => ({ record: record.id, claim })));
}

export function describeDocumentContract(storeName: string, openTiny: DocumentStoreOpener, openRotherham: DocumentStoreOpener): void {
  describe(`document contract [${storeName}]`, () => {
    let store: GraphStore & ChangeStore;
    let dataset: Dataset;
    const curator = (): Curator => ({ store, author: 'editor-one' });

    beforeEach(async () => {
      ({ store, dataset } = await openTiny());
    });
    afterEach(async () => {
      await store?.close();
    });

    it('knows which sources have their text attached, and its paragraph count', async () => {
      expect(await store.documents(['src-a', 'src-d', 'src-c', 'no-such-source'])).toEqual([
        { sourceId: 'src-a', paragraphCount: 17, characters: fixtureText('src-a').length },
        null,
        { sourceId: 'src-c', paragraphCount: 7, characters: fixtureText('src-c').length },
        null,
      ]);
    });

    it('answers paragraph ranges: non-empty lines from 1, cut at the end, [] without a document', async () => {
      const [sixAndSeven, pastTheEnd, none] = await store.paragraphs([
        { sourceId: 'src-a', from: 6, to: 7 },
        { sourceId: 'src-b', from: 10, to: 20 },
        { sourceId: 'src-d', from: 1, to: 3 },
      ]);
      // src-a has a blank line before its second and sixth paragraphs: they are not counted.
      expect(sixAndSeven).toEqual([
        { number: 6, text: 'Zoë Brontë, a researcher, gave the first warnings about the abuse.' },
        { number: 7, text: 'Her report on risk was dated June 2003; she is named as its author.' },
      ]);
      expect(pastTheEnd?.map((paragraph) => paragraph.number)).toEqual([10, 11]);
      expect(none).toEqual([]);
    });

    it('searches paragraphs for every word, forgiving case and accents, in source and paragraph order, with the words marked', async () => {
      const hits = await store.searchDocuments({ text: 'ZOE bronte', first: 20 });
      expect(hits.map((hit) => [hit.sourceId, hit.paragraph.number])).toEqual([
        ['src-a', 6],
        ['src-c', 2],
        ['src-c', 5],
      ]);
      const [first] = hits;
      expect(first?.marks.map((mark) => first.paragraph.text.slice(mark.start, mark.end))).toEqual(['Zoë', 'Brontë']);
      expect((await store.searchDocuments({ text: 'zoe bronte', first: 2 })).length).toBe(2);
      expect((await store.searchDocuments({ text: 'procurement audit', first: 20 })).map((hit) => [hit.sourceId, hit.paragraph.number])).toEqual([['src-b', 10]]);
      // Whole words only: "procure" is not "procurement".
      expect(await store.searchDocuments({ text: 'procure', first: 20 })).toEqual([]);
      expect(await store.searchDocuments({ text: ' ,. ', first: 20 })).toEqual([]);
    });

    it('lists the claims citing a source by paragraph, then record, then claim', async () => {
      const citations = await store.citations('src-c');
      expect(citations.map((citation) => [citation.claim.locator, citation.subject.id])).toEqual([
        ['¶1', 'report:northtown-2014'],
        ['¶2', 'person:zoe-bronte'],
        ['¶3', 'report:risk-2003'],
        ['¶4', 'report:risk-2003'],
        ['¶5', 'rel:bronte-warned-board'],
        ['¶6', 'event:meeting-2009'],
        ['¶7', 'rel:smith-warned-jones'],
      ]);
      expect(citations[3]?.field).toMatch(/^figures\.\d+\.claims\.\d+$/);
      expect(citations[4]?.subject.kind).toBe('relation');
      expect(await store.citations('src-d')).toEqual([]);
    });

    it('finds the known entities each paragraph names, by name or alias, whole words, forgiving case and accents', async () => {
      const mentions = await store.mentions({ sourceId: 'src-a', from: 1, to: 17 });
      const named = mentions.paragraphs.map((paragraph) => [
        paragraph.number,
        paragraph.entities.map((mention) => [mention.entityId, mention.marks.map((mark) => paragraph.text.slice(mark.start, mark.end))]),
      ]);
      expect(named).toEqual([
        [1, [['report:northtown-2014', ['Independent Inquiry into Northtown']], ['agency:northtown-council', ['Northtown Council']]]],
        [2, [['agency:northtown-police', ['Northtown Police']]]],
        // An alias: person:a-smith is "Official A. Smith", also known as "Alan Smith".
        [3, [['person:a-smith', ['Alan Smith']]]],
        [6, [['person:zoe-bronte', ['Zoë Brontë']]]],
        [10, [['event:operation-lantern', ['Operation Lantern']]]],
      ]);
      // The text's own spelling is marked: UTF-16 offsets into the paragraph.
      expect(mentions.paragraphs[3]?.entities[0]?.marks).toEqual([{ start: 0, end: 10 }]);
      // Names no entity has, from the language model; "Northtown Council" is known, so it is no candidate.
      expect(mentions.candidates).toEqual([
        { name: 'Bob Jones', kind: 'PERSON', paragraphs: [4] },
        { name: 'Patel', kind: 'PERSON', paragraphs: [5] },
      ]);
      // A range: only its paragraphs; no document: nothing.
      const range = await store.mentions({ sourceId: 'src-b', from: 9, to: 11 });
      expect(range).toEqual({ paragraphs: [], candidates: [{ name: 'Edith Novak', kind: 'PERSON', paragraphs: [9, 10] }, { name: 'Bob Jones', kind: 'PERSON', paragraphs: [11] }] });
      expect(await store.mentions({ sourceId: 'src-d', from: 1, to: 5 })).toEqual({ paragraphs: [], candidates: [] });
    });

    it("follows the graph: a new entity's name is a mention at once and no longer a candidate; a retracted one is gone", async () => {
      const before = await store.mentions({ sourceId: 'src-c', from: 1, to: 1 });
      expect(before).toEqual({ paragraphs: [], candidates: [{ name: 'Northtown Gazette', kind: 'ORGANISATION', paragraphs: [1] }] });
      const claim = { source: 'src-c', locator: '¶1', note: 'A newspaper written for the tests.' };
      const created = await createEntity(curator(), { id: 'agency:gazette', kind: 'Agency', name: 'NORTHTOWN gazette', summary: 'A local newspaper.', claims: [claim] }, 'named in src-c');
      await store.commit(created.draft);
      const after = await store.mentions({ sourceId: 'src-c', from: 1, to: 1 });
      expect(after.candidates).toEqual([]);
      expect(after.paragraphs.map((paragraph) => [paragraph.number, paragraph.entities])).toEqual([[1, [{ entityId: 'agency:gazette', marks: [{ start: 0, end: 17 }] }]]]);

      const [gazette] = await store.entitiesByIds(['agency:gazette']);
      const retracted = await retractEntity(curator(), { id: 'agency:gazette', version: gazette?.version ?? 1 }, 'a test record');
      await store.commit(retracted.draft);
      expect(await store.mentions({ sourceId: 'src-c', from: 1, to: 1 })).toEqual(before);
    });

    it('attaches a text through a change, finds it at once, and a revert detaches it', async () => {
      const { draft } = await attachDocument(curator(), { source: 'src-d', text: 'First line of the review.\n\n  Second line, about lanterns.  \n' }, 'the review is public');
      const change = await store.commit(draft);
      expect(await store.documents(['src-d'])).toEqual([{ sourceId: 'src-d', paragraphCount: 2, characters: 60 }]);
      expect((await store.searchDocuments({ text: 'lanterns', first: 5 })).map((hit) => hit.paragraph)).toEqual([{ number: 2, text: 'Second line, about lanterns.' }]);
      expect((await store.history('src-d', { first: 5 })).items.map((item) => item.operation)).toEqual(['attachDocument']);

      const revert = await revertChange(curator(), store, { id: change.id }, 'attached by mistake');
      await store.commit(revert.draft);
      expect(await store.documents(['src-d'])).toEqual([null]);
      expect(await store.searchDocuments({ text: 'lanterns', first: 5 })).toEqual([]);
    });

    it('refuses a text that would leave a citing claim pointing past its end, naming the record, source and locator', async () => {
      const error = await attachDocument(curator(), { source: 'src-c', text: 'one\ntwo\nthree' }, 'shorter text').then(() => null, (caught: unknown) => caught);
      expect(error).toBeInstanceOf(RecordInputError);
      const message = (error as Error).message;
      expect(message).toContain('rel:bronte-warned-board');
      expect(message).toContain('"¶5" of source "src-c"');
      expect(message).toContain('3 paragraph(s)');
    });

    it('refuses a new claim whose locator is beyond its source document', async () => {
      const [smith] = await store.entitiesByIds(['person:a-smith']);
      const claim = { source: 'src-b', locator: '¶40', note: 'A claim written for the test.' };
      const error = await addClaim(curator(), { subject: 'person:a-smith', version: smith?.version ?? 1, claim }, 'test').then(() => null, (caught: unknown) => caught);
      expect(error).toBeInstanceOf(RecordInputError);
      expect((error as RecordInputError).issues[0]).toMatchObject({ record: 'person:a-smith', field: expect.stringMatching(/locator$/) });
      expect((error as Error).message).toContain('"¶40" of source "src-b"');
    });

    it.skipIf(!existsSync(SHARED_SOURCES))(
      `resolves every locator of seed/rotherham with the five real documents attached from ${SHARED_SOURCES}`,
      async () => {
        await store.close();
        ({ store, dataset } = await openRotherham());
        const documents = await readDocumentFiles(SHARED_SOURCES);
        expect(documents.map((document) => document.id).sort()).toEqual(dataset.sources.map((source) => source.id).sort());
        for (const document of documents) {
          // The attach itself checks every locator citing the source.
          const { draft } = await attachDocument(curator(), { source: document.id, text: document.text }, 'attach the source document');
          await store.commit(draft);
        }
        const claims = everyClaim(dataset);
        const ranges = claims.map(({ claim }) => ({ sourceId: claim.sourceId, ...(parseLocator(claim.locator) ?? { from: 0, to: -1 }) }));
        const passages = await store.paragraphs(ranges);
        const unresolved = claims.filter((_, index) => {
          const range = ranges[index] as { from: number; to: number };
          return (passages[index]?.length ?? 0) !== range.to - range.from + 1 || range.to < range.from;
        });
        expect(unresolved.map(({ record, claim }) => `${record} ${claim.sourceId} ${claim.locator}`)).toEqual([]);
        expect(claims.length).toBeGreaterThan(100);
      },
      300_000,
    );
  });
  if (!existsSync(SHARED_SOURCES)) console.warn(`[documents] skipping the seed/rotherham locator check: no source documents at ${SHARED_SOURCES}`);
}
