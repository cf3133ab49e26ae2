import { describe, expect, it } from 'vitest';
import { browserSkipReason, openPage, pointOf, screenshotPath, unexpectedErrors, waitForGraph, useBrowserSuite } from './harness';
import { measureLabels, summarise } from './labelMetrics';

// A graph a person can read: labels big enough at the default zoom and never on top of each
// other, a hover card, zoom buttons, a selection that keeps the node's colour, and a table that
// sorts by date.

const suite = useBrowserSuite();

/** The page with the whole graph drawn and its labels placed (placement waits for a frame). */
async function openGraph() {
  const probe = await openPage(suite.browser, suite.server.url);
  await waitForGraph(probe.page, suite.entities.length);
  await probe.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return probe;
}

const zoomOf = (probe: Awaited<ReturnType<typeof openGraph>>) => probe.page.evaluate(() => window.__cy?.zoom() ?? 0);

// Each test loads the whole page; on a busy machine that alone can take half a minute.
describe.skipIf(browserSkipReason !== null)('a readable graph', { timeout: 150_000 }, () => {
  it('draws labels of at least 11 px at the default zoom, none overlapping another, the hubs among them', async () => {
    const probe = await openGraph();
    const metrics = await measureLabels(probe.page);
    console.log(`default view: ${summarise(metrics)}`);
    await probe.page.screenshot({ path: screenshotPath('readable-default') });
    expect(metrics.drawn.length).toBeGreaterThan(suite.entities.length / 4);
    expect(Math.min(...metrics.drawn.map((label) => label.renderedPx))).toBeGreaterThanOrEqual(11);
    expect(metrics.overlaps).toEqual([]);
    expect(metrics.cutOff.length).toBeLessThanOrEqual(2);
    const hub = [...suite.entities].sort((a, b) => b.degree - a.degree)[0]!;
    expect(metrics.drawn.map((label) => label.id)).toContain(hub.id);
    // Relation labels wait for hover or selection.
    expect(await probe.page.evaluate(() => window.__cy?.edges('.show-label').length)).toBe(0);
    expect(unexpectedErrors(probe)).toEqual([]);
    await probe.context.close();
  });

  it('zoom buttons zoom in and out about the middle, and Fit brings the whole graph back', async () => {
    const probe = await openGraph();
    const start = await zoomOf(probe);
    const before = await measureLabels(probe.page);
    await probe.page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => zoomOf(probe)).toBeGreaterThan(start * 1.3);
    await probe.page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => zoomOf(probe)).toBeGreaterThan(start * 1.9);
    await probe.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const zoomed = await measureLabels(probe.page);
    console.log(`zoomed in twice: ${summarise(zoomed)}`);
    await probe.page.screenshot({ path: screenshotPath('readable-zoomed') });
    // Closer in, the labels that are on screen spread apart: they keep their size and still never overlap.
    expect(Math.min(...zoomed.drawn.map((label) => label.renderedPx))).toBeGreaterThanOrEqual(11);
    expect(zoomed.overlaps).toEqual([]);
    expect(zoomed.cutOff.length).toBeLessThanOrEqual(2);
    await probe.page.getByRole('button', { name: 'Zoom out' }).click();
    await expect.poll(() => zoomOf(probe)).toBeLessThan(start * 1.9);
    await probe.page.getByRole('button', { name: 'Fit the graph to the screen' }).click();
    await expect.poll(() => zoomOf(probe)).toBeCloseTo(start, 2);
    expect(before.drawn.length).toBeGreaterThan(0);
    expect(unexpectedErrors(probe)).toEqual([]);
    await probe.context.close();
  });

  it('pointing at a node shows a card with its full name, kind, date and counts, and its relations’ labels', async () => {
    const probe = await openGraph();
    const subject = [...suite.entities].filter((e) => e.date?.earliest).sort((a, b) => b.degree - a.degree)[0]!;
    const at = await pointOf(probe.page, subject.id);
    await probe.page.mouse.move(at.x, at.y);
    const card = probe.page.getByTestId('hover-card');
    await expect.poll(() => card.isVisible()).toBe(true);
    expect(await card.locator('.hover-card-name').textContent()).toBe(subject.name);
    const kindLabel = subject.kind.charAt(0) + subject.kind.slice(1).toLowerCase();
    expect(await card.textContent()).toContain(kindLabel);
    expect(await card.textContent()).toContain(subject.date!.earliest!.slice(0, 4));
    await expect.poll(() => card.getByTestId('hover-card-counts').textContent()).toMatch(new RegExp(`^${subject.degree} relations · \\d+ claims?$`));
    const claims = Number(/· (\d+) claim/.exec((await card.getByTestId('hover-card-counts').textContent()) ?? '')?.[1]);
    expect(claims).toBeGreaterThan(0);
    await expect.poll(() => probe.page.evaluate(() => window.__cy?.edges('.show-label').length)).toBe(subject.degree);
    await probe.page.screenshot({ path: screenshotPath('readable-hover') });
    // Moving away hides the card and the relation labels.
    await probe.page.mouse.move(5, 5);
    await expect.poll(() => card.count()).toBe(0);
    await expect.poll(() => probe.page.evaluate(() => window.__cy?.edges('.show-label').map((e) => `${e.id()} ${e.classes().join(' ')}`))).toEqual([]);
    expect(unexpectedErrors(probe)).toEqual([]);
    await probe.context.close();
  });

  it('selecting a node rings it without tinting it, and shows its relations’ labels', async () => {
    const probe = await openGraph();
    const person = suite.entities.find((e) => e.kind === 'PERSON' && e.degree > 0)!;
    const fill = () => probe.page.evaluate((id) => window.__cy?.getElementById(id).style('background-color'), person.id);
    const before = await fill();
    const at = await pointOf(probe.page, person.id);
    await probe.page.mouse.click(at.x, at.y);
    await expect.poll(() => probe.page.evaluate((id) => window.__cy?.getElementById(id).hasClass('selected'), person.id)).toBe(true);
    expect(await fill()).toBe(before);
    expect(await probe.page.evaluate((id) => Number(window.__cy?.getElementById(id).style('overlay-opacity')), person.id)).toBe(0);
    await expect.poll(() => probe.page.evaluate(() => window.__cy?.edges('.show-label').length)).toBe(person.degree);
    const metrics = await measureLabels(probe.page);
    expect(metrics.drawn.map((label) => label.id)).toContain(person.id);
    await probe.page.screenshot({ path: screenshotPath('readable-selected') });
    await probe.context.close();
  });

  it('the legend says what dashed red, the heavy line and ◆ mean, in words on screen', async () => {
    const probe = await openGraph();
    const legend = probe.page.locator('.legend');
    await expect.poll(() => legend.textContent()).toContain('sources disagree');
    expect(await legend.textContent()).toContain('◆ carries knowledge');
    expect(await legend.textContent()).not.toMatch(/\bdisputed\b/);
    expect(await probe.page.getByTestId('filters').textContent()).toContain('◆ relation carries knowledge');
    await probe.context.close();
  });

  it('the table sorts entities by date, earliest first or last, with the undated at the end, and says so (aria-sort)', async () => {
    const probe = await openGraph();
    await probe.page.getByRole('button', { name: 'Table', exact: true }).click();
    const table = probe.page.getByTestId('table-view').locator('table').first();
    const dateHeader = table.getByRole('columnheader', { name: /^Date/ });
    const earliestByName = new Map(suite.entities.map((e) => [e.name, e.date?.earliest ?? null]));
    const order = async () => (await table.locator('tbody th[scope=row]').allTextContents()).map((name) => earliestByName.get(name.trim()) ?? null);
    const isSorted = (days: (string | null)[], direction: 1 | -1) => {
      const dated = days.filter((d): d is string => d !== null);
      const firstUndated = days.indexOf(null);
      const undatedLast = firstUndated === -1 || days.slice(firstUndated).every((d) => d === null);
      return undatedLast && dated.every((day, i) => i === 0 || direction * day.localeCompare(dated[i - 1]!) >= 0);
    };
    expect(await dateHeader.getAttribute('aria-sort')).toBe('none');
    await dateHeader.getByRole('button').click();
    await expect.poll(() => dateHeader.getAttribute('aria-sort')).toBe('ascending');
    const ascending = await order();
    expect(ascending).toHaveLength(suite.entities.length);
    expect(isSorted(ascending, 1)).toBe(true);
    expect(ascending.includes(null)).toBe(suite.entities.some((e) => !e.date?.earliest));
    await probe.page.screenshot({ path: screenshotPath('readable-table-by-date') });
    await dateHeader.getByRole('button').click();
    await expect.poll(() => dateHeader.getAttribute('aria-sort')).toBe('descending');
    const descending = await order();
    expect(isSorted(descending, -1)).toBe(true);
    expect(descending[0]).not.toBe(ascending[0]);
    // The first row sits below the sticky header, not under it.
    const header = (await table.locator('thead').boundingBox())!;
    const firstRow = (await table.locator('tbody tr').first().boundingBox())!;
    expect(firstRow.y).toBeGreaterThanOrEqual(header.y + header.height - 1);
    expect(unexpectedErrors(probe)).toEqual([]);
    await probe.context.close();
  });
});
