import { DOMParser } from '@xmldom/xmldom';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../api/types';
import { CLAIMS, author, council, police, report as reportEntity, role, warned, bystander, claim } from '../chronology/fixtures.test-data';
import { NO_FILTERS } from '../state/filters';
import { caseFileHtml } from './caseFile';
import { wrapText, type Drawing } from './drawing';
import { legendEntries, pictureSvg, sameColour } from './picture';
import { buildReport, type ReportInput } from './report';
import { TEST_KINDS } from '../profile/fixtures.test-data';

const entities = [author, reportEntity, police, council, bystander];
const relations = [warned, role];
const at = (i: number) => ({ x: 100 + i * 160, y: 80 + (i % 2) * 90 });

const drawing: Drawing = {
  box: { x1: 40, y1: 30, x2: 860, y2: 260 },
  fontFamily: 'sans-serif',
  nodes: entities.map((e, i) => ({
    id: e.id, ...at(i), width: 30, height: 30, shape: i === 1 ? 'tag' : i === 2 ? 'round-rectangle' : 'ellipse', fill: 'rgb(29,78,216)',
    borderColor: '#fff', borderWidth: 2, borderDashed: false, opacity: 1, disputed: false, lines: [e.name], fontSize: 13, bold: false, color: '#111827',
  })),
  edges: [
    { id: warned.id, points: [at(1), { x: 400, y: 60 }, at(2)], color: 'rgb(107,114,128)', width: 1.5, dashed: false, arrow: true, arrowScale: 0.9, opacity: 1, label: 'warned', fontSize: 10, labelColor: '#374151' },
    { id: role.id, points: [at(4), at(3)], color: '#dc2626', width: 1.5, dashed: true, arrow: true, arrowScale: 0.9, opacity: 0.18, label: '⚠ held the role at (disputed)', fontSize: 10, labelColor: '#991b1b' },
  ],
};

function input(overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    datasetTitle: 'Test <Inquiry> & Co',
    scope: { kind: 'whole' },
    kinds: TEST_KINDS,
    filters: { ...NO_FILTERS, hiddenKinds: ['EVENT'] },
    asOf: '2005-12-31',
    entities,
    relations,
    claims: {
      entities: new Map<string, Claim[]>([[reportEntity.id, [claim('s3', 'Annual review & “notes”', '¶4')]]]),
      relations: new Map([...CLAIMS].map(([id, claims]) => [id, { note: null, claims }])),
    },
    vocabulary: [],
    exportedAt: new Date('2026-11-30T16:40:00Z'),
    ...overrides,
  };
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });

function texts(svg: string): string {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  return doc.documentElement?.textContent ?? '';
}

