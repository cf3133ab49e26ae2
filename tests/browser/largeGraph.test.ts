import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDataset } from '../../bench/generate';
import { api, browserSkipReason, nodeCount, openPage, pointOf, screenshotPath, unexpectedErrors, useBrowserSuite, waitForGraph } from './harness';

// (e) A data set too large to load whole: 5,000 synthetic entities and 50,000 relations from the
// bench generator. The page loads a sample of 1,500, says so, draws it in large-graph mode, and
// search brings in the rest.

const ENTITIES = 5000;
const CAP = 1500;

let dataDir: string;
/** A person the sample leaves out (it takes the first of each kind in id order), with a name only it has. */
let outside: { id: string; name: string };

/** Chromium's GPU process reports software WebGL's slow paths as console warnings; they are not the page's. */
const isDriverNote = (text: string) => /GL Driver Message|GPU stall due to ReadPixels/.test(text);

interface Mode {
  mode: string | undefined;
  renderer: string | undefined;
  attribute: string | null;
}

function modeOf(page: Page): Promise<Mode> {
  return page.evaluate(() => ({
    mode: window.__graphMode,
    renderer: window.__graphRenderer,
    attribute: document.querySelector('[data-testid="graph-canvas"]')?.getAttribute('data-graph-mode') ?? null,
  }));
}

/**
 * A node drawn well inside the canvas, clear of the legend and not selected, whose nearest drawn
 * neighbour is as far as can be: a click on it can only mean it, however crowded the graph.
 */
async function clearNode(page: Page): Promise<string> {
  const canvas = (await page.getByTestId('graph-canvas').boundingBox())!;
  const legend = (await page.locator('.legend').boundingBox())!;
  return page.evaluate(
    ({ canvas, legend }) => {
      const cy = window.__cy!;
      const inLegend = (p: { x: number; y: number }) =>
        p.x > legend.x - canvas.x - 20 && p.x < legend.x - canvas.x + legend.width + 20 && p.y > legend.y - canvas.y - 20 && p.y < legend.y - canvas.y + legend.height + 20;
      const drawn = cy.nodes().map((n) => ({ id: n.id(), selected: n.hasClass('selected'), p: n.renderedPosition() }));
      const onScreen = drawn.filter(({ p }) => p.x > 40 && p.y > 40 && p.x < canvas.width - 40 && p.y < canvas.height - 40);
      let best = { id: '', room: -1 };
      for (const node of onScreen) {
        if (node.selected || inLegend(node.p)) continue;
        const room = Math.min(...drawn.filter((o) => o.id !== node.id).map((o) => Math.hypot(o.p.x - node.p.x, o.p.y - node.p.y)));
        if (room > best.room) best = { id: node.id, room };
      }
      return best.id;
    },
    { canvas, legend },
  );
}

beforeAll(() => {
  if (browserSkipReason !== null) return;
  dataDir = mkdtempSync(join(tmpdir(), 'inquiry-large-'));
  writeDataset(dataDir, ENTITIES);
}, 180_000);

