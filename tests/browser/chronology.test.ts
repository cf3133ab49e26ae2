import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { api, browserSkipReason, seriousAxeViolations, openPage, pointOf, screenshotPath, unexpectedErrors, waitForGraph, useBrowserSuite } from './harness';

// (d) The chronology: lanes of actors on a time axis, knowledge arrows, labels that never
// overlap, linked selection with the graph, keyboard, accessibility, the list and its export.

const suite = useBrowserSuite();

interface Ref {
  id: string;
  name: string;
}
interface Rel {
  id: string;
  type: string;
  from: Ref;
  to: Ref;
  date: { earliest: string | null; latest: string | null } | null;
}

/** A 2003 warning to a police force, and whoever the chronology should draw it from (the author of a warning report, per the vocabulary). */
async function warning2003(): Promise<{ relation: Rel; warnerLane: string }> {
  const policeId = suite.entities.find((e) => e.name === 'South Yorkshire Police')?.id;
  if (!policeId) throw new Error('no South Yorkshire Police in the data');
  const data = await api<{ vocabulary: { type: string; carriesKnowledge: boolean; creditsAuthor: boolean }[]; entity: { id: string; relations: Rel[] } }>(
    suite.server.url,
    `query($id: ID!) { vocabulary { type carriesKnowledge creditsAuthor }
       entity(id: $id) { id relations(direction: IN, first: 100) { id type from { id name } to { id name } date { earliest latest } } } }`,
    { id: policeId },
  );
  const knowledgeTypes = new Set(data.vocabulary.filter((v) => v.carriesKnowledge).map((v) => v.type));
  const police = data.entity;
  const relation = police.relations.find((r) => knowledgeTypes.has(r.type) && r.date?.earliest?.startsWith('2003'));
  if (!relation) throw new Error('no 2003 knowledge-carrying relation to South Yorkshire Police in the data');
  const authorTypes = new Set(data.vocabulary.filter((v) => v.creditsAuthor).map((v) => v.type));
  const authors = await api<{ entity: { relations: Rel[] } }>(suite.server.url, `query($id: ID!) { entity(id: $id) { relations(direction: IN, first: 100) { id type from { id name } to { id name } date { earliest latest } } } }`, {
    id: relation.from.id,
  });
  const author = authors.entity.relations.filter((r) => authorTypes.has(r.type)).map((r) => r.from.id).sort()[0];
  return { relation, warnerLane: author ?? relation.from.id };
}

async function openChronology(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Chronology', exact: true }).click();
  await page.getByTestId('chrono-item').first().waitFor();
}

type Box = { x: number; y: number; width: number; height: number; text: string };

function labelBoxes(page: Page): Promise<Box[]> {
  return page.$$eval('[data-testid=chrono-label]', (labels) =>
    labels.map((label) => {
      const r = label.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height, text: label.textContent ?? '' };
    }),
  );
}

function overlapping(boxes: readonly Box[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      const apart = a.x + a.width <= b.x + 0.5 || b.x + b.width <= a.x + 0.5 || a.y + a.height <= b.y + 0.5 || b.y + b.height <= a.y + 0.5;
      if (!apart) pairs.push([a.text, b.text]);
    }
  }
  return pairs;
}

