import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { api, browserSkipReason, openPage, screenshotPath, unexpectedErrors, waitForGraph, useBrowserSuite, type BrowserSuite, type EntityRow } from './harness';

// Paths keep the user's place: the found path is fitted on screen, a step walked against its
// relation's arrow is marked in the graph and in words, a hub or a relation type can be set
// aside, and every step's sources can be read in full.

interface ApiRelation {
  id: string;
  type: string;
  label: string;
  from: { id: string; name: string };
  to: { id: string; name: string };
}
interface ApiPath {
  nodes: { id: string; name: string; degree: number }[];
  edges: ApiRelation[];
}

/** Polls wait long: the browser suite shares a busy machine. */
const WAIT = { timeout: 90_000, interval: 250 };

const PATHS = `query($from: ID!, $to: ID!, $excludeEntities: [ID!], $excludeTypes: [RelationType!]) {
  paths(from: $from, to: $to, maxHops: 4, limit: 1, excludeEntities: $excludeEntities, excludeTypes: $excludeTypes) {
    nodes { id name degree } edges { id type label from { id name } to { id name } }
  }
}`;

/** The relations a path walks against their arrow (the relation starts at the later entity). */
function againstSteps(path: ApiPath): ApiRelation[] {
  return path.edges.filter((edge, index) => edge.from.id === path.nodes[index + 1]?.id);
}

interface Subject {
  from: EntityRow;
  to: EntityRow;
  path: ApiPath;
  /** The busiest entity between the ends, and the first path that goes round it. */
  hub: { id: string; name: string };
  around: ApiPath;
}

/** Two people whose first path has a step against the arrow and a hub with a way round it, whatever the data set. */
async function findSubject(suite: BrowserSuite): Promise<Subject> {
  const people = suite.entities.filter((e) => e.kind === 'PERSON' && e.degree > 0).sort((a, b) => a.id.localeCompare(b.id));
  for (const from of people) {
    for (const to of people) {
      if (from.id >= to.id) continue;
      const [path] = (await api<{ paths: ApiPath[] }>(suite.server.url, PATHS, { from: from.id, to: to.id })).paths;
      if (!path || path.edges.length < 2 || againstSteps(path).length === 0) continue;
      const between = path.nodes.slice(1, -1);
      const hub = between.reduce((best, node) => (node.degree > best.degree ? node : best));
      const [around] = (await api<{ paths: ApiPath[] }>(suite.server.url, PATHS, { from: from.id, to: to.id, excludeEntities: [hub.id] })).paths;
      if (around) return { from, to, path, hub, around };
    }
  }
  throw new Error('no two people have a path with a step against the arrow and a way round its hub');
}

async function pickInCombobox(page: Page, label: string, name: string) {
  const input = page.getByRole('combobox', { name: label });
  await input.fill(name);
  await page.getByRole('listbox', { name: `${label} suggestions` }).getByRole('option').filter({ hasText: name }).first().click();
}

/** Ids of the given nodes not wholly inside the graph's viewport (labels aside). */
function offScreen(page: Page, ids: readonly string[]): Promise<string[]> {
  return page.evaluate((wanted) => {
    const cy = window.__cy;
    if (!cy) return [...wanted];
    return wanted.filter((id) => {
      const node = cy.getElementById(id);
      if (node.empty()) return true;
      const box = node.renderedBoundingBox({ includeLabels: false });
      return box.x1 < 0 || box.y1 < 0 || box.x2 > cy.width() || box.y2 > cy.height();
    });
  }, ids);
}

function selectorIds(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((s) => (window.__cy?.$(s).map((element) => element.id()) ?? []).sort(), selector);
}

/** Whether the graph has stopped moving (no viewport animation running). */
function settled(page: Page): Promise<boolean> {
  return page.evaluate(() => window.__cy?.animated() === false);
}

