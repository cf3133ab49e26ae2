import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import Graph from 'graphology';
import { parse as readGexf } from 'graphology-gexf';
import { parse as readGraphMl } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../api/types';
import { CLAIMS, author, authored, bystander, claim, council, day, police, report as reportEntity, role, toldCouncil, warned } from '../chronology/fixtures.test-data';
import { NO_FILTERS } from '../state/filters';
import { citationList, citedSources, createFootnotes } from './citations';
import { buildReport, describeFilters, reportFileName, slug, viewScope, type ReportInput } from './report';
import { ENTITY_COLUMNS, RELATION_COLUMNS, entitiesCsv, relationsCsv } from './toCsv';
import { toGexf } from './toGexf';
import { toGraphMl } from './toGraphMl';
import { subgraphToJson } from './toJson';
import { DEFAULT_URL_STATE } from '../state/urlState';
import { TEST_KINDS } from '../profile/fixtures.test-data';

const VOCABULARY = [
  { type: 'WARNED', label: 'warned', description: '', carriesKnowledge: true, passesKnowledge: null, creditsAuthor: false },
  { type: 'HELD_ROLE', label: 'held the role at', description: '', carriesKnowledge: false, passesKnowledge: null, creditsAuthor: false },
] as const;

// A tricky name and a claim on an entity, besides the chronology's fixtures.
const tricky = { ...police, name: 'The "Police" & <Co>' };
const entityClaims = new Map<string, Claim[]>([[reportEntity.id, [claim('s3', 'Annual review, 2003', '¶4')]]]);

function input(overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    datasetTitle: 'Test Inquiry — 1990–2010',
    scope: { kind: 'whole' },
    kinds: TEST_KINDS,
    filters: NO_FILTERS,
    asOf: null,
    entities: [author, reportEntity, tricky, council, bystander],
    relations: [authored, warned, { ...toldCouncil, from: { ...toldCouncil.from, name: tricky.name } }, role],
    claims: { entities: entityClaims, relations: new Map([...CLAIMS].map(([id, claims]) => [id, { note: id === 'rel:warned' ? 'In a letter, 2003.' : null, claims }])) },
    vocabulary: VOCABULARY,
    exportedAt: new Date('2026-11-30T16:40:00Z'),
    ...overrides,
  };
}

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, parseAttributeValue: false, isArray: (name) => ['key', 'node', 'edge', 'data', 'attribute', 'attvalue', 'attributes'].includes(name) });

describe('report of the view', () => {
  it('says what the view is, its filters, as-of date and when it was made', () => {
    const r = buildReport(input({ scope: { kind: 'path', from: 'A. Author', to: 'The Council' }, asOf: '2005-12-31' }));
    expect(r.title).toBe('Test Inquiry — 1990–2010');
    expect(r.subtitle).toBe('Path from A. Author to The Council · 5 entities, 4 relations');
    expect(r.filters).toBe('Filters: none');
    expect(r.asOf).toBe('As-of date: 31 Dec 2005 (colours show who knew by then)');
    expect(r.exported).toBe('Exported 30 Nov 2026, 16:40 UTC');
    expect(reportFileName(r, 'relations', 'csv')).toBe('test-inquiry-1990-2010_path-a-author-to-the-council_as-of-2005-12-31_relations_2026-11-30.csv');
  });

  it('describes filters with the vocabulary’s words', () => {
    expect(describeFilters({ hiddenKinds: ['EVENT', 'REPORT'], hiddenTypes: ['HELD_ROLE', 'UNKNOWN'], from: '2003-01-01', to: null, hideUndated: false }, VOCABULARY, TEST_KINDS)).toBe(
      'Filters: hiding events, reports; hiding relations “held the role at”, “UNKNOWN”; dates from 1 Jan 2003',
    );
    expect(describeFilters({ ...NO_FILTERS, to: '2005-06-30' }, VOCABULARY, TEST_KINDS)).toBe('Filters: dates up to 30 Jun 2005');
  });

  it('names the scope from the view operations', () => {
    const name = (id: string) => id.toUpperCase();
    expect(viewScope([], null, name, 5, 5, false)).toEqual({ kind: 'whole' });
    expect(viewScope([], null, name, 5, 5, true)).toEqual({ kind: 'part' });
    expect(viewScope([{ kind: 'focus', id: 'a' }, { kind: 'expand', id: 'b' }], null, name, 3, 5, false)).toEqual({ kind: 'around', name: 'A' });
    expect(viewScope([{ kind: 'focus', id: 'a' }, { kind: 'showAll' }], null, name, 5, 5, false)).toEqual({ kind: 'whole' });
    expect(viewScope([], { from: 'a', to: 'b' }, name, 5, 5, false)).toEqual({ kind: 'path', from: 'A', to: 'B' });
  });

  it('makes file-name words of any name', () => {
    expect(slug('Équipe “Ünïcode” — 2003/04')).toBe('equipe-unicode-2003-04');
    expect(slug('***')).toBe('export');
    expect(slug('a-very-long-name '.repeat(10), 20)).toBe('a-very-long-name-a');
  });

  it('lists the cited sources once each, by title, with footnotes numbered on first use', () => {
    const r = buildReport(input());
    expect(r.sources.map((s) => [s.source.title, s.claims])).toEqual([
      ['Annual review, 2003', 1],
      ['Inquiry Report', 2],
      ['Newspaper', 1],
    ]);
    const notes = createFootnotes();
    const claims = r.claimsOf('rel:role');
    expect(notes.numbersOf([...claims, ...claims])).toEqual([1, 2]);
    expect(notes.list()).toEqual(['Inquiry Report, ¶3.', 'Newspaper, ¶7.']);
    expect(citedSources([])).toEqual([]);
    // A source cited at several paragraphs is named once.
    expect(citationList([claim('s1', 'Inquiry Report', '¶3'), claim('s2', 'Newspaper', '¶7'), claim('s1', 'Inquiry Report', '¶12'), claim('s1', 'Inquiry Report', '¶3')])).toBe('Inquiry Report, ¶3, ¶12; Newspaper, ¶7');
  });
});