afterAll(() => {
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

// Registered after the hooks that make and remove the data set: it starts after the one and closes before the other.
const suite = useBrowserSuite(() => ({ server: { dataDir } }));

beforeAll(async () => {
  if (browserSkipReason !== null) return;
  const all = JSON.parse(readFileSync(join(dataDir, 'entities.json'), 'utf8')) as { id: string; kind: string; name: string }[];
  const named = new Map<string, number>();
  for (const e of all) named.set(e.name, (named.get(e.name) ?? 0) + 1);
  const people = all.filter((e) => e.kind === 'Person').sort((a, b) => (a.id < b.id ? 1 : -1));
  for (const person of people.slice(0, 30)) {
    if (named.get(person.name) !== 1) continue;
    const hits = await api<{ search: { entity: { id: string } }[] }>(suite.server.url, 'query ($t: String!) { search(text: $t, first: 3) { entity { id } } }', { t: person.name });
    if (hits.search[0]?.entity.id === person.id) {
      outside = { id: person.id, name: person.name };
      break;
    }
  }
  if (!outside) throw new Error('no late person with a unique, searchable name');
}, 180_000);

describe.skipIf(browserSkipReason !== null)('a large data set', () => {
  it('loads a capped sample, says so, draws it in large-graph mode, and search brings in the rest', async () => {
    const probe = await openPage(suite.browser, suite.server.url);
    const { page } = probe;
    const started = Date.now();
    expect(await waitForGraph(page, CAP, 120_000)).toBe(CAP);
    console.log(`large graph: ${await nodeCount(page)} nodes, ${await page.evaluate(() => window.__cy!.edges().length)} edges drawn ${Date.now() - started} ms after navigation`);
    await expect.poll(() => page.getByTestId('cap-notice').textContent()).toBe(`Showing 1,500 of 5,000 entities — search or expand to see more.`);
    expect(await page.evaluate(() => window.__cy!.edges().length)).toBeGreaterThan(CAP);

    const mode = await modeOf(page);
    expect(mode).toMatchObject({ mode: 'large', attribute: 'large' });
    // SwiftShader (this machine) is software WebGL: Canvas 2D with its viewport options is faster there.
    expect(['canvas', 'webgl']).toContain(mode.renderer);
    expect(await page.getByTestId('status').textContent()).toContain('large graph');
    await page.screenshot({ path: screenshotPath('large-graph-overview') });

    // An entity outside the sample: search, pick, and it is on the graph, selected and described.
    expect(await page.evaluate((id) => window.__cy!.getElementById(id).empty(), outside.id)).toBe(true);
    const input = page.getByRole('combobox', { name: 'Find' });
    await input.fill(outside.name);
    const listbox = page.getByRole('listbox', { name: 'Find suggestions' });
    await expect.poll(() => listbox.getByRole('option').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await listbox.getByRole('option').filter({ hasText: outside.name }).first().click();
    await expect.poll(() => page.evaluate((id) => window.__cy?.getElementById(id).hasClass('selected') ?? false, outside.id), { timeout: 30_000 }).toBe(true);
    await expect.poll(() => page.getByTestId('details-panel').locator('h2').textContent(), { timeout: 20_000 }).toBe(outside.name);
    expect(await nodeCount(page)).toBeGreaterThan(CAP);
    expect(await page.getByTestId('cap-notice').textContent()).toMatch(/^Showing 1,5\d\d of 5,000 entities/);
    // Centred at 1:1 or closer, where labels are drawn; the selection keeps its label.
    await expect.poll(() => page.evaluate(() => window.__cy!.zoom())).toBeGreaterThanOrEqual(1);
    await page.waitForTimeout(400);
    await page.screenshot({ path: screenshotPath('large-graph') });

    // A click on another node selects it (picking works in this mode).
    const other = await clearNode(page);
    expect(other).not.toBe('');
    const point = await pointOf(page, other);
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => page.evaluate((id) => window.__cy!.getElementById(id).hasClass('selected'), other)).toBe(true);

    expect(unexpectedErrors(probe).filter((text) => !isDriverNote(text))).toEqual([]);
    expect(probe.blocked).toEqual([]);
    await probe.context.close();
  }, 240_000);

  it('changes renderer mode when the element count crosses the threshold, both ways', async () => {
    const probe = await openPage(suite.browser, suite.server.url);
    const { page } = probe;
    await waitForGraph(page, CAP, 120_000);
    expect((await modeOf(page)).mode).toBe('large');
    const hub = await page.evaluate(() => window.__cy!.nodes().max((n) => n.degree(false)).ele.id());
    // Focus on one entity: two elements, so a new instance in normal mode.
    await page.evaluate((id) => window.__cy!.getElementById(id).emit('tap'), hub);
    await page.getByTestId('details-panel').getByLabel('Focus steps').selectOption('0');
    await page.getByTestId('details-panel').getByRole('button', { name: 'Focus', exact: true }).click();
    await expect.poll(() => modeOf(page)).toEqual({ mode: 'normal', renderer: 'canvas', attribute: 'normal' });
    expect(await nodeCount(page)).toBe(1);
    // Undo: the sample again, in large-graph mode, laid out afresh.
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => modeOf(page), { timeout: 60_000 }).toMatchObject({ mode: 'large', attribute: 'large' });
    await waitForGraph(page, CAP, 60_000);
    expect(await nodeCount(page)).toBe(CAP);
    expect(unexpectedErrors(probe).filter((text) => !isDriverNote(text))).toEqual([]);
    await probe.context.close();
  }, 240_000);

  it('lays out the sample the same way every time', async () => {
    const positions = async () => {
      const probe = await openPage(suite.browser, suite.server.url);
      await waitForGraph(probe.page, CAP, 120_000);
      const result = await probe.page.evaluate(() => window.__cy!.nodes().map((n) => [n.id(), Math.round(n.position('x')), Math.round(n.position('y'))]));
      await probe.context.close();
      return result;
    };
    expect(await positions()).toEqual(await positions());
  }, 240_000);

  it('draws with the WebGL renderer when asked to', async () => {
    const probe = await openPage(suite.browser, '');
    await probe.page.addInitScript(() => {
      window.__forceRenderer = 'webgl';
    });
    await probe.page.goto(suite.server.url);
    await waitForGraph(probe.page, CAP, 120_000);
    expect(await modeOf(probe.page)).toEqual({ mode: 'large', renderer: 'webgl', attribute: 'large' });
    const { page } = probe;
    expect(await page.locator('[data-testid="graph-canvas"] canvas[data-id="layer3-webgl"]').count()).toBe(1);
    await page.screenshot({ path: screenshotPath('large-graph-webgl') });
    // WebGL draws labels at any size, so the page hides those too small to read: all of them
    // when the whole sample is in view, none at 2:1.
    const quiet = () => page.evaluate(() => window.__cy!.nodes('.quiet').length);
    expect(await quiet()).toBe(CAP);
    await page.evaluate(() => window.__cy!.zoom({ level: 2, renderedPosition: { x: window.__cy!.width() / 2, y: window.__cy!.height() / 2 } }));
    await expect.poll(quiet).toBe(0);
    // Leaving large mode (WebGL -> Canvas 2D) is not exercised here: under software WebGL
    // (SwiftShader; these machines have no GPU) the tab crashed while the instance was rebuilt
    // in one of several runs. The switch itself is covered on canvas by the focus/undo test.
    expect(unexpectedErrors(probe).filter((text) => !isDriverNote(text))).toEqual([]);
    await probe.context.close();
  }, 240_000);
});
