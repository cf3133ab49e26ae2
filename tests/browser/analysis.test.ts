import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { api, nodeCount, openPage, screenshotPath, unexpectedErrors, waitForGraph, browserSkipReason, useBrowserSuite, type EntityRow } from './harness';

// (c) Analysis: paths, who knew what when, chronology brushing, filters, permalinks, exports, table view.


const suite = useBrowserSuite();

/** Two people joined by a path of at least two steps, whatever the data set holds. */
async function twoConnectedPeople(): Promise<{ from: EntityRow; to: EntityRow; length: number }> {
  const people = suite.entities.filter((e) => e.kind === 'PERSON' && e.degree > 0).sort((a, b) => a.id.localeCompare(b.id));
  for (const from of people) {
    for (const to of people) {
      if (from.id >= to.id) continue;
      const { paths } = await api<{ paths: { length: number }[] }>(suite.server.url, 'query($f: ID!, $t: ID!) { paths(from: $f, to: $t, maxHops: 4, limit: 1) { length } }', { f: from.id, t: to.id });
      if (paths[0] && paths[0].length >= 2) return { from, to, length: paths[0].length };
    }
  }
  throw new Error('no two people are connected within 4 steps');
}

async function pickInCombobox(page: Page, label: string, name: string) {
  const input = page.getByRole('combobox', { name: label });
  await input.fill(name);
  await page.getByRole('listbox', { name: `${label} suggestions` }).getByRole('option').filter({ hasText: name }).first().click();
}

function classCount(page: Page, selector: string): Promise<number> {
  return page.evaluate((s) => window.__cy?.$(s).length ?? 0, selector);
}

