import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importHarbour } from '../contract/harbourFixture';
import { browserSkipReason, openPage, screenshotPath, unexpectedErrors, useBrowserSuite, waitForGraph } from './harness';

// The page serving another inquiry: tests/fixtures/harbour (a made-up procurement inquiry kept as
// CSV files) imported into a temporary folder and served as it is. Everything the page names
// must come from that data set (title, introduction, kinds, period), and nothing of the
// Rotherham inquiry may show, in any view the test visits.

const SERVER_WORK = { timeout: 20_000 };
const TITLE = 'Eastport harbour contracts inquiry (fictional)';

/** Words of the Rotherham inquiry, its kinds and its years, none of which the harbour data uses. */
const ROTHERHAM_WORDING: readonly RegExp[] = [/rotherham/i, /\bJay\b/, /\bagenc(y|ies)\b/i, /\bReports?\b/, /1997/, /2013/, /child/i];

/** The Rotherham wording in the page's visible text, as "pattern: surrounding text". */
async function rotherhamWording(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => document.body.innerText);
  return ROTHERHAM_WORDING.flatMap((pattern) => {
    const match = pattern.exec(text);
    return match ? [`${pattern}: …${text.slice(Math.max(0, match.index - 40), match.index + 40)}…`] : [];
  });
}

let harbour: Awaited<ReturnType<typeof importHarbour>> | undefined;
beforeAll(async () => {
  harbour = await importHarbour();
});
afterAll(() => harbour?.remove());

const suite = useBrowserSuite(() => ({ server: { dataDir: harbour?.directory } }));

describe.skipIf(browserSkipReason !== null)('another inquiry on the page', () => {
  it("takes its title, introduction, legend and shapes from the data set's own files", async () => {
    const probe = await openPage(suite.browser, suite.server.url);
    const { page } = probe;
    expect(await waitForGraph(page, 16)).toBe(16);
    expect(await page.title()).toBe(`${TITLE} — Inquiry graph`);
    expect(await page.locator('header').first().innerText()).toContain(TITLE);
    const intro = page.locator('.intro');
    expect(await intro.innerText()).toContain('how the publicly owned Eastport Harbour Company let its dredging, breakwater and crane contracts');
    // Three disputes, named by the harbour data's own words.
    expect(await intro.innerText()).toContain('16 entities · 26 relations · 3 disputed facts');
    expect(await intro.getByRole('region', { name: 'Disputed facts' }).innerText()).toContain('North breakwater repair contract');

    const legend = page.locator('details.legend');
    expect((await legend.locator('li').allInnerTexts()).slice(0, 4).map((text) => text.trim())).toEqual(['Company', 'Person', 'Contract', 'Audit']);
    const shapes = await page.evaluate(() => {
      const byKind: Record<string, string> = {};
      window.__cy?.nodes().forEach((node) => {
        byKind[String(node.data('kind'))] = String(node.style('shape'));
      });
      return byKind;
    });
    expect(shapes).toEqual({ COMPANY: 'round-hexagon', PERSON: 'ellipse', CONTRACT: 'barrel', AUDIT: 'round-tag' });

    await page.waitForTimeout(300);
    await page.screenshot({ path: screenshotPath('other-inquiry-overview') });
    expect(await rotherhamWording(page)).toEqual([]);
    expect(unexpectedErrors(probe)).toEqual([]);
    await probe.context.close();
  });

  it('finds a company by its accent-free alias and shows its details, chronology, table, a path and who knew', async () => {
    const probe = await openPage(suite.browser, suite.server.url);
    const { page } = probe;
    await waitForGraph(page, 16);

    await page.getByRole('combobox', { name: 'Find' }).fill('societe nord');
    const suggestions = page.getByRole('listbox', { name: 'Find suggestions' });
    await suggestions.getByRole('option').filter({ hasText: 'Société Portuaire du Nord' }).first().click();
    const panel = page.getByTestId('details-panel');
    await expect.poll(() => panel.locator('h2').textContent(), SERVER_WORK).toBe('Société Portuaire du Nord');
    expect(await panel.locator('.kind-line').innerText()).toContain('Company');
    const sources = panel.getByRole('region', { name: 'Sources' });
    await expect.poll(() => sources.locator('li.claim').count(), SERVER_WORK).toBe(2);
    expect(await sources.innerText()).toContain('Eastport Courier article (fictional)');
    await expect.poll(() => panel.innerText(), SERVER_WORK).toContain('Céline Marchand');
    await page.screenshot({ path: screenshotPath('other-inquiry-details') });
    expect(await rotherhamWording(page)).toEqual([]);

    await page.getByRole('button', { name: 'Chronology', exact: true }).click();
    await page.getByTestId('chrono-item').first().waitFor(SERVER_WORK);
    expect(await page.getByTestId('chrono-item').count()).toBeGreaterThan(0);
    await page.waitForTimeout(300);
    await page.screenshot({ path: screenshotPath('other-inquiry-chronology') });
    expect(await rotherhamWording(page)).toEqual([]);
    await page.getByRole('button', { name: 'List', exact: true }).click();
    const list = page.getByTestId('chronology-list');
    await list.waitFor(SERVER_WORK);
    await expect.poll(() => list.innerText(), SERVER_WORK).toContain('was awarded to');
    expect(await list.innerText()).toContain('Saltmarsh Dredging Ltd');
    await page.screenshot({ path: screenshotPath('other-inquiry-chronology-list') });
    expect(await rotherhamWording(page)).toEqual([]);

    await page.getByRole('button', { name: 'Table', exact: true }).click();
    const table = page.getByTestId('table-view');
    await table.waitFor(SERVER_WORK);
    await expect.poll(() => table.innerText(), SERVER_WORK).toContain('Greywater & Finch LLP');
    expect(await table.innerText()).toContain('Contract');
    await page.screenshot({ path: screenshotPath('other-inquiry-table') });
    expect(await rotherhamWording(page)).toEqual([]);

    await page.getByRole('button', { name: 'Graph', exact: true }).click();
    // The shortest paths between the two people are four steps (tests/fixtures/harbour/README.md).
    await page.getByText('Paths between two entities').click();
    for (const [label, name] of [['From', 'Zoë Lindqvist'], ['To', 'Céline Marchand']] as const) {
      await page.getByRole('combobox', { name: label }).fill(name);
      await page.getByRole('listbox', { name: `${label} suggestions` }).getByRole('option').filter({ hasText: name }).first().click();
    }
    await page.getByRole('button', { name: 'Find paths' }).click();
    const steps = page.getByTestId('path-steps').locator(':scope > li');
    await expect.poll(() => steps.count(), SERVER_WORK).toBe(4);
    expect(await steps.first().innerText()).toContain('Eastport Harbour Company');
    await page.screenshot({ path: screenshotPath('other-inquiry-path') });
    expect(await rotherhamWording(page)).toEqual([]);

    await page.getByText('Who knew what when').click();
    await page.getByLabel('Colour the graph by who knew').check();
    await page.getByTestId('knowledge-counts').waitFor(SERVER_WORK);
    await page.waitForTimeout(300);
    await page.screenshot({ path: screenshotPath('other-inquiry-who-knew') });
    expect(await rotherhamWording(page)).toEqual([]);
    expect(unexpectedErrors(probe)).toEqual([]);
    await probe.context.close();
  });
});
