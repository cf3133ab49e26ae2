import { copyFileSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import Graph from 'graphology';
import { parse as readGexf } from 'graphology-gexf';
import { parse as readGraphMl } from 'graphology-graphml';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, api, browserSkipReason, openPage, screenshotPath, unexpectedErrors, waitForGraph, useBrowserSuite } from './harness';

// Exports ready for a report, made through the page's own Export menu in real Chromium and read
// back with real parsers: CSV (csv-parse), GraphML and GEXF (fast-xml-parser and graphology's
// readers), the picture as SVG and PNG, and the printable case file, opened offline.

const suite = useBrowserSuite();
let sourceTitles: Set<string>;

beforeAll(async () => {
  const data = await api<{ sources: { id: string; title: string }[] }>(suite.server.url, '{ sources { id title } }');
  sourceTitles = new Set(data.sources.map((s) => s.title));
});

interface Saved {
  path: string;
  name: string;
  text: string;
  bytes: Buffer;
}

/** Opens the Export menu, presses one of its buttons and returns the file downloaded. */
async function save(page: Page, label: string): Promise<Saved> {
  const menu = page.locator('details.export-menu');
  if (!(await menu.evaluate((d) => (d as HTMLDetailsElement).open))) await menu.locator('summary').click();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), menu.getByRole('button', { name: label, exact: true }).click()]);
  // Kept under its own name (which also tells a browser opening it what it is).
  const path = resolve(ARTIFACTS, 'exports', download.suggestedFilename());
  await download.saveAs(path);
  const bytes = readFileSync(path);
  return { path, name: download.suggestedFilename(), text: bytes.toString('utf8'), bytes };
}

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['node', 'edge', 'key', 'data'].includes(name) });

function onView(page: Page): Promise<{ nodes: string[]; edges: string[] }> {
  return page.evaluate(() => ({ nodes: window.__cy!.nodes().map((n) => n.id()).sort(), edges: window.__cy!.edges().map((e) => e.id()).sort() }));
}

/** Source titles of ours in a "Title, ¶N, ¶M; Title, ¶K" list. */
function citesKnownSources(list: string): boolean {
  const cited = list.split('; ').map((item) => item.replace(/(, ¶[\d–-]+)+$/, ''));
  return cited.length > 0 && cited.every((title) => sourceTitles.has(title));
}

// Each test downloads several files, each loading every claim: more than the suite's default on a busy machine.
const SLOW = 240_000;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const HASHED_ID = /\b\d{3}_[0-9a-f]{16}\b/;

