import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSkipReason, openPage, screenshotPath, seriousAxeViolations, unexpectedErrors, waitForGraph, useBrowserSuite } from './harness';

// The page by keyboard alone: the graph's own keys, skip links, where the focus goes after each
// step, axe-core's verdict, and the whole task of finding a path counted in key presses.

const suite = useBrowserSuite();

/** Presses keys one at a time, counting each; typing a word counts one press per character. */
class Keys {
  count = 0;
  constructor(private readonly page: Page) {}
  async press(key: string, times = 1): Promise<void> {
    for (let i = 0; i < times; i += 1) {
      await this.page.keyboard.press(key);
      this.count += 1;
    }
  }
  async type(text: string): Promise<void> {
    for (const character of text) await this.press(character);
  }
}

/** What has the focus, described for assertions. */
function focusedElement(page: Page) {
  return page.evaluate(() => {
    const active = document.activeElement;
    return {
      tag: active?.tagName ?? null,
      testId: active?.getAttribute('data-testid') ?? null,
      text: (active?.textContent ?? '').trim().slice(0, 80),
      inside: (selector: string) => selector,
      isBody: active === document.body || active === null,
      inDetails: Boolean(active?.closest('#details')),
      inPathList: Boolean(active?.closest('.path-list')),
    };
  });
}

const byName = (name: string) => {
  const entity = suite.entities.find((e) => e.name === name);
  if (!entity) throw new Error(`the data set has no ${name}`);
  return entity;
};

/**
 * Types a name into the focused combobox and picks the suggestion with that exact name using
 * the arrow keys (Enter alone takes the first).
 */
async function pickSuggestion(page: Page, keys: Keys, typed: string, name: string): Promise<void> {
  await keys.type(typed);
  const listId = await page.evaluate(() => document.activeElement?.getAttribute('aria-controls') ?? '');
  const options = page.locator(`[id="${listId}"] [role=option]`);
  await expect.poll(() => options.count()).toBeGreaterThan(0);
  const names = await options.locator('.search-name').allTextContents();
  const index = names.indexOf(name);
  expect(index, `suggestions for "${typed}": ${names.join(', ')}`).toBeGreaterThanOrEqual(0);
  if (index > 0) await keys.press('ArrowDown', index + 1);
  await keys.press('Enter');
}

async function graphFocus(page: Page) {
  return page.evaluate(() => {
    const node = window.__cy?.$('node.keyboard-focus');
    if (!node || node.length !== 1) return null;
    const at = node.renderedPosition();
    return { id: node.id(), x: at.x, y: at.y, outline: Number.parseFloat(String(node.style('outline-width'))) };
  });
}

