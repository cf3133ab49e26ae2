import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserSkipReason, closeBrowserSuite, openBrowserSuite, openPage, screenshotPath, seriousAxeViolations, unexpectedErrors, waitForGraph, type EntityRow, type TestServer } from './harness';

// The page by keyboard alone: the graph's own keys, skip links, where the focus goes after each
// step, axe-core's verdict, and the whole task of finding a path counted in key presses.

let server: TestServer;
let browser: Browser;
let entities: EntityRow[];

beforeAll(async () => {
  ({ server, browser, entities } = await openBrowserSuite());
});

afterAll(() => closeBrowserSuite({ server, browser }));

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
  const entity = entities.find((e) => e.name === name);
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
    const probe = await openPage(browser, server.url);
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
});
