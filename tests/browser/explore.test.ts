import { describe, expect, it } from 'vitest';
import { nodeCount, openPage, pointOf, screenshotPath, unexpectedErrors, waitForGraph, browserSkipReason, useBrowserSuite, type EntityRow } from './harness';

// (b) Find and explore: search, expand, hide, undo/redo, layouts.

const suite = useBrowserSuite();

/** The best-connected entity: it has neighbours to expand into. */
function hub(): EntityRow {
  return [...suite.entities].sort((a, b) => b.degree - a.degree || a.id.localeCompare(b.id))[0]!;
}

function selectedIds(page: import('playwright-core').Page): Promise<string[]> {
  return page.evaluate(() => window.__cy?.$('.selected').map((e) => e.id()) ?? []);
}

describe.skipIf(browserSkipReason !== null)('find and explore', () => {
  it('search suggests as you type; arrows and Enter pick; the node is selected and centred', async () => {
    const probe = await openPage(suite.browser, suite.server.url);
    await waitForGraph(probe.page, 11);
    const target = hub();
    const input = probe.page.getByRole('combobox', { name: 'Find' });
    await input.fill(target.name.slice(0, Math.min(target.name.length, 8)));
    const listbox = probe.page.getByRole('listbox', { name: 'Find suggestions' });
    await expect.poll(() => listbox.getByRole('option').count()).toBeGreaterThan(0);
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    const options = await listbox.getByRole('option').allTextContents();
    const index = options.findIndex((text) => text.includes(target.name));
    expect(index).toBeGreaterThanOrEqual(0);
    for (let i = 0; i <= index; i++) await input.press('ArrowDown');
    const activeId = await input.getAttribute('aria-activedescendant');
    expect(activeId).toBeTruthy();
    expect(await probe.page.locator(`[id="${activeId}"]`).getAttribute('aria-selected')).toBe('true');
    await probe.page.screenshot({ path: screenshotPath('explore-search') });
    await input.press('Enter');
    await expect.poll(() => selectedIds(probe.page)).toEqual([target.id]);
    await expect.poll(() => probe.page.getByTestId('details-panel').locator('h2').textContent()).toBe(target.name);
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    // Centred: the node sits near the middle of the canvas once the animation is done.
    await probe.page.waitForTimeout(400);
    const box = (await probe.page.getByTestId('graph-canvas').boundingBox())!;
    const point = await pointOf(probe.page, target.id);
    expect(Math.abs(point.x - (box.x + box.width / 2))).toBeLessThan(5);
    expect(Math.abs(point.y - (box.y + box.height / 2))).toBeLessThan(5);
    // Escape closes the list, a second Escape clears the box.
    await input.fill(target.name.slice(0, 4));
    await expect.poll(() => input.getAttribute('aria-expanded')).toBe('true');
    await input.press('Escape');
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    await input.press('Escape');
    expect(await input.inputValue()).toBe('');
    expect(unexpectedErrors(probe)).toEqual([]);
    await probe.context.close();
  });

  it('focus, expand (button and double-click), hide, undo and redo', async () => {
    const probe = await openPage(suite.browser, suite.server.url);
    const all = await waitForGraph(probe.page, 11);
    const target = hub();
    const panel = probe.page.getByTestId('details-panel');
    await probe.page.getByRole('combobox', { name: 'Find' }).fill(target.name);
    await probe.page.getByRole('option').filter({ hasText: target.name }).first().click();
    await expect.poll(() => panel.locator('h2').textContent()).toBe(target.name);

    // The entity alone ("0 steps"); focus with neighbours is in session.test.ts.
    await panel.getByLabel('Focus steps').selectOption('0');
    await panel.getByRole('button', { name: 'Focus', exact: true }).click();
    await expect.poll(() => nodeCount(probe.page)).toBe(1);
    await panel.getByRole('button', { name: 'Expand' }).click();
    await expect.poll(() => nodeCount(probe.page)).toBeGreaterThan(1);
    const expanded = await nodeCount(probe.page);
    expect(expanded).toBeLessThanOrEqual(all);
    await probe.page.screenshot({ path: screenshotPath('explore-expanded') });

    await probe.page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => nodeCount(probe.page)).toBe(1);
    await probe.page.getByRole('button', { name: 'Redo' }).click();
    await expect.poll(() => nodeCount(probe.page)).toBe(expanded);

    // Double-clicking a neighbour expands it too.
    const neighbour = await probe.page.evaluate((id) => {
      const others = window.__cy!.nodes().map((n) => ({ id: n.id(), degree: n.degree(false) })).filter((n) => n.id !== id);
      return others.sort((a, b) => b.degree - a.degree || a.id.localeCompare(b.id))[0]?.id;
    }, target.id);
    expect(neighbour).toBeTruthy();
    const point = await pointOf(probe.page, neighbour!);
    await probe.page.mouse.dblclick(point.x, point.y);
    await expect.poll(() => new URL(probe.page.url()).searchParams.get('view')).toBe(`f0:${target.id},e:${target.id},e:${neighbour}`);
    const afterDouble = await nodeCount(probe.page);
    expect(afterDouble).toBeGreaterThanOrEqual(expanded);

    // Hide the neighbour (the expansion moved it, so find it again).
    const moved = await pointOf(probe.page, neighbour!);
    await probe.page.mouse.click(moved.x, moved.y);
    await expect.poll(() => selectedIds(probe.page)).toEqual([neighbour]);
    await panel.getByRole('button', { name: 'Hide' }).click();
    await expect.poll(() => probe.page.evaluate((id) => window.__cy?.getElementById(id).empty(), neighbour!)).toBe(true);
    expect(await nodeCount(probe.page)).toBe(afterDouble - 1);

    for (let i = 0; i < 4; i++) await probe.page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => nodeCount(probe.page)).toBe(all);
    expect(await probe.page.getByRole('button', { name: 'Undo' }).isDisabled()).toBe(true);
    expect(unexpectedErrors(probe)).toEqual([]);
    await probe.context.close();
  });

  it('concentric centres the selection; fit shows all; the time layout gave way to the chronology', async () => {
    const probe = await openPage(suite.browser, suite.server.url);
    await waitForGraph(probe.page, 11);
    const layouts = await probe.page.getByTestId('layout-select').locator('option').allTextContents();
    expect(layouts).not.toContain('Time (left to right)');

    const target = hub();
    await probe.page.getByTestId('layout-select').selectOption('concentric');
    await probe.page.evaluate(() => {
      window.__cy?.fit();
    });
    const point = await pointOf(probe.page, target.id);
    await probe.page.mouse.click(point.x, point.y);
    await expect.poll(() => selectedIds(probe.page)).toEqual([target.id]);
    // Concentric around the selection: the selected node is at the centre of all the others.
    await expect
      .poll(() =>
        probe.page.evaluate((id) => {
          const cy = window.__cy!;
          const box = cy.nodes().boundingBox({});
          const p = cy.getElementById(id).position();
          return Math.hypot(p.x - (box.x1 + box.x2) / 2, p.y - (box.y1 + box.y2) / 2) < Math.max(box.w, box.h) * 0.1;
        }, target.id),
      )
      .toBe(true);
    await probe.page.screenshot({ path: screenshotPath('explore-concentric-layout') });
    await probe.page.evaluate(() => {
      window.__cy?.zoom(4);
    });
    await probe.page.getByRole('button', { name: 'Fit the graph to the screen' }).click();
    await expect
      .poll(() =>
        probe.page.evaluate(() => {
          const cy = window.__cy!;
          const box = cy.elements().renderedBoundingBox({});
          return box.x1 >= -1 && box.y1 >= -1 && box.x2 <= cy.width() + 1 && box.y2 <= cy.height() + 1;
        }),
      )
      .toBe(true);
    expect(unexpectedErrors(probe)).toEqual([]);
    await probe.context.close();
  });

  it('the force-directed layout repeats exactly', async () => {
    const positions = async () => {
      const probe = await openPage(suite.browser, suite.server.url);
      await waitForGraph(probe.page, 11);
      const result = await probe.page.evaluate(() => window.__cy!.nodes().map((n) => [n.id(), Math.round(n.position('x')), Math.round(n.position('y'))]));
      await probe.context.close();
      return result;
    };
    expect(await positions()).toEqual(await positions());
  });
});