describe.skipIf(browserSkipReason !== null)('paths', () => {
  const suite = useBrowserSuite();
  let subject: Subject;

  beforeAll(async () => {
    subject = await findSubject(suite);
  }, 600_000);

  it('fits the path on screen, marks a step against the arrow, and goes round a hub', async () => {
    const { from, to, path, hub, around } = subject;
    const probe = await openPage(suite.browser, suite.server.url);
    const { page } = probe;
    await waitForGraph(page, 11, 120_000);
    // Zoomed in on a corner first: the fit has to bring the path back.
    await page.evaluate(() => window.__cy?.viewport({ zoom: 3, pan: { x: -2000, y: -2000 } }));
    await page.getByText('Paths between two entities').click();
    await pickInCombobox(page, 'From', from.name);
    await pickInCombobox(page, 'To', to.name);
    await page.getByRole('button', { name: 'Find paths' }).click();

    const pathIds = path.nodes.map((node) => node.id);
    await expect.poll(() => selectorIds(page, 'node.on-path'), WAIT).toEqual([...pathIds].sort());
    await expect.poll(() => offScreen(page, pathIds), WAIT).toEqual([]);
    await expect.poll(() => settled(page), WAIT).toBe(true);
    expect(await offScreen(page, pathIds)).toEqual([]);

    // Against the arrow: a dotted, worded edge in the graph and a worded step in the list.
    const against = againstSteps(path);
    expect(await selectorIds(page, 'edge.path-against')).toEqual(against.map((edge) => edge.id).sort());
    const styled = await page.evaluate((id) => {
      const edge = window.__cy?.getElementById(id);
      return edge ? { line: edge.style('line-style'), label: edge.style('label') } : null;
    }, against[0]!.id);
    expect(styled).toEqual({ line: 'dotted', label: `↩ ${against[0]!.label} (against the arrow)` });
    const steps = page.getByTestId('path-steps').locator(':scope > li');
    await expect.poll(() => steps.count(), WAIT).toBe(path.edges.length);
    const firstAgainst = path.edges.findIndex((edge) => edge.id === against[0]!.id);
    const marked = steps.nth(firstAgainst);
    expect(await marked.getAttribute('data-against')).toBe('true');
    const words = await marked.textContent();
    expect(words).toContain(`← ${against[0]!.label}`);
    expect(words).toContain(`against the arrow ${against[0]!.from.name} ${against[0]!.label} ${against[0]!.to.name}`);
    // A step along the arrow, if any, is not marked.
    const alongIndex = path.edges.findIndex((edge) => !against.includes(edge));
    if (alongIndex >= 0) expect(await steps.nth(alongIndex).getAttribute('data-against')).toBe('false');
    await page.screenshot({ path: screenshotPath('paths-fitted-against') });

    // The sources of a step, opened: each claim with its source title and paragraph, in full.
    const claims = marked.locator('details.step-claims');
    await claims.locator('summary').click();
    const items = claims.locator('li.claim');
    expect(await items.count()).toBeGreaterThan(0);
    expect(await items.first().locator('cite').textContent()).not.toBe('');
    expect(await items.first().locator('.locator').textContent()).toMatch(/^¶\d+/);
    expect(await items.first().evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
    await page.screenshot({ path: screenshotPath('paths-sources-open') });

    // Going round the hub gives the path the API gives without it, fitted again.
    await page.getByRole('button', { name: `Find paths that go round ${hub.name}` }).click();
    const aroundIds = around.nodes.map((node) => node.id);
    await expect.poll(() => selectorIds(page, 'node.on-path'), WAIT).toEqual([...aroundIds].sort());
    expect(aroundIds).not.toContain(hub.id);
    expect(aroundIds).not.toEqual(pathIds);
    expect(new URL(page.url()).searchParams.get('pathExclude')).toBe(hub.id);
    await expect.poll(() => settled(page), WAIT).toBe(true);
    expect(await offScreen(page, aroundIds)).toEqual([]);
    await expect.poll(() => page.getByTestId('path-exclusions').getByRole('button', { name: `Stop going round ${hub.name}` }).count(), WAIT).toBe(1);
    await page.screenshot({ path: screenshotPath('paths-round-hub') });

    // Leaving out a relation type the path uses: the page shows what the API finds without it.
    const type = around.edges[0]!.type;
    await page.getByTestId('path-exclude-type').selectOption(type);
    await expect.poll(() => new URL(page.url()).searchParams.get('pathExcludeTypes'), WAIT).toBe(type);
    const variables = { from: from.id, to: to.id, excludeEntities: [hub.id], excludeTypes: [type] };
    const [withoutType] = (await api<{ paths: ApiPath[] }>(suite.server.url, PATHS, variables)).paths;
    if (withoutType) {
      await expect.poll(() => selectorIds(page, 'edge.on-path'), WAIT).toEqual(withoutType.edges.map((edge) => edge.id).sort());
      expect(withoutType.edges.map((edge) => edge.type)).not.toContain(type);
    } else {
      await expect.poll(() => page.getByTestId('path-panel').getByText(/No path of at most \d+ steps connects them without what is set aside/).count(), WAIT).toBe(1);
    }
    await page.screenshot({ path: screenshotPath('paths-type-left-out') });

    // Setting the hub back brings its path back.
    await page.getByRole('button', { name: `Stop going round ${hub.name}` }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('pathExclude'), WAIT).toBeNull();
    expect(unexpectedErrors(probe)).toEqual([]);
    await probe.context.close();
  }, 600_000);
});