describe('report picture (SVG)', () => {
  it('is well-formed SVG with title, view, filters, as-of date, legend and cited sources', () => {
    const svg = pictureSvg(buildReport(input()), drawing);
    expect(() => parser.parse(svg)).not.toThrow();
    const doc = parser.parse(svg);
    expect(doc.svg['@xmlns']).toBe('http://www.w3.org/2000/svg');
    const text = texts(svg);
    for (const expected of [
      'Test <Inquiry> & Co',
      'The whole graph · 5 entities, 2 relations',
      'Filters: hiding events',
      'As-of date: 31 Dec 2005',
      'Exported 30 Nov 2026',
      'Legend',
      'certainly knew',
      'Sources cited by what is on view (3)',
      '1. Annual review & “notes”',
      '2. Inquiry Report',
      '3. Newspaper',
      'The Report (2003)',
      'warned',
    ]) expect(text).toContain(expected);
    // No hashed source ids anywhere.
    expect(svg).not.toMatch(/\bs[123]\b/);
  });

  it('draws every node and edge of the drawing, faded ones faded', () => {
    const svg = pictureSvg(buildReport(input()), drawing);
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const groups = Array.from(doc.getElementsByTagName('g')).filter((g) => g.getAttribute('data-id'));
    expect(groups.map((g) => g.getAttribute('data-id')).sort()).toEqual([...entities.map((e) => e.id), warned.id, role.id].sort());
    expect(groups.find((g) => g.getAttribute('data-id') === role.id)?.getAttribute('opacity')).toBe('0.18');
    expect(doc.getElementsByTagName('polygon').length).toBeGreaterThanOrEqual(3); // the tag and two arrows
    expect(svg).toContain(' Q400,60 ');
  });

  it('can embed the page’s bitmap instead, and leave out header and sources', () => {
    const svg = pictureSvg(buildReport(input()), drawing, { raster: 'data:image/png;base64,AAAA', header: false, sources: false });
    const text = texts(svg);
    expect(svg).toContain('href="data:image/png;base64,AAAA"');
    expect(text).not.toContain('Sources cited');
    expect(text).not.toContain('Filters:');
    expect(text).toContain('Legend');
  });

  it('shows in the legend only what appears', () => {
    const r = buildReport(input({ asOf: null, entities: [author, police], relations: [] }));
    expect(legendEntries(r, drawing).map((e) => e.label)).toEqual(['Person', 'Agency', 'relation (arrow from the one who acts)']);
  });

  it('keeps a kind’s colour in the legend only where the picture still shows it', () => {
    expect(sameColour('#1d4ed8', 'rgb(29,78,216)')).toBe(true);
    expect(sameColour('#1d4ed8', 'rgb(29, 78, 217)')).toBe(false);
    // Every node is drawn 'rgb(29,78,216)', the person colour: people keep it, the other kinds show their shape only.
    const samples = legendEntries(buildReport(input()), drawing).slice(0, 3).map((e) => e.sample);
    expect(samples[0]).toMatchObject({ shape: 'ellipse', fill: '#1d4ed8' });
    expect(samples[1]).toMatchObject({ shape: 'round-rectangle', fill: '#ffffff', stroke: '#374151' });
  });

  it('wraps text at spaces within the width', () => {
    const measure = (s: string) => s.length * 10;
    expect(wrapText('one two three four', 100, measure)).toEqual(['one two', 'three four']);
    expect(wrapText('  unbreakable-very-long-word  ', 50, measure)).toEqual(['unbreakable-very-long-word']);
    expect(wrapText('', 50, measure)).toEqual([]);
  });
});

describe('case file (HTML)', () => {
  const html = caseFileHtml(buildReport(input({ scope: { kind: 'around', name: 'The Police' } })), drawing);

  it('is a self-contained HTML document with print styles and no scripts', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('@media print');
    expect(html).toContain('@page');
    expect(html).not.toMatch(/<script|<link|src="http|href="http(?!:\/\/www\.w3\.org)/);
    // Well-formed as XML too: every element closed, every text escaped.
    expect(() => new XMLParser().parse(html.replace('<!doctype html>\n', ''))).not.toThrow();
    expect(html).toContain('<title>Test &lt;Inquiry&gt; &amp; Co: Around The Police · 5 entities, 2 relations</title>');
  });

  it('holds the picture, the chronology, the facts with footnotes, the notes and the sources', () => {
    const doc = new DOMParser().parseFromString(html.replace('<!doctype html>\n', ''), 'text/html');
    const text = doc.documentElement?.textContent ?? '';
    expect(doc.getElementsByTagName('svg')).toHaveLength(1);
    const chronology = doc.getElementById('chronology')?.textContent ?? '';
    expect(chronology).toContain('2003');
    expect(chronology).toContain('The Report (2003) warned The Police.');
    expect(chronology).toContain('from 1999 to 2004');
    expect(text).toContain('The Report (2003) warned The Police.');
    expect(text).toContain('Disputed: The sources disagree on the date');
    const notes = Array.from(doc.getElementsByTagName('li')).filter((li) => /^note-\d+$/.test(li.getAttribute('id') ?? ''));
    expect(notes.map((li) => li.textContent)).toEqual(['Inquiry Report, ¶3.', 'Newspaper, ¶7.', 'Annual review & “notes”, ¶4.', 'Inquiry Report, ¶12.']);
    // Every footnote mark points at a note that exists.
    const marks = Array.from(doc.getElementsByTagName('a')).map((a) => a.getAttribute('href'));
    expect(marks.length).toBeGreaterThan(3);
    for (const mark of marks) expect(notes.some((li) => `#${li.getAttribute('id')}` === mark)).toBe(true);
    // Several notes on one fact read as "1,2", not "12".
    expect(html).toContain('<sup><a href="#note-1">1</a>,<a href="#note-2">2</a></sup>');
    expect(text).toContain('Sources cited (3)');
    expect(text).toContain('Reliability high; cited 2 times on view.');
    expect(text).toContain('Entities (5)');
    expect(text).toContain('Relations (2)');
  });
});
