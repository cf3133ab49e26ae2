import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSkipReason, openPage, screenshotPath, unexpectedErrors, waitForGraph, useBrowserSuite } from './harness';

// The page on a phone, 390 px wide: the graph first, labels that can be read, a search hit
// centred with its details in a bottom sheet that closes by touch and by keyboard.

const suite = useBrowserSuite();

const PHONE = { width: 390, height: 844 };

/** Top and bottom of an element on the page, in CSS pixels from the top of the viewport. */
async function box(page: Page, selector: string) {
  const found = await page.locator(selector).first().boundingBox();
  if (!found) throw new Error(`${selector} is not drawn`);
  return found;
}

describe.skipIf(browserSkipReason !== null)('the page on a phone', () => {
  it('puts the graph first, with labels that can be read', async () => {
    const probe = await openPage(suite.browser, suite.server.url, { viewport: PHONE, mobile: true });
    const { page } = probe;
    await waitForGraph(page, 11);
    await page.waitForTimeout(500);
    await page.screenshot({ path: screenshotPath('phone-start') });
    const graph = await box(page, '[data-testid=graph-canvas]');
    // On the first screen, above the filters and the details.
    expect(graph.y).toBeLessThan(PHONE.height / 3);
    expect(graph.height).toBeGreaterThan(PHONE.height / 3);
    expect(graph.width).toBeGreaterThan(PHONE.width - 20);
    expect((await box(page, '.side-panel')).y).toBeGreaterThan(graph.y + graph.height - 1);
    // The legend starts folded to one line in the graph's corner, and opens by touch.
    const legend = page.locator('.legend');
    expect(await legend.getAttribute('open')).toBeNull();
    expect((await box(page, '.legend')).height).toBeLessThan(40);
    await legend.locator('summary').tap();
    await expect.poll(() => legend.textContent()).toContain('sources disagree');
    expect(await legend.locator('ul').isVisible()).toBe(true);
    await page.screenshot({ path: screenshotPath('phone-legend-open') });
    await legend.locator('summary').tap();
    await expect.poll(() => legend.locator('ul').isVisible()).toBe(false);
    // Labels drawn at a size that can be read, around the best-connected node.
    const labels = await page.evaluate(() => {
      const cy = window.__cy!;
      const zoom = cy.zoom();
      // Cytoscape's own test for drawing a label: its size at the zoom rounded up to a power of two.
      const scale = 2 ** Math.ceil(Math.log2(zoom * window.devicePixelRatio));
      return cy
        .nodes()
        .filter((node) => {
          const at = node.renderedPosition();
          return at.x > 0 && at.y > 0 && at.x < cy.width() && at.y < cy.height();
        })
        .map((node) => {
          const size = Number(node.numericStyle('font-size'));
          const drawn = size * scale >= Number(node.numericStyle('min-zoomed-font-size')) && String(node.style('label')) !== '';
          return { px: size * zoom, drawn };
        });
    });
    const drawn = labels.filter((label) => label.drawn);
    expect(drawn.length).toBeGreaterThanOrEqual(5);
    expect(Math.min(...drawn.map((label) => label.px))).toBeGreaterThanOrEqual(10);
    console.log(`phone: graph ${Math.round(graph.width)}x${Math.round(graph.height)} at y=${Math.round(graph.y)}; ${drawn.length} labels on screen, smallest ${Math.min(...drawn.map((l) => l.px)).toFixed(1)} px`);
    expect(unexpectedErrors(probe)).toEqual([]);
    await probe.context.close();
  });

  it('shows a picked search hit in the middle of the graph with its details in a bottom sheet that closes by touch and by keyboard', async () => {
    const target = [...suite.entities].sort((a, b) => a.degree - b.degree || a.id.localeCompare(b.id))[Math.floor(suite.entities.length / 2)]!;
    const probe = await openPage(suite.browser, suite.server.url, { viewport: PHONE, mobile: true });
    const { page } = probe;
    await waitForGraph(page, 11);
    const search = page.getByTestId('search');
    await search.tap();
    await search.fill(target.name);
    const option = page.locator('[role=option]', { hasText: target.name }).first();
    await option.waitFor();
    await option.tap();
    const sheet = page.getByTestId('details-sheet');
    const title = sheet.locator('h2');
    await expect.poll(() => title.textContent()).toBe(target.name);
    // Let the centring animation finish.
    await page.waitForTimeout(600);
    await page.screenshot({ path: screenshotPath('phone-after-search') });

    const sheetBox = await box(page, '[data-testid=details-sheet]');
    const graph = await box(page, '[data-testid=graph-canvas]');
    const node = await page.evaluate((id) => window.__cy!.getElementById(id).renderedPosition(), target.id);
    const nodeOnPage = { x: graph.x + node.x, y: graph.y + node.y };
    // The node: horizontally in the middle, on screen and not under the sheet.
    expect(Math.abs(nodeOnPage.x - PHONE.width / 2)).toBeLessThan(30);
    expect(nodeOnPage.y).toBeGreaterThan(0);
    expect(nodeOnPage.y).toBeLessThan(sheetBox.y);
    // The sheet: along the bottom of the screen, its title readable on screen.
    expect(sheetBox.y + sheetBox.height).toBeCloseTo(PHONE.height, 0);
    expect(sheetBox.y).toBeGreaterThan(PHONE.height / 3);
    const titleBox = (await title.boundingBox())!;
    expect(titleBox.y).toBeGreaterThanOrEqual(sheetBox.y);
    expect(titleBox.y + titleBox.height).toBeLessThanOrEqual(PHONE.height);
    console.log(`phone: ${target.name} at (${Math.round(nodeOnPage.x)}, ${Math.round(nodeOnPage.y)}); sheet from y=${Math.round(sheetBox.y)}`);

    // Closed by a tap on its button: the selection goes, the focus returns to the graph.
    await page.getByTestId('sheet-close').tap();
    await expect.poll(() => sheet.evaluate((element) => element.classList.contains('open'))).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('graph-canvas');

    // Enter on the node opens it again; Escape closes it.
    await page.keyboard.press('Enter');
    await expect.poll(() => title.textContent()).toBe(target.name);
    await page.screenshot({ path: screenshotPath('phone-sheet-open') });
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('#details')))).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => sheet.evaluate((element) => element.classList.contains('open'))).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('graph-canvas');

    // And a swipe down on its bar closes it too.
    await page.keyboard.press('Enter');
    await expect.poll(() => sheet.evaluate((element) => element.classList.contains('open'))).toBe(true);
    const bar = await box(page, '.sheet-bar');
    await page.mouse.move(bar.x + 30, bar.y + bar.height / 2);
    await page.mouse.down();
    await page.mouse.move(bar.x + 30, bar.y + 120, { steps: 4 });
    await page.mouse.up();
    await expect.poll(() => sheet.evaluate((element) => element.classList.contains('open'))).toBe(false);
    expect(unexpectedErrors(probe)).toEqual([]);
    await probe.context.close();
  });
});