describe('csv export', () => {
  it('writes one row per entity, read back by a CSV parser', () => {
    const text = entitiesCsv(buildReport(input()));
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain('\r\n');
    const rows: Record<string, string>[] = parseCsv(text, { bom: true, columns: true });
    expect(Object.keys(rows[0] ?? {})).toEqual([...ENTITY_COLUMNS]);
    expect(rows.map((row) => row.Name)).toEqual(['A. Author', 'A. Bystander', 'The "Police" & <Co>', 'The Council', 'The Report (2003)']);
    const reportRow = rows.find((row) => row.ID === 'report:r');
    expect(reportRow).toMatchObject({ Kind: 'Report', Date: '2003', 'Date (EDTF)': '2003', Earliest: '2003-01-01', Latest: '2003-12-31', Claims: '1', Sources: 'Annual review, 2003, ¶4', 'Relations on view': '2' });
    expect(rows.find((row) => row.ID === 'person:author')).toMatchObject({ Date: 'undated', Earliest: '', Claims: '0', Sources: '' });
  });

  it('writes one row per relation in date order with dates in words and sources by title', () => {
    const rows: Record<string, string>[] = parseCsv(relationsCsv(buildReport(input())), { bom: true, columns: true });
    expect(Object.keys(rows[0] ?? {})).toEqual([...RELATION_COLUMNS]);
    expect(rows.map((row) => row.ID)).toEqual(['rel:role', 'rel:authored', 'rel:warned', 'rel:told']);
    expect(rows[0]).toMatchObject({ From: 'A. Bystander', Relation: 'held the role at', To: 'The Council', Date: 'from 1999 to 2004', 'Date (EDTF)': '1999/2004', Disputed: 'yes', 'Disputed fields': 'date', Claims: '2', Sources: 'Inquiry Report, ¶3; Newspaper, ¶7' });
    expect(rows[2]).toMatchObject({ Note: 'In a letter, 2003.', 'From kind': 'Report', 'To kind': 'Agency' });
    expect(rows[3]).toMatchObject({ From: 'The "Police" & <Co>', Date: 'before June 2005', Earliest: '', Latest: '2005-06-30' });
    expect(JSON.stringify(rows)).not.toMatch(/\bs[123]\b/);
  });
});