describe.skipIf(browserSkipReason !== null)('exports ready for a report', () => {
  it('CSV, GraphML and GEXF of the whole graph hold what is on view, with dates and sources by title', async () => {
    const probe = await openPage(suite.browser, suite.server.url);
    await waitForGraph(probe.page, suite.entities.length);
    const view = await onView(probe.page);

    const entitiesFile = await save(probe.page, 'Entities (CSV)');
    expect(entitiesFile.name).toMatch(/_whole-graph_entities_\d{4}-\d{2}-\d{2}\.csv$/);
    const entityRows: Record<string, string>[] = parseCsv(entitiesFile.text, { bom: true, columns: true });
    expect(entityRows.map((r) => r.ID).sort()).toEqual(view.nodes);
    const dated = entityRows.filter((r) => r['Date (EDTF)']);
    expect(dated.length).toBeGreaterThan(0);
    for (const row of dated) {
      expect(row.Date).not.toBe('');
      expect(row.Earliest === '' || DAY.test(row.Earliest ?? '')).toBe(true);
      expect(row.Latest === '' || DAY.test(row.Latest ?? '')).toBe(true);
    }
    // Every entity is cited, by source title and paragraph, never by a hashed id.
    for (const row of entityRows) expect(citesKnownSources(row.Sources ?? ''), row.Sources).toBe(true);
    expect(entitiesFile.text).not.toMatch(HASHED_ID);

    // Done, the menu closes and hands focus back to its summary (never to the page body).
    expect(await probe.page.locator('details.export-menu').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await probe.page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');

    const relationsFile = await save(probe.page, 'Relations (CSV)');
    expect(relationsFile.name).toMatch(/_whole-graph_relations_\d{4}-\d{2}-\d{2}\.csv$/);
    const relationRows: Record<string, string>[] = parseCsv(relationsFile.text, { bom: true, columns: true });
    expect(relationRows.map((r) => r.ID).sort()).toEqual(view.edges);
    for (const row of relationRows) {
      expect(row.From && row.Relation && row.To).toBeTruthy();
      expect(citesKnownSources(row.Sources ?? ''), row.Sources).toBe(true);
    }
    expect(relationRows.some((r) => r['Date (EDTF)'] && r.Date && DAY.test(r.Earliest ?? ''))).toBe(true);
    expect(relationsFile.text).not.toMatch(HASHED_ID);

    const graphml = await save(probe.page, 'GraphML');
    expect(graphml.name).toMatch(/_whole-graph_graph_\d{4}-\d{2}-\d{2}\.graphml$/);
    const graphmlDoc = xml.parse(graphml.text);
    expect(graphmlDoc.graphml.key.length).toBeGreaterThan(10);
    const fromGraphMl = readGraphMl(Graph, graphml.text);
    expect(fromGraphMl.nodes().sort()).toEqual(view.nodes);
    expect(fromGraphMl.edges().sort()).toEqual(view.edges);
    fromGraphMl.forEachNode((id, attributes) => {
      expect(attributes.label, id).toBe(suite.entities.find((e) => e.id === id)?.name);
      expect(['Person', 'Agency', 'Report', 'Event']).toContain(attributes.kind);
      expect(attributes.claims).toBeGreaterThan(0);
      expect(citesKnownSources(String(attributes.sources))).toBe(true);
      expect(typeof attributes.x).toBe('number');
    });
    fromGraphMl.forEachEdge((id, attributes) => {
      expect(attributes.claims, id).toBeGreaterThan(0);
      expect(typeof attributes.type).toBe('string');
    });
    expect(fromGraphMl.filterNodes((_, a) => typeof a.date_edtf === 'string' && DAY.test(String(a.earliest))).length).toBe(dated.filter((r) => r.Earliest).length);

    const gexf = await save(probe.page, 'GEXF');
    expect(gexf.name).toMatch(/\.gexf$/);
    expect(xml.parse(gexf.text).gexf['@version']).toBe('1.3');
    const fromGexf = readGexf(Graph, gexf.text);
    expect(fromGexf.nodes().sort()).toEqual(view.nodes);
    expect(fromGexf.edges().sort()).toEqual(view.edges);
    const sample = suite.entities.find((e) => e.date?.earliest)!;
    expect(fromGexf.getNodeAttributes(sample.id)).toMatchObject({ label: sample.name, earliest: sample.date!.earliest });
    expect(fromGexf.getNodeAttributes(sample.id).claims).toBeGreaterThan(0);

    const json = JSON.parse((await save(probe.page, 'JSON')).text);
    expect(json.entities).toHaveLength(view.nodes.length);
    expect(unexpectedErrors(probe)).toEqual([]);
    await probe.context.close();
  }, SLOW);

  it('the picture, as PNG and SVG, carries title, view, filters, as-of date, legend and sources', async () => {
    // A filtered view with an as-of date, from a link: the picture must say so.
    const probe = await openPage(suite.browser, `${suite.server.url}/?hideKinds=EVENT&asOf=2005-12-31`);
    await waitForGraph(probe.page, 5);
    await probe.page.waitForFunction(() => window.__cy!.nodes('.knew-certain, .knew-possible, .knew-none').length > 0);
    const view = await onView(probe.page);
    expect(suite.entities.filter((e) => e.kind === 'EVENT').some((e) => view.nodes.includes(e.id))).toBe(false);

    const svg = await save(probe.page, 'Picture (SVG)');
    expect(svg.name).toMatch(/_part-of-graph-filtered_as-of-2005-12-31_picture_\d{4}-\d{2}-\d{2}\.svg$/);
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(svg.text);
    expect(parsed.svg).toBeDefined();
    // The data set's own title (its dataset.json), as the API gives it.
    const title = await probe.page.evaluate(async () => {
      const response = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ dataset { title } }' }) });
      return ((await response.json()) as { data: { dataset: { title: string } } }).data.dataset.title;
    });
    expect(title.length).toBeGreaterThan(0);
    const size = { width: Math.ceil(Number(parsed.svg['@_width'])), height: Math.ceil(Number(parsed.svg['@_height'])) };
    expect(size.width).toBeGreaterThan(800);
    const viewer = await suite.browser.newPage({ viewport: { width: size.width, height: Math.min(size.height, 4000) } });
    await viewer.goto(`file://${svg.path}`);
    const words = await viewer.evaluate(() => document.documentElement.textContent ?? '');
    expect(words).toContain(title);
    expect(words).toContain(`Part of the graph · ${view.nodes.length} entities, ${view.edges.length} relations`);
    expect(words).toContain('Filters: hiding events');
    expect(words).toContain('As-of date: 31 Dec 2005');
    expect(words).toContain('certainly knew');
    expect(words).toMatch(/Sources cited by what is on view \(\d+\)/);
    // Every node on view is drawn, with its name.
    expect(await viewer.evaluate(() => [...document.querySelectorAll('g[data-id]')].map((g) => g.getAttribute('data-id')))).toEqual(expect.arrayContaining(view.nodes));
    const cited = await viewer.evaluate(() => [...document.querySelectorAll('text')].map((t) => t.textContent ?? '').filter((t) => /^\d+\. /.test(t)));
    expect(cited.length).toBeGreaterThan(0);
    await viewer.screenshot({ path: screenshotPath('exports-svg') });
    await viewer.close();

    const png = await save(probe.page, 'Picture (PNG)');
    expect(png.name).toMatch(/_picture_\d{4}-\d{2}-\d{2}\.png$/);
    expect(png.bytes.subarray(1, 4).toString()).toBe('PNG');
    const width = png.bytes.readUInt32BE(16);
    const height = png.bytes.readUInt32BE(20);
    expect(width).toBeGreaterThanOrEqual(1800);
    expect(height).toBeGreaterThan(1000);
    copyFileSync(png.path, screenshotPath('exports-picture'));
    expect(unexpectedErrors(probe)).toEqual([]);
    await probe.context.close();
  }, SLOW);

  it('the case file opens offline and prints its picture, chronology, facts and footnoted sources', async () => {
    const person = suite.entities.filter((e) => e.kind === 'PERSON').sort((a, b) => b.degree - a.degree)[0]!;
    const probe = await openPage(suite.browser, `${suite.server.url}/?view=f:${encodeURIComponent(person.id)},e:${encodeURIComponent(person.id)}`);
    await waitForGraph(probe.page, 2);
    const view = await onView(probe.page);
    const file = await save(probe.page, 'Case file (HTML)');
    expect(file.name).toMatch(/_around-[a-z0-9-]+_case-file_\d{4}-\d{2}-\d{2}\.html$/);
    await probe.context.close();

    // A context of its own, that lets nothing load but the file itself.
    const context = await suite.browser.newContext({ viewport: { width: 1100, height: 1400 } });
    const requests: string[] = [];
    context.on('request', (request) => {
      if (!request.url().startsWith('file://')) requests.push(request.url());
    });
    const page = await context.newPage();
    await page.goto(`file://${file.path}`);
    expect(requests).toEqual([]);
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.locator('h1').textContent()).not.toBe('');
    expect(await page.locator('header').textContent()).toContain(`Around ${person.name} · ${view.nodes.length} entities`);
    expect(await page.locator('figure svg g[data-id]').count()).toBe(view.nodes.length + view.edges.length);
    expect(await page.locator('#chronology li').count()).toBeGreaterThan(0);
    expect(await page.locator('#facts table').first().locator('tbody tr').count()).toBe(view.nodes.length);
    expect(await page.locator('#facts table').nth(1).locator('tbody tr').count()).toBe(view.edges.length);
    const notes = await page.locator('#notes li').allTextContents();
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) expect(note).toMatch(/, ¶\d+(?:[–-]\d+)?\.$/);
    for (const note of notes) expect(sourceTitles.has(note.replace(/, ¶[\d–-]+\.$/, ''))).toBe(true);
    // Every footnote mark leads to a note.
    const marks = await page.locator('sup a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(marks.length).toBeGreaterThan(view.nodes.length);
    const ids = new Set((await page.locator('#notes li').evaluateAll((items) => items.map((li) => li.id))).map((id) => `#${id}`));
    expect(marks.every((mark) => ids.has(mark ?? ''))).toBe(true);
    await page.screenshot({ path: screenshotPath('exports-case-file') });
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: screenshotPath('exports-case-file-print'), fullPage: true });
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await context.close();
  }, SLOW);
});