describe.skipIf(browserSkipReason !== null)('the page by keyboard', () => {
  it('finds and shows the path from Angie Heal to Roger Stone in at most 40 key presses', async () => {
    const from = byName('Angie Heal');
    const to = byName('Roger Stone');
    const probe = await openPage(suite.browser, suite.server.url);
    const { page } = probe;
    await waitForGraph(page, 11);
    const keys = new Keys(page);

    // Tab past the skip links to the search.
    while (!(await focusedElement(page)).testId?.startsWith('search')) {
      await keys.press('Tab');
      expect(keys.count).toBeLessThan(6);
    }
    await pickSuggestion(page, keys, 'angie', from.name);
    // The hit is selected, and its node has the keyboard focus.
    await expect.poll(() => page.getByTestId('details-panel').locator('h2').textContent()).toBe(from.name);
    await expect.poll(async () => (await graphFocus(page))?.id).toBe(from.id);
    await expect.poll(() => page.getByTestId('graph-announcement').textContent()).toContain(from.name);

    // F: the path starts here; the focus moves on to the other end.
    await keys.press('f');
    expect((await focusedElement(page)).testId).toBe('path-to');
    await pickSuggestion(page, keys, 'roger', to.name);
    expect((await focusedElement(page)).testId).toBe('path-find');
    await keys.press('Enter');

    // Read it: Tab into the list of paths.
    const steps = page.getByTestId('path-steps');
    await steps.waitFor();
    while (!(await focusedElement(page)).inPathList) {
      await keys.press('Tab');
      expect(keys.count).toBeLessThanOrEqual(40);
    }
    const text = await steps.textContent();
    expect(text).toContain(from.name);
    expect(text).toContain(to.name);
    expect(await steps.isVisible()).toBe(true);
    await page.screenshot({ path: screenshotPath('keyboard-path-task') });
    console.log(`Keyboard task "from ${from.name} to ${to.name}": ${keys.count} key presses`);
    expect(keys.count).toBeLessThanOrEqual(40);
    expect(unexpectedErrors(probe)).toEqual([]);
    await probe.context.close();
  });

  it('moves between neighbours with the arrow keys, opens with Enter and goes back with Escape, with a visible ring', async () => {
    const probe = await openPage(suite.browser, suite.server.url);
    const { page } = probe;
    await waitForGraph(page, 11);
    // The first stops of the tab order are the skip links, shown when focused.
    await page.keyboard.press('Tab');
    const skip = page.locator('.skip-links a').first();
    expect(await skip.evaluate((element) => element === document.activeElement)).toBe(true);
    const skipBox = (await skip.boundingBox())!;
    expect(skipBox.width).toBeGreaterThan(40);
    expect(skipBox.y).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    expect((await focusedElement(page)).testId).toBe('graph-canvas');
    const start = await graphFocus(page);
    expect(start).not.toBeNull();
    expect(start!.outline).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId('graph-announcement').textContent()).toMatch(/neighbours? on view/);

    // Each arrow leads to a neighbour lying that way on screen, or stays when none does.
    const moves: Record<string, (from: { x: number; y: number }, to: { x: number; y: number }) => boolean> = {
      ArrowRight: (a, b) => b.x > a.x,
      ArrowDown: (a, b) => b.y > a.y,
      ArrowLeft: (a, b) => b.x < a.x,
      ArrowUp: (a, b) => b.y < a.y,
    };
    const visited = [start!.id];
    let moved = 0;
    for (const [key, liesThatWay] of Object.entries(moves)) {
      const before = (await graphFocus(page))!;
      await page.keyboard.press(key);
      await page.waitForTimeout(250);
      const after = (await graphFocus(page))!;
      if (after.id === before.id) {
        await expect.poll(() => page.getByTestId('graph-announcement').textContent()).toContain('lies that way');
        continue;
      }
      moved += 1;
      visited.push(after.id);
      const neighbours = await page.evaluate((id) => window.__cy!.getElementById(id).neighborhood().nodes().map((n) => n.id()), before.id);
      expect(neighbours).toContain(after.id);
      // Compared in model coordinates: the view may have panned to follow the focus.
      const [a, b] = await page.evaluate(([x, y]) => [window.__cy!.getElementById(x!).position(), window.__cy!.getElementById(y!).position()], [before.id, after.id]);
      expect(liesThatWay(a!, b!), `${key} from ${before.id} to ${after.id}`).toBe(true);
    }
    expect(moved).toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath('keyboard-graph-focus') });

    // Enter opens the focused node: selected, its details shown, the focus in them.
    const current = (await graphFocus(page))!;
    const name = suite.entities.find((e) => e.id === current.id)!.name;
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('details-panel').locator('h2').textContent()).toBe(name);
    expect((await focusedElement(page)).inDetails).toBe(true);
    // Escape in the details comes back to the graph, on the same node.
    await page.keyboard.press('Escape');
    expect((await focusedElement(page)).testId).toBe('graph-canvas');
    expect((await graphFocus(page))!.id).toBe(current.id);
    // Escape in the graph walks back along the way taken.
    await page.keyboard.press('Escape');
    expect((await graphFocus(page))!.id).toBe(visited[visited.length - 2]);
    expect(unexpectedErrors(probe)).toEqual([]);
    await probe.context.close();
  });

  it('never drops the focus to <body> after a selection or after picking a path end', async () => {
    const probe = await openPage(suite.browser, suite.server.url);
    const { page } = probe;
    await waitForGraph(page, 11);
    const keys = new Keys(page);
    const from = byName('Angie Heal');
    await page.getByTestId('search').focus();
    await pickSuggestion(page, keys, 'angie', from.name);
    await expect.poll(() => page.getByTestId('details-panel').locator('h2').textContent()).toBe(from.name);
    expect((await focusedElement(page)).isBody).toBe(false);

    // A related entity picked in the details panel: the list it was in is redrawn.
    const related = page.getByTestId('details-panel').locator('.relation-group button').first();
    await related.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('details-panel').locator('h2').textContent()).not.toBe(from.name);
    await page.waitForTimeout(300);
    const afterRelated = await focusedElement(page);
    expect(afterRelated.isBody).toBe(false);
    expect(afterRelated.inDetails).toBe(true);

    // A path end picked in the path panel's own box: the focus moves on to the other end.
    await page.locator('summary', { hasText: 'Paths between two entities' }).focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('path-from').focus();
    await pickSuggestion(page, keys, 'roger', 'Roger Stone');
    await page.waitForTimeout(200);
    const afterEnd = await focusedElement(page);
    expect(afterEnd.isBody).toBe(false);
    expect(afterEnd.testId).toBe('path-to');
    await probe.context.close();
  });

  it('axe-core finds no serious or critical violation on the start page, with a node selected, on the table and in the chronology', async () => {
    const probe = await openPage(suite.browser, suite.server.url);
    const { page } = probe;
    await waitForGraph(page, 11);
    const found: Record<string, string[]> = {};
    found.start = await seriousAxeViolations(page, 'body');
    console.log(`axe start: ${JSON.stringify(found.start)}`);
    const target = byName('Angie Heal');
    await page.getByTestId('search').fill('angie');
    await page.locator('[role=option]', { hasText: target.name }).first().click();
    await expect.poll(() => page.getByTestId('details-panel').locator('h2').textContent()).toBe(target.name);
    found.selected = await seriousAxeViolations(page, 'body');
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    await page.locator('.table-view').waitFor();
    found.table = await seriousAxeViolations(page, 'body');
    await page.getByRole('button', { name: 'Chronology', exact: true }).click();
    await page.locator('.chronology').waitFor();
    await page.waitForTimeout(500);
    found.chronology = await seriousAxeViolations(page, 'body');
    console.log(`axe serious/critical: ${JSON.stringify(found)}`);
    expect(found).toEqual({ start: [], selected: [], table: [], chronology: [] });
    await probe.context.close();
    // axe-core reads the whole page four times: on a busy machine that takes a while.
  }, 240_000);
});