describe('graphml export', () => {
  const r = buildReport(input({ asOf: '2005-12-31' }));
  const positions = new Map([[author.id, { x: 12.34, y: -5 }]]);
  const text = toGraphMl(r, positions);

  it('declares every attribute with its type and parses as XML', () => {
    const doc = xml.parse(text);
    const keys: { '@id': string; '@for': string; '@attr.name': string; '@attr.type': string }[] = doc.graphml.key;
    const declared = new Map(keys.map((k) => [k['@id'], k]));
    for (const key of ['n_kind', 'n_label', 'n_date', 'n_date_edtf', 'n_earliest', 'n_latest', 'n_claims', 'n_sources', 'e_claims', 'e_date_edtf']) expect(declared.has(key)).toBe(true);
    expect(declared.get('n_claims')?.['@attr.type']).toBe('int');
    expect(declared.get('n_disputed')?.['@attr.type']).toBe('boolean');
    const used = new Set<string>();
    for (const node of doc.graphml.graph.node) for (const d of node.data) used.add(d['@key']);
    for (const edge of doc.graphml.graph.edge) for (const d of edge.data) used.add(d['@key']);
    for (const key of used) expect(declared.has(key)).toBe(true);
    expect(doc.graphml.graph.node).toHaveLength(5);
    // yEd's graphics: the node drawn where the page drew it, with its name as label.
    const drawn = doc.graphml.graph.node.find((n: { '@id': string }) => n['@id'] === author.id);
    const shape = drawn.data.find((d: { '@key': string }) => d['@key'] === 'n_yed')['y:ShapeNode'];
    expect(shape['y:Geometry']).toMatchObject({ '@x': '-2.66', '@y': '-20' });
    expect(shape['y:NodeLabel']['#text']).toBe('A. Author');
    expect(declared.get('n_yed')).toMatchObject({ '@for': 'node', '@yfiles.type': 'nodegraphics' });
    expect(doc.graphml.graph.edge).toHaveLength(4);
  });

  it('reads back in graphology with kinds, labels, dates, claim counts and sources', () => {
    const graph = readGraphMl(Graph, text);
    expect(graph.type).toBe('directed');
    expect(graph.order).toBe(5);
    expect(graph.size).toBe(4);
    expect(graph.getAttribute('as_of')).toBe('As-of date: 31 Dec 2005 (colours show who knew by then)');
    expect(graph.getAttribute('sources_cited')).toBe('Annual review, 2003\nInquiry Report\nNewspaper');
    expect(graph.getNodeAttributes('agency:police')).toMatchObject({ label: 'The "Police" & <Co>', kind: 'Agency', claims: 0 });
    expect(graph.getNodeAttributes('report:r')).toMatchObject({ kind: 'Report', date_edtf: '2003', earliest: '2003-01-01', latest: '2003-12-31', claims: 1, sources: 'Annual review, 2003, ¶4', disputed: false });
    expect(graph.getNodeAttributes(author.id)).toMatchObject({ x: 12.3, y: -5 });
    expect(graph.source('rel:warned')).toBe('report:r');
    expect(graph.getEdgeAttributes('rel:role')).toMatchObject({ label: 'held the role at', type: 'HELD_ROLE', date: 'from 1999 to 2004', claims: 2, disputed: true, sources: 'Inquiry Report, ¶3; Newspaper, ¶7' });
    expect(graph.getEdgeAttributes('rel:warned').note).toBe('In a letter, 2003.');
  });
});

describe('gexf export', () => {
  const r = buildReport(input());
  const text = toGexf(r, new Map([[author.id, { x: 10, y: 20 }]]));

  it('is GEXF 1.3 with typed attribute declarations', () => {
    const doc = xml.parse(text);
    expect(doc.gexf['@version']).toBe('1.3');
    const [nodeAttributes, edgeAttributes] = doc.gexf.graph.attributes;
    expect(nodeAttributes['@class']).toBe('node');
    const types = new Map(nodeAttributes.attribute.map((a: Record<string, string>) => [a['@id'], a['@type']]));
    expect(types.get('claims')).toBe('integer');
    expect(types.get('disputed')).toBe('boolean');
    expect(types.get('date_edtf')).toBe('string');
    expect(edgeAttributes.attribute.map((a: Record<string, string>) => a['@id'])).toContain('type');
    expect(doc.gexf.graph.nodes.node).toHaveLength(5);
  });

  it('reads back in graphology with labels, kinds, dates, claims, positions and colours', () => {
    const graph = readGexf(Graph, text);
    expect(graph.order).toBe(5);
    expect(graph.size).toBe(4);
    expect(graph.getAttribute('title')).toBe('Test Inquiry — 1990–2010');
    expect(graph.getNodeAttributes('agency:police')).toMatchObject({ label: 'The "Police" & <Co>', kind: 'Agency' });
    expect(graph.getNodeAttributes('report:r')).toMatchObject({ date: '2003', earliest: '2003-01-01', claims: 1, sources: 'Annual review, 2003, ¶4', shape: 'triangle' });
    expect(graph.getNodeAttributes(author.id)).toMatchObject({ x: 10, y: -20, color: expect.stringMatching(/^(#|rgb)/) });
    expect(graph.getEdgeAttributes('rel:told')).toMatchObject({ label: 'warned', latest: '2005-06-30', date_edtf: '../2005-06', claims: 0 });
    expect(graph.getEdgeAttributes('rel:role')).toMatchObject({ disputed: true, claims: 2 });
  });

  it('keeps parallel relations apart', () => {
    const again = { ...warned, id: 'rel:warned-again', date: day('2004', '2004-01-01', '2004-12-31') };
    const graph = readGexf(Graph, toGexf(buildReport(input({ relations: [warned, again] }))));
    expect(graph.edges('report:r', 'agency:police').sort()).toEqual(['rel:warned', 'rel:warned-again']);
  });
});

describe('json export', () => {
  it('holds the view and the sorted subgraph', () => {
    const text = subgraphToJson([], [warned], DEFAULT_URL_STATE, new Date('2024-01-02T03:04:05Z'));
    const data = JSON.parse(text);
    expect(data).toMatchObject({ format: 'inquiry-graph/subgraph@1', exportedAt: '2024-01-02T03:04:05.000Z', entities: [], relations: [{ id: warned.id }] });
    expect(data.view).toEqual(JSON.parse(JSON.stringify(DEFAULT_URL_STATE)));
  });
});