describe.skipIf(browserSkipReason !== null)('analysis', () => {
  it('finds paths between two people, highlights them and lists each step with dates and sources', async () => {
    const { from, to, length } = await twoConnectedPeople();
    const probe = await openPage(suite.browser, suite.server.url);
    await waitForGraph(probe.page, 11);
    await probe.page.getByText('Paths between two entities').click();
    await pickInCombobox(probe.page, 'From', from.name);
    await pickInCombobox(probe.page, 'To', to.name);
    await probe.page.getByRole('button', { name: 'Find paths' }).click();
    const steps = probe.page.getByTestId('path-steps').locator(':scope > li');
    await expect.poll(() => steps.count()).toBe(length);
    // Each step names a source with its paragraph.
    expect(await steps.first().textContent()).toMatch(/¶\d+/);
    await expect.poll(() => classCount(probe.page, 'node.on-path')).toBe(length + 1);
    expect(await classCount(probe.page, 'edge.on-path')).toBe(length);
    expect(await classCount(probe.page, '.faded')).toBeGreaterThan(0);
    const url = new URL(probe.page.url());
    expect([url.searchParams.get('pathFrom'), url.searchParams.get('pathTo')]).toEqual([from.id, to.id]);
    await probe.page.screenshot({ path: screenshotPath('analysis-path') });
    await probe.page.getByTestId('path-panel').getByRole('button', { name: 'Clear' }).click();
    await expect.poll(() => classCount(probe.page, '.on-path')).toBe(0);
    expect(unexpectedErrors(probe)).toEqual([]);
    await probe.context.close();
  });

  it('the as-of slider changes who is coloured as knowing, with evidence', async () => {
    const probe = await openPage(suite.browser, suite.server.url);
    await waitForGraph(probe.page, 11);
    await probe.page.getByText('Who knew what when').click();
    await probe.page.getByLabel('Colour the graph by who knew').check();
    const slider = probe.page.getByTestId('as-of-slider');
    const counts = probe.page.getByTestId('knowledge-counts');
    const certain = async () => Number((await counts.locator('strong').first().textContent()) ?? 'NaN');
    await slider.focus();
    await slider.press('Home');
    await expect.poll(() => counts.textContent()).not.toContain('updating');
    const early = await certain();
    const earlyLabel = await probe.page.getByTestId('as-of-label').textContent();
    await slider.press('End');
    await expect.poll(() => probe.page.getByTestId('as-of-label').textContent()).not.toBe(earlyLabel);
    await expect.poll(certain).toBeGreaterThan(early);
    await expect.poll(() => counts.textContent()).not.toContain('updating');
    const late = await certain();
    await expect.poll(() => classCount(probe.page, 'node.knew-certain')).toBe(late);
    expect(await classCount(probe.page, 'node.knew-none')).toBeGreaterThan(0);
    const evidence = probe.page.getByTestId('knowledge-panel').locator('.knowledge-list li').first();
    expect(await evidence.textContent()).toMatch(/(direct|institutional).+¶\d+/s);
    expect(new URL(probe.page.url()).searchParams.get('asOf')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await probe.page.screenshot({ path: screenshotPath('analysis-who-knew') });
    expect(unexpectedErrors(probe)).toEqual([]);
    await probe.context.close();
  });

  it('filters by kind with counts, and brushing the chronology axis filters by dates', async () => {
    const probe = await openPage(suite.browser, suite.server.url);
    const all = await waitForGraph(probe.page, 11);
    const people = suite.entities.filter((e) => e.kind === 'PERSON').length;
    const filters = probe.page.getByTestId('filters');
    const peopleBox = filters.getByRole('checkbox', { name: /People/ });
    expect(await filters.locator('label.check').filter({ hasText: 'People' }).locator('.count').textContent()).toBe(String(people));
    await peopleBox.uncheck();
    await expect.poll(() => nodeCount(probe.page)).toBe(all - people);
    expect(new URL(probe.page.url()).searchParams.get('hideKinds')).toBe('PERSON');
    await peopleBox.check();
    await expect.poll(() => nodeCount(probe.page)).toBe(all);

    // In the chronology, click an item: it selects what it stands for.
    await probe.page.getByRole('button', { name: 'Chronology', exact: true }).click();
    const item = probe.page.getByTestId('chrono-item').first();
    const itemId = await item.getAttribute('data-id');
    await item.click();
    await expect.poll(() => new URL(probe.page.url()).searchParams.get('sel')).toBe(itemId);

    // Drag across the middle of the chronology's date axis: a date range filter on the graph.
    const box = (await probe.page.getByTestId('chrono-axis').boundingBox())!;
    await probe.page.mouse.move(box.x + box.width * 0.45, box.y + 10);
    await probe.page.mouse.down();
    await probe.page.mouse.move(box.x + box.width * 0.5, box.y + 10, { steps: 5 });
    await probe.page.mouse.move(box.x + box.width * 0.55, box.y + 10, { steps: 5 });
    await probe.page.mouse.up();
    await expect.poll(() => new URL(probe.page.url()).searchParams.get('from')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(new URL(probe.page.url()).searchParams.get('to')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await probe.page.getByRole('button', { name: 'Graph', exact: true }).click();
    await expect.poll(() => nodeCount(probe.page)).toBeLessThan(all);
    await probe.page.screenshot({ path: screenshotPath('analysis-filtered') });
    await probe.page.getByRole('button', { name: 'Chronology', exact: true }).click();
    await probe.page.getByRole('button', { name: 'clear dates' }).click();
    await probe.page.getByRole('button', { name: 'Graph', exact: true }).click();
    await expect.poll(() => nodeCount(probe.page)).toBe(all);
    expect(unexpectedErrors(probe)).toEqual([]);
    await probe.context.close();
  });

  it('a permalink restores selection, view, filters, layout and as-of date in a new page', async () => {
    const probe = await openPage(suite.browser, suite.server.url);
    await waitForGraph(probe.page, 11);
    const target = [...suite.entities].sort((a, b) => b.degree - a.degree)[0]!;
    await pickInCombobox(probe.page, 'Find', target.name);
    const panel = probe.page.getByTestId('details-panel');
    await expect.poll(() => panel.locator('h2').textContent()).toBe(target.name);
    await panel.getByRole('button', { name: 'Focus' }).click();
    await panel.getByRole('button', { name: 'Expand' }).click();
    await expect.poll(() => nodeCount(probe.page)).toBeGreaterThan(1);
    await probe.page.getByTestId('filters').getByRole('checkbox', { name: /Events/ }).uncheck();
    await probe.page.getByTestId('layout-select').selectOption('concentric');
    await probe.page.getByText('Who knew what when').click();
    await probe.page.getByLabel('Colour the graph by who knew').check();
    await expect.poll(() => new URL(probe.page.url()).searchParams.get('asOf')).not.toBeNull();
    const link = probe.page.url();
    const count = await nodeCount(probe.page);
    const ids = await probe.page.evaluate(() => window.__cy!.nodes().map((n) => n.id()).sort());
    await probe.context.close();

    const again = await openPage(suite.browser, link);
    await waitForGraph(again.page, 1);
    await expect.poll(() => nodeCount(again.page)).toBe(count);
    expect(await again.page.evaluate(() => window.__cy!.nodes().map((n) => n.id()).sort())).toEqual(ids);
    await expect.poll(() => again.page.getByTestId('details-panel').locator('h2').textContent()).toBe(target.name);
    expect(await again.page.getByTestId('layout-select').inputValue()).toBe('concentric');
    expect(await again.page.getByTestId('filters').getByRole('checkbox', { name: /Events/ }).isChecked()).toBe(false);
    expect(await again.page.getByTestId('as-of-slider').isVisible()).toBe(true);
    expect(again.page.url()).toBe(link);
    expect(unexpectedErrors(again)).toEqual([]);
    await again.context.close();
  });

  it('exports PNG, JSON and CSV of what is on view; the table view lists the same', async () => {
    const probe = await openPage(suite.browser, suite.server.url);
    const all = await waitForGraph(probe.page, 11);
    // The Export menu (tests/browser/exports.test.ts reads every format back in depth).
    const save = async (name: string) => {
      const menu = probe.page.locator('details.export-menu');
      if (!(await menu.evaluate((d) => (d as HTMLDetailsElement).open))) await menu.locator('summary').click();
      const [download] = await Promise.all([probe.page.waitForEvent('download'), menu.getByRole('button', { name, exact: true }).click()]);
      const path = await download.path();
      return { file: readFileSync(path), filename: download.suggestedFilename() };
    };
    const png = await save('Picture (PNG)');
    expect(png.filename).toMatch(/\.png$/);
    expect(png.file.subarray(1, 4).toString()).toBe('PNG');
    expect(png.file.length).toBeGreaterThan(5000);

    const json = await save('JSON');
    const data = JSON.parse(json.file.toString('utf8'));
    expect(data.entities).toHaveLength(all);
    expect(data.relations.length).toBeGreaterThan(0);

    const csv = await save('Relations (CSV)');
    const lines = csv.file.toString('utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^ID,From,Relation,To,Type/);
    expect(lines).toHaveLength(data.relations.length + 1);
    expect(lines.slice(1).every((line) => /¶\d+/.test(line))).toBe(true);

    await probe.page.getByRole('button', { name: 'Table' }).click();
    const table = probe.page.getByTestId('table-view');
    await expect.poll(() => table.locator('table').first().locator('tbody tr').count()).toBe(all);
    expect(await table.locator('table').nth(1).locator('tbody tr').count()).toBe(data.relations.length);
    const first = table.locator('table').first().locator('tbody tr').first().getByRole('button');
    const name = await first.textContent();
    await first.click();
    await expect.poll(() => probe.page.getByTestId('details-panel').locator('h2').textContent()).toBe(name);
    await probe.page.screenshot({ path: screenshotPath('analysis-table') });
    await probe.page.getByRole('button', { name: 'Graph' }).click();
    expect(await probe.page.getByTestId('graph-canvas').isVisible()).toBe(true);
    expect(unexpectedErrors(probe)).toEqual([]);
    await probe.context.close();
  });
});
