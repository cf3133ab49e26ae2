import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, isEnumType, isInterfaceType, isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset, Entity, Relation } from '../../server/dataset';
import { parseLocator } from '../../server/documents';
import { buildTypeDefs } from '../../server/graphql';
import type { GraphStore, Knowledge } from '../../server/store/GraphStore';
import { HARBOUR_SPREADSHEETS } from './harbourFixture';
import { ids, pathIds, timelineIds } from './storeContract';

// A second inquiry through the same contract: tests/fixtures/harbour, a made-up procurement
// inquiry kept as CSV files with kinds, vocabulary and period of its own, imported by the real
// importer and loaded by the real loader. Every expected value below was worked out by hand
// from those files (their README.md shows the graph and the knowledge reach), never by asking
// a store, so both stores are held to the same answers for an inquiry that is not Rotherham.

export type OtherInquiryOpener = () => Promise<{ store: GraphStore; dataset: Dataset }>;

const rows = (list: readonly Knowledge[]) => list.map((row) => [row.actor.id, row.channel, row.via.id, row.certainty]);
const paragraphText = (sourceId: string, number: number) =>
  readFileSync(join(HARBOUR_SPREADSHEETS, 'documents', `${sourceId}.txt`), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')[number - 1];

/** Every dated entity and relation in timeline order (earliest day, open start first; latest day; id). */
const FULL_TIMELINE = [
  'rel:lindqvist-warned-okafor', // ../2017-09: open start first
  'rel:lindqvist-employed-by-harbour', // 2014/2018-10
  'rel:hale-directed-harbour', // 2014-04/2019-06
  'rel:voss-owned-saltmarsh', // 2015/2018
  'rel:voss-employed-by-harbour', // 2015-02/2018-02
  'rel:okafor-directed-harbour', // 2015-09/..
  'rel:harbour-tendered-dredging', // 2016-02
  'rel:saltmarsh-bid-for-dredging', // two bids in March 2016, by id
  'rel:societe-bid-for-dredging',
  'contract:quay3-dredging', // 2016-05 begins before the 12 May award
  'rel:dredging-awarded-to-saltmarsh',
  'rel:lindqvist-warned-hale', // 2016-06
  'audit:tender-check-2017', // 2017~, the same span as the relation after it: "audit:" < "rel:"
  'rel:lindqvist-carried-out-tender-check',
  'rel:harbour-tendered-breakwater', // spring 2017 (1 March - 31 May), two by id
  'rel:tender-check-sent-to-hale',
  'rel:societe-bid-for-breakwater', // 2017-04
  'contract:breakwater-repair', // July 2017, entity and relation
  'rel:breakwater-awarded-to-societe',
  'rel:harbour-tendered-cranes', // 2018
  'rel:kestrel-bid-for-cranes', // 2018-06
  'rel:greywater-carried-out-procurement-audit', // 2018-10/2019-03
  'contract:crane-supply', // November 2018, entity and relation
  'rel:cranes-awarded-to-kestrel',
  'rel:greywater-warned-harbour', // 2019-02
  'audit:procurement-2019', // 28 March 2019, entity and relation
  'rel:procurement-audit-sent-to-okafor',
];

/** Who knew by the end of 2021, certainly: by the via's earliest day (open first), actor id, channel. */
const KNEW_BY_2022 = [
  ['person:martin-hale', 'INSTITUTIONAL', 'rel:lindqvist-warned-okafor', 'CERTAIN'],
  ['person:ruth-okafor', 'DIRECT', 'rel:lindqvist-warned-okafor', 'CERTAIN'],
  ['company:eastport-harbour', 'INSTITUTIONAL', 'rel:lindqvist-warned-hale', 'CERTAIN'],
  ['person:dmitri-voss', 'INSTITUTIONAL', 'rel:lindqvist-warned-hale', 'CERTAIN'],
  ['person:martin-hale', 'DIRECT', 'rel:lindqvist-warned-hale', 'CERTAIN'],
  ['person:ruth-okafor', 'INSTITUTIONAL', 'rel:lindqvist-warned-hale', 'CERTAIN'],
  ['person:zoe-lindqvist', 'INSTITUTIONAL', 'rel:tender-check-sent-to-hale', 'CERTAIN'],
  ['company:eastport-harbour', 'DIRECT', 'rel:greywater-warned-harbour', 'CERTAIN'],
];

/** The three paths of length 4 from Zoë Lindqvist to Céline Marchand, in contract order. */
const LINDQVIST_TO_MARCHAND = [
  {
    nodes: ['person:zoe-lindqvist', 'company:eastport-harbour', 'contract:breakwater-repair', 'company:societe-portuaire', 'person:celine-marchand'],
    edges: ['rel:lindqvist-employed-by-harbour', 'rel:harbour-tendered-breakwater', 'rel:breakwater-awarded-to-societe', 'rel:marchand-directed-societe'],
  },
  {
    // The same entities: the parallel bid orders after the award by relation id.
    nodes: ['person:zoe-lindqvist', 'company:eastport-harbour', 'contract:breakwater-repair', 'company:societe-portuaire', 'person:celine-marchand'],
    edges: ['rel:lindqvist-employed-by-harbour', 'rel:harbour-tendered-breakwater', 'rel:societe-bid-for-breakwater', 'rel:marchand-directed-societe'],
  },
  {
    nodes: ['person:zoe-lindqvist', 'company:eastport-harbour', 'contract:quay3-dredging', 'company:societe-portuaire', 'person:celine-marchand'],
    edges: ['rel:lindqvist-employed-by-harbour', 'rel:harbour-tendered-dredging', 'rel:societe-bid-for-dredging', 'rel:marchand-directed-societe'],
  },
];

/** Defines the contract suite for one store, run against the harbour inquiry imported from CSV. */
export function describeOtherInquiryContract(storeName: string, openStore: OtherInquiryOpener): void {
  describe(`another inquiry from spreadsheets [${storeName}]`, () => {
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

    it('has its own kinds, in the order of kinds.csv, and its own title and period', async () => {
      expect(await store.kinds()).toEqual([
        { kind: 'Company', label: 'Company', plural: 'Companies', shape: 'round-hexagon', colour: '#0f766e', actor: true },
        { kind: 'Person', label: 'Person', plural: 'People', shape: 'ellipse', colour: '#1e40af', actor: true },
        { kind: 'Contract', label: 'Contract', plural: 'Contracts', shape: 'barrel', colour: '#7e22ce', actor: false },
        { kind: 'Audit', label: 'Audit', plural: 'Audits', shape: 'round-tag', colour: '#a16207', actor: false },
      ]);
      expect(await store.datasetInfo()).toEqual({
        title: 'Eastport harbour contracts inquiry (fictional)',
        period: { edtf: '2015/2021', text: '2015–2021', earliest: '2015-01-01', latest: '2021-12-31' },
        description:
          'A made-up inquiry into how the publicly owned Eastport Harbour Company let its dredging, breakwater and crane contracts, and who was told of the doubts about them, and when.',
      });
      expect(await store.stats()).toEqual({ entities: 16, relations: 26, sources: 4, claims: 50, disputes: 3 });
    });

    it('has its own vocabulary: what carries knowledge, passes it on and credits an author', async () => {
      const vocabulary = await store.vocabulary();
      expect(vocabulary.map((type) => type.type)).toEqual(['AUDITED', 'AWARDED', 'BID_FOR', 'CARRIED_OUT', 'DIRECTED', 'EMPLOYED_BY', 'OWNED', 'SENT_TO', 'TENDERED', 'WARNED']);
      expect(vocabulary.filter((type) => type.carriesKnowledge).map((type) => type.type)).toEqual(['SENT_TO', 'WARNED']);
      expect(vocabulary.filter((type) => type.passesKnowledge !== null).map((type) => [type.type, type.passesKnowledge])).toEqual([['DIRECTED', 'both'], ['EMPLOYED_BY', 'both']]);
      expect(vocabulary.filter((type) => type.creditsAuthor).map((type) => type.type)).toEqual(['CARRIED_OUT']);
      expect(vocabulary.find((type) => type.type === 'AWARDED')).toEqual({
        type: 'AWARDED', label: 'was awarded to', description: 'A contract (from) was given to the company (to) that won it.', carriesKnowledge: false, passesKnowledge: null, creditsAuthor: false,
      });
    });

    it('lists entities by its own kinds', async () => {
      expect(ids((await store.listEntities({ kind: 'Contract', first: 10 })).items)).toEqual(['contract:breakwater-repair', 'contract:crane-supply', 'contract:quay3-dredging']);
      expect(ids((await store.listEntities({ kind: 'Audit', first: 10 })).items)).toEqual(['audit:procurement-2019', 'audit:tender-check-2017']);
      expect((await store.listEntities({ kind: 'Company', first: 10 })).totalCount).toBe(5);
      expect((await store.listEntities({ kind: 'Person', first: 10 })).totalCount).toBe(6);
    });

    it('searches names and aliases forgiving accents both ways, and filters by its kinds', async () => {
      const firstHit = async (text: string) => (await store.search({ text, first: 10 }))[0]?.entity.id;
      expect(await firstHit('societe nord')).toBe('company:societe-portuaire');
      expect(await firstHit('SOCIÉTÉ NORD')).toBe('company:societe-portuaire');
      expect(await firstHit('Societe Portuaire du Nord')).toBe('company:societe-portuaire');
      expect(await firstHit('zoe lindqvist')).toBe('person:zoe-lindqvist');
      expect(await firstHit('celine marchand')).toBe('person:celine-marchand');
      expect(await firstHit('Saltmarsh Marine')).toBe('company:saltmarsh-dredging');
      expect(ids((await store.search({ text: 'dredging', kinds: ['Contract'], first: 10 })).map((hit) => hit.entity))).toEqual(['contract:quay3-dredging']);
      expect(await store.search({ text: 'Société Nord', kinds: ['Person', 'Audit'], first: 10 })).toEqual([]);
    });

    it('gives an entity whole, with its claims, its figure and the figure’s own claim', async () => {
      const [dredging, societe] = await store.entitiesByIds(['contract:quay3-dredging', 'company:societe-portuaire']);
      expect(dredging).toEqual(entity('contract:quay3-dredging'));
      expect(dredging?.date).toEqual({ edtf: '2016-05', text: 'May 2016', earliest: '2016-05-01', latest: '2016-05-31' });
      expect(dredging?.claims.map((claim) => [claim.sourceId, claim.locator, claim.date?.edtf])).toEqual([['src-inquiry', '¶8', '2016-05']]);
      expect(dredging?.figures.map((figure) => [figure.name, figure.value, figure.qualifier, figure.unit])).toEqual([['contract value', 4_200_000, 'about', 'pounds']]);
      expect(dredging?.figures[0]?.claims.map((claim) => [claim.sourceId, claim.locator])).toEqual([['src-audit', '¶3']]);
      expect(dredging?.disputedFields).toEqual([]);
      expect(societe?.name).toBe('Société Portuaire du Nord');
      expect(societe?.aliases).toEqual(['Société Nord', 'SPN']);
      expect(societe?.claims.map((claim) => [claim.sourceId, claim.locator])).toEqual([['src-inquiry', '¶4'], ['src-courier', '¶3']]);
    });

    it('gives neighbours, relations by date (undated last) and degrees', async () => {
      const subgraph = await store.neighborhood({ id: 'person:zoe-lindqvist', depth: 1, limit: 50 });
      expect({ nodes: ids(subgraph.nodes), edges: ids(subgraph.edges), truncated: subgraph.truncated }).toEqual({
        nodes: ['person:zoe-lindqvist', 'audit:tender-check-2017', 'company:eastport-harbour', 'person:martin-hale', 'person:ruth-okafor'],
        edges: [
          'rel:hale-directed-harbour', 'rel:lindqvist-carried-out-tender-check', 'rel:lindqvist-employed-by-harbour', 'rel:lindqvist-warned-hale',
          'rel:lindqvist-warned-okafor', 'rel:okafor-directed-harbour', 'rel:tender-check-sent-to-hale',
        ],
        truncated: false,
      });
      const [societe] = await store.relationsOf(['company:societe-portuaire'], { direction: 'BOTH', first: 20 });
      expect(ids(societe ?? [])).toEqual(['rel:societe-bid-for-dredging', 'rel:societe-bid-for-breakwater', 'rel:breakwater-awarded-to-societe', 'rel:marchand-directed-societe']);
      expect(societe?.[3]).toEqual(relation('rel:marchand-directed-societe'));
      expect(await store.degrees(['company:eastport-harbour', 'contract:quay3-dredging', 'person:zoe-lindqvist', 'person:celine-marchand'])).toEqual([8, 5, 4, 1]);
    });

    it('finds the paths between two people, shortest first, and around a company set aside', async () => {
      const lindqvist = (maxHops: number) => store.paths({ from: 'person:zoe-lindqvist', to: 'person:celine-marchand', maxHops, limit: 10 }).then(pathIds);
      expect(await lindqvist(3)).toEqual([]);
      expect(await lindqvist(4)).toEqual(LINDQVIST_TO_MARCHAND);
      // From the chair: through the audit she received first ("audit:" < "company:"), then
      // through the harbour company; set the company aside and only the audit's paths are left.
      const okafor = (excludeEntities: string[]) =>
        store.paths({ from: 'person:ruth-okafor', to: 'person:celine-marchand', maxHops: 4, limit: 10, excludeEntities }).then(pathIds);
      const ends = ['company:societe-portuaire', 'person:celine-marchand'];
      const throughAudit = [
        {
          nodes: ['person:ruth-okafor', 'audit:procurement-2019', 'contract:breakwater-repair', ...ends],
          edges: ['rel:procurement-audit-sent-to-okafor', 'rel:procurement-audit-audited-breakwater', 'rel:breakwater-awarded-to-societe', 'rel:marchand-directed-societe'],
        },
        {
          nodes: ['person:ruth-okafor', 'audit:procurement-2019', 'contract:breakwater-repair', ...ends],
          edges: ['rel:procurement-audit-sent-to-okafor', 'rel:procurement-audit-audited-breakwater', 'rel:societe-bid-for-breakwater', 'rel:marchand-directed-societe'],
        },
        {
          nodes: ['person:ruth-okafor', 'audit:procurement-2019', 'contract:quay3-dredging', ...ends],
          edges: ['rel:procurement-audit-sent-to-okafor', 'rel:procurement-audit-audited-dredging', 'rel:societe-bid-for-dredging', 'rel:marchand-directed-societe'],
        },
      ];
      expect(await okafor([])).toEqual([
        ...throughAudit,
        {
          nodes: ['person:ruth-okafor', 'company:eastport-harbour', 'contract:breakwater-repair', ...ends],
          edges: ['rel:okafor-directed-harbour', 'rel:harbour-tendered-breakwater', 'rel:breakwater-awarded-to-societe', 'rel:marchand-directed-societe'],
        },
        {
          nodes: ['person:ruth-okafor', 'company:eastport-harbour', 'contract:breakwater-repair', ...ends],
          edges: ['rel:okafor-directed-harbour', 'rel:harbour-tendered-breakwater', 'rel:societe-bid-for-breakwater', 'rel:marchand-directed-societe'],
        },
        {
          nodes: ['person:ruth-okafor', 'company:eastport-harbour', 'contract:quay3-dredging', ...ends],
          edges: ['rel:okafor-directed-harbour', 'rel:harbour-tendered-dredging', 'rel:societe-bid-for-dredging', 'rel:marchand-directed-societe'],
        },
      ]);
      expect(await okafor(['company:eastport-harbour'])).toEqual(throughAudit);
    });

    it('orders the timeline by earliest day (open start first), latest day, then id, across its kinds', async () => {
      expect(timelineIds(await store.timeline({ first: 100 }))).toEqual(FULL_TIMELINE);
      expect(timelineIds(await store.timeline({ from: '2017', to: '2017', first: 100 }))).toEqual([
        'rel:lindqvist-warned-okafor', 'rel:lindqvist-employed-by-harbour', 'rel:hale-directed-harbour', 'rel:voss-owned-saltmarsh',
        'rel:voss-employed-by-harbour', 'rel:okafor-directed-harbour', 'audit:tender-check-2017', 'rel:lindqvist-carried-out-tender-check',
        'rel:harbour-tendered-breakwater', 'rel:tender-check-sent-to-hale', 'rel:societe-bid-for-breakwater', 'contract:breakwater-repair',
        'rel:breakwater-awarded-to-societe',
      ]);
      expect(timelineIds(await store.timeline({ entity: 'company:societe-portuaire', first: 100 }))).toEqual([
        'rel:societe-bid-for-dredging', 'rel:societe-bid-for-breakwater', 'rel:breakwater-awarded-to-societe',
      ]);
    });

    it('keeps the disputes: a contradicting source and two date disagreements, never a mere difference of precision', async () => {
      const disputes = await store.disputes();
      expect(disputes.map((dispute) => [dispute.subject.kind, dispute.subject.id, dispute.field])).toEqual([
        ['entity', 'contract:breakwater-repair', 'date'],
        ['relation', 'rel:dredging-awarded-to-saltmarsh', 'date'],
        ['relation', 'rel:voss-owned-saltmarsh', 'occurred'],
      ]);
      expect(disputes.map((dispute) => dispute.claims.map((claim) => [claim.sourceId, claim.locator, claim.stance, claim.date?.edtf ?? null]))).toEqual([
        [['src-inquiry', '¶13', 'supports', '2017-07'], ['src-minutes', '¶5', 'supports', '2017-09']],
        [['src-inquiry', '¶10', 'supports', '2016-05-12'], ['src-minutes', '¶2', 'supports', '2016-05-19']],
        [['src-inquiry', '¶7', 'supports', null], ['src-courier', '¶4', 'contradicts', null]],
      ]);
      const [owned, warned] = await store.relationsByIds(['rel:voss-owned-saltmarsh', 'rel:lindqvist-warned-hale']);
      expect(owned?.disputedFields).toEqual(['occurred']);
      // June 2016 and "summer 2016" can mean the same day.
      expect(warned?.disputedFields).toEqual([]);
    });

    it('answers who knew what when through its own vocabulary, naming only its actor kinds', async () => {
      const all = await store.knowledge({ asOf: '2021-12-31', certainty: 'CERTAIN', first: 100 });
      expect(rows(all)).toEqual(KNEW_BY_2022);
      const actorKinds = new Set((await store.kinds()).filter((kind) => kind.actor).map((kind) => kind.kind));
      expect(new Set(all.map((row) => row.actor.kind))).toEqual(actorKinds);
      // Mid-June 2016 nothing had certainly arrived; the open-start warning and June's were possible.
      expect(await store.knowledge({ asOf: '2016-06-15', certainty: 'CERTAIN', first: 100 })).toEqual([]);
      expect(rows(await store.knowledge({ asOf: '2016-06-15', certainty: 'POSSIBLE', first: 100 }))).toEqual([
        ['company:eastport-harbour', 'INSTITUTIONAL', 'rel:lindqvist-warned-okafor', 'POSSIBLE'],
        ['person:dmitri-voss', 'INSTITUTIONAL', 'rel:lindqvist-warned-okafor', 'POSSIBLE'],
        ['person:martin-hale', 'INSTITUTIONAL', 'rel:lindqvist-warned-okafor', 'POSSIBLE'],
        ['person:ruth-okafor', 'DIRECT', 'rel:lindqvist-warned-okafor', 'POSSIBLE'],
        ['person:martin-hale', 'DIRECT', 'rel:lindqvist-warned-hale', 'POSSIBLE'],
        ['person:ruth-okafor', 'INSTITUTIONAL', 'rel:lindqvist-warned-hale', 'POSSIBLE'],
      ]);
      expect(rows(await store.knowledge({ asOf: '2016-07-01', certainty: 'CERTAIN', first: 100 }))).toEqual([
        ['company:eastport-harbour', 'INSTITUTIONAL', 'rel:lindqvist-warned-hale', 'CERTAIN'],
        ['person:dmitri-voss', 'INSTITUTIONAL', 'rel:lindqvist-warned-hale', 'CERTAIN'],
        ['person:martin-hale', 'DIRECT', 'rel:lindqvist-warned-hale', 'CERTAIN'],
        ['person:ruth-okafor', 'INSTITUTIONAL', 'rel:lindqvist-warned-hale', 'CERTAIN'],
      ]);
    });

    it('names the chain and the evidence of an institutional answer, links in force only', async () => {
      const [hale] = await store.knowledge({ asOf: '2021-12-31', actor: 'person:martin-hale', certainty: 'CERTAIN', channels: ['INSTITUTIONAL'], first: 10 });
      expect(ids(hale?.chain ?? [])).toEqual(['rel:okafor-directed-harbour', 'rel:hale-directed-harbour']);
      expect(ids(hale?.evidence ?? [])).toEqual(['rel:lindqvist-warned-okafor', 'rel:greywater-warned-harbour', 'rel:procurement-audit-sent-to-okafor']);
      // She had left by February 2019: the auditors' warning to the company never reached her.
      const [lindqvist] = await store.knowledge({ asOf: '2021-12-31', actor: 'person:zoe-lindqvist', certainty: 'CERTAIN', first: 10 });
      expect(ids(lindqvist?.chain ?? [])).toEqual(['rel:hale-directed-harbour', 'rel:lindqvist-employed-by-harbour']);
      expect(ids(lindqvist?.evidence ?? [])).toEqual(['rel:tender-check-sent-to-hale']);
      const [okafor] = await store.knowledge({ asOf: '2021-12-31', actor: 'person:ruth-okafor', certainty: 'CERTAIN', channels: ['DIRECT'], first: 10 });
      expect(okafor?.via).toEqual(relation('rel:lindqvist-warned-okafor'));
      expect(ids(okafor?.evidence ?? [])).toEqual(['rel:lindqvist-warned-okafor', 'rel:procurement-audit-sent-to-okafor']);
      // Contracts and audits never know; the firm that warned and its partner never heard back.
      for (const actor of ['contract:quay3-dredging', 'audit:procurement-2019', 'company:greywater-finch', 'person:oliver-brandt']) {
        expect(await store.knowledge({ asOf: '2021-12-31', actor, certainty: 'POSSIBLE', first: 10 })).toEqual([]);
      }
    });

    it('lists who raised concerns, crediting whoever carried out the audit or check that was sent', async () => {
      const concerns = await store.raisedConcerns({ asOf: '2021-12-31', first: 100 });
      expect(concerns.map((row) => [row.actor.id, ids(row.relations)])).toEqual([
        ['person:zoe-lindqvist', ['rel:lindqvist-warned-okafor', 'rel:lindqvist-warned-hale', 'rel:tender-check-sent-to-hale']],
        ['audit:tender-check-2017', ['rel:tender-check-sent-to-hale']],
        ['company:greywater-finch', ['rel:greywater-warned-harbour', 'rel:procurement-audit-sent-to-okafor']],
        ['audit:procurement-2019', ['rel:procurement-audit-sent-to-okafor']],
      ]);
    });

    it("reads a claim's passage in the imported documents, and lists a source's citations", async () => {
      expect((await store.documents(['src-inquiry', 'src-audit', 'src-minutes', 'src-courier'])).map((document) => document?.paragraphCount)).toEqual([15, 6, 6, 4]);
      const [dredging] = await store.entitiesByIds(['contract:quay3-dredging']);
      const claim = dredging?.figures[0]?.claims[0];
      const range = parseLocator(claim?.locator ?? '');
      expect(range).toEqual({ from: 3, to: 3 });
      const [passage] = await store.paragraphs([{ sourceId: claim?.sourceId ?? '', ...(range ?? { from: 0, to: 0 }) }]);
      expect(passage).toEqual([{ number: 3, text: 'The Quay 3 dredging contract was worth about 4.2 million pounds.' }]);
      expect(passage?.[0]?.text).toBe(paragraphText('src-audit', 3));
      const [award] = await store.paragraphs([{ sourceId: 'src-inquiry', from: 10, to: 11 }]);
      expect(award?.map((paragraph) => paragraph.text)).toEqual([paragraphText('src-inquiry', 10), paragraphText('src-inquiry', 11)]);
      expect(award?.[1]?.text).toContain('Zoë Lindqvist told the chief executive');
      const citations = await store.citations('src-courier');
      expect(citations.map((citation) => [citation.claim.locator, citation.subject.id])).toEqual([
        ['¶2', 'person:zoe-lindqvist'],
        ['¶2', 'rel:lindqvist-warned-hale'],
        ['¶3', 'company:societe-portuaire'],
        ['¶4', 'rel:voss-owned-saltmarsh'],
      ]);
      expect((await store.searchDocuments({ text: 'societe CELINE', first: 10 })).map((hit) => [hit.sourceId, hit.paragraph.number])).toEqual([
        ['src-courier', 3],
        ['src-inquiry', 4],
      ]);
    });

    it('makes the GraphQL schema from its own kinds and vocabulary, with no Rotherham kind in it', async () => {
      const schema = buildSchema(buildTypeDefs({ kinds: await store.kinds(), vocabulary: await store.vocabulary() }));
      for (const kind of ['Company', 'Person', 'Contract', 'Audit']) expect(isObjectType(schema.getType(kind)), kind).toBe(true);
      for (const kind of ['Agency', 'Report', 'Event']) expect(schema.getType(kind), kind).toBeUndefined();
      const entityKind = schema.getType('EntityKind');
      const relationType = schema.getType('RelationType');
      expect(isEnumType(entityKind) && entityKind.getValues().map((value) => value.name)).toEqual(['COMPANY', 'PERSON', 'CONTRACT', 'AUDIT']);
      expect(isEnumType(relationType) && relationType.getValues().map((value) => value.name).sort()).toEqual([
        'AUDITED', 'AWARDED', 'BID_FOR', 'CARRIED_OUT', 'DIRECTED', 'EMPLOYED_BY', 'OWNED', 'SENT_TO', 'TENDERED', 'WARNED',
      ]);
      const entityInterface = schema.getType('Entity');
      expect(isInterfaceType(entityInterface) && schema.getImplementations(entityInterface).objects.map((type) => type.name).sort()).toEqual(['Audit', 'Company', 'Contract', 'Person']);
    });
  });
}