describe.skipIf(browserSkipReason !== null)('chronology', () => {
  it('lanes on a year axis; the 2003 warning is an arrow from the warner’s lane to South Yorkshire Police’s; no labels overlap', async () => {
    const { relation, warnerLane } = await warning2003();
    const probe = await openPage(suite.browser, suite.server.url);
    await waitForGraph(probe.page, 11);
    await openChronology(probe.page);
    await probe.page.screenshot({ path: screenshotPath('chronology-open') });

    const ticks = await probe.page.getByTestId('chrono-tick').allTextContents();
    expect(ticks.filter((t) => /^(19|20)\d\d$/.test(t)).length).toBeGreaterThanOrEqual(3);

    const arrow = probe.page.locator(`[data-testid=chrono-arrow][data-id="${relation.id}"]`);
    expect(await arrow.getAttribute('data-from-lane')).toBe(warnerLane);
    expect(await arrow.getAttribute('data-to-lane')).toBe(relation.to.id);
    // The arrow's ends lie inside the two lanes, at the relation's date on the axis.
    const geometry = await probe.page.evaluate(
      ([id, from, to]) => {
        const line = document.querySelector(`[data-testid=chrono-arrow][data-id="${id}"]`) as SVGLineElement;
        const svg = line.ownerSVGElement!.getBoundingClientRect();
        const lane = (laneId: string) => document.querySelector(`rect[data-testid=chrono-lane][data-lane="${laneId}"]`)!.getBoundingClientRect();
        const ticks = [...document.querySelectorAll('[data-testid=chrono-tick]')].map((t) => ({ text: t.textContent, x: (t as SVGTextElement).getBoundingClientRect().x - 3 }));
        return {
          x: svg.x + line.x1.baseVal.value,
          y1: svg.y + line.y1.baseVal.value,
          y2: svg.y + line.y2.baseVal.value,
          from: { top: lane(from!).top, bottom: lane(from!).bottom },
          to: { top: lane(to!).top, bottom: lane(to!).bottom },
          ticks,
        };
      },
      [relation.id, warnerLane, relation.to.id],
    );
    expect(geometry.y1).toBeGreaterThanOrEqual(geometry.from.top);
    expect(geometry.y1).toBeLessThanOrEqual(geometry.from.bottom);
    expect(geometry.y2).toBeGreaterThanOrEqual(geometry.to.top);
    expect(geometry.y2).toBeLessThanOrEqual(geometry.to.bottom);
    const year = Number(relation.date!.earliest!.slice(0, 4));
    const before = geometry.ticks.filter((t) => Number(t.text) <= year).pop();
    const after = geometry.ticks.find((t) => Number(t.text) > year);
    expect(before && geometry.x >= before.x).toBe(true);
    if (after) expect(geometry.x).toBeLessThanOrEqual(after.x);

    // Labels: readable size, and no two overlap.
    const sizes = await probe.page.$$eval('[data-testid=chrono-label]', (labels) => labels.map((l) => parseFloat(getComputedStyle(l).fontSize)));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
    expect(overlapping(await labelBoxes(probe.page))).toEqual([]);

    // Zoomed in, still none overlap, and the axis turns to months.
    for (let i = 0; i < 10; i++) await probe.page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(async () => (await probe.page.getByTestId('chrono-tick').allTextContents()).some((t) => /^[A-Z][a-z]{2}( \d{4})?$/.test(t))).toBe(true);
    expect(overlapping(await labelBoxes(probe.page))).toEqual([]);
    await probe.page.screenshot({ path: screenshotPath('chronology-zoomed') });
    expect(unexpectedErrors(probe)).toEqual([]);
    await probe.context.close();
  });

  it('selection is shared with the graph and the details panel, both ways; keys move between items', async () => {
    const { relation } = await warning2003();
    const probe = await openPage(suite.browser, suite.server.url);
    await waitForGraph(probe.page, 11);
    await openChronology(probe.page);
    const item = probe.page.locator(`[data-testid=chrono-item][data-id="${relation.id}"]`);
    await item.click();
    await expect.poll(() => new URL(probe.page.url()).searchParams.get('sel')).toBe(relation.id);
    await expect.poll(() => probe.page.getByTestId('details-panel').locator('h2').textContent()).toContain(relation.to.name);
    expect(await item.getAttribute('class')).toContain('selected');
    await probe.page.getByRole('button', { name: 'Graph', exact: true }).click();
    await expect.poll(() => probe.page.evaluate((id) => window.__cy?.getElementById(id).hasClass('selected'), relation.id)).toBe(true);

    // Selected in the graph: highlighted in the chronology.
    const point = await pointOf(probe.page, relation.to.id);
    await probe.page.mouse.click(point.x, point.y);
    await expect.poll(() => new URL(probe.page.url()).searchParams.get('sel')).toBe(relation.to.id);
    await openChronology(probe.page);
    await expect.poll(() => probe.page.locator(`.chrono-lane-head[data-lane="${relation.to.id}"]`).getAttribute('class')).toContain('selected');

    // Keyboard: the focused item moves with the arrow keys and Enter selects it.
    await item.focus();
    const start = await probe.page.evaluate(() => document.activeElement?.getAttribute('data-key'));
    await probe.page.keyboard.press('ArrowRight');
    const next = await probe.page.evaluate(() => document.activeElement?.getAttribute('data-key'));
    expect(next).toBeTruthy();
    expect(next).not.toBe(start);
    const outline = await probe.page.evaluate(() => getComputedStyle(document.activeElement!.querySelector('.chrono-hit')!).stroke);
    expect(outline).not.toBe('none');
    await expect.poll(() => probe.page.getByRole('tooltip').textContent()).toBeTruthy();
    await probe.page.keyboard.press('Enter');
    const nextId = await probe.page.evaluate(() => document.activeElement?.getAttribute('data-id'));
    await expect.poll(() => new URL(probe.page.url()).searchParams.get('sel')).toBe(nextId);
    await probe.page.screenshot({ path: screenshotPath('chronology-keyboard') });
    expect(unexpectedErrors(probe)).toEqual([]);
    await probe.context.close();
  });

  it('has no serious or critical accessibility violations (axe-core)', async () => {
    const probe = await openPage(suite.browser, suite.server.url);
    await waitForGraph(probe.page, 11);
    await openChronology(probe.page);
    const run = (selector: string) => seriousAxeViolations(probe.page, selector);
    expect(await run('[data-testid=chronology]')).toEqual([]);
    await probe.page.getByRole('button', { name: 'List', exact: true }).click();
    await probe.page.getByTestId('chronology-list').waitFor();
    expect(await run('[data-testid=chronology]')).toEqual([]);
    await probe.context.close();
  });

  it('the list: facts by year with citations, filtered by actor, exported as Markdown with footnotes', async () => {
    const { relation } = await warning2003();
    const probe = await openPage(suite.browser, suite.server.url);
    await waitForGraph(probe.page, 11);
    await openChronology(probe.page);
    await probe.page.getByRole('button', { name: 'List', exact: true }).click();
    const list = probe.page.getByTestId('chronology-list');
    await expect.poll(() => list.getByRole('button', { name: 'Export Markdown' }).isEnabled()).toBe(true);
    const years = (await list.locator('h3').allTextContents()).map(Number);
    expect(years.length).toBeGreaterThan(3);
    expect([...years].sort((a, b) => a - b)).toEqual(years);
    expect(await list.locator('.chrono-cites').first().textContent()).toMatch(/¶\d+/);

    await list.getByTestId('chrono-list-actor').selectOption(relation.to.id);
    const facts = await list.locator('.chrono-facts li').allTextContents();
    expect(facts.length).toBeGreaterThan(0);
    expect(facts.every((f) => f.includes(relation.to.name))).toBe(true);
    await probe.page.screenshot({ path: screenshotPath('chronology-list') });

    const [download] = await Promise.all([probe.page.waitForEvent('download'), list.getByRole('button', { name: 'Export Markdown' }).click()]);
    const markdown = readFileSync((await download.path())!, 'utf8');
    expect(markdown).toMatch(/^# Chronology/);
    expect(markdown).toMatch(/\[\^1\]: .+, ¶\d+\./);
    expect(markdown).toContain(relation.to.name);
    expect(unexpectedErrors(probe)).toEqual([]);
    await probe.context.close();
  });
});
