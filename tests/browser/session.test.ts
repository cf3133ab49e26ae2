import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSkipReason, nodeCount, openPage, pointOf, screenshotPath, unexpectedErrors, waitForGraph, useBrowserSuite, type EntityRow } from './harness';

// Keeping the user's place: Back and Forward inside the app, selections centred, relation lists
// that go to the other end, focus with a depth, links that restore the picture, saved views.

const suite = useBrowserSuite();

function byDegree(): EntityRow[] {
  return [...suite.entities].sort((a, b) => b.degree - a.degree || a.id.localeCompare(b.id));
}

function selectedIds(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__cy?.$('.selected').map((e) => e.id()) ?? []);
}

function heading(page: Page): Promise<string | null> {
  return page.getByTestId('details-panel').locator('h2').textContent();
}

/** Picks an entity from the search box and waits for its details. */
async function find(page: Page, entity: EntityRow): Promise<void> {
  await page.getByRole('combobox', { name: 'Find' }).fill(entity.name);
  await page.getByRole('option').filter({ hasText: entity.name }).first().click();
  await expect.poll(() => heading(page)).toBe(entity.name);
}

/** How far a node is from the middle of the canvas, in screen pixels. */
async function offCentre(page: Page, id: string): Promise<number> {
  const box = (await page.getByTestId('graph-canvas').boundingBox())!;
  const point = await pointOf(page, id);
  return Math.hypot(point.x - (box.x + box.width / 2), point.y - (box.y + box.height / 2));
}

interface Scene {
  ids: string[];
  zoom: number;
  rendered: Record<string, { x: number; y: number }>;
}

function scene(page: Page): Promise<Scene> {
  return page.evaluate(() => {
    const cy = window.__cy!;
    const rendered: Record<string, { x: number; y: number }> = {};
    cy.nodes().forEach((node) => {
      rendered[node.id()] = node.renderedPosition();
    });
    return { ids: cy.nodes().map((n) => n.id()).sort(), zoom: cy.zoom(), rendered };
  });
}

function largestShift(a: Scene, b: Scene): number {
  return Math.max(...a.ids.map((id) => Math.hypot(a.rendered[id]!.x - b.rendered[id]!.x, a.rendered[id]!.y - b.rendered[id]!.y)));
}

/** Drags a node by (dx, dy) screen pixels with the real mouse. */
async function drag(page: Page, id: string, dx: number, dy: number): Promise<void> {
  const from = await pointOf(page, id);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + dx / 2, from.y + dy / 2, { steps: 5 });
  await page.mouse.move(from.x + dx, from.y + dy, { steps: 5 });
  await page.mouse.up();
}

/** Waits until no node moves between two looks (layouts and animations are over). */
async function settled(page: Page): Promise<void> {
  await expect
    .poll(async () => {
      const before = await scene(page);
      await page.waitForTimeout(150);
      const after = await scene(page);
      return before.ids.join() === after.ids.join() && before.zoom === after.zoom && largestShift(before, after) < 0.01;
    })
    .toBe(true);
}

describe.skipIf(browserSkipReason !== null)('keeping the place and sharing it', () => {
  it('Back after three selections returns to the second, then the first, inside the app; each pick from a list is centred', async () => {
    const probe = await openPage(suite.browser, suite.server.url);
    const { page } = probe;
    await waitForGraph(page, 11);
    await page.evaluate(() => Object.assign(window, { __sameDocument: 'still here' }));

    // First: a disputed entity from the intro panel.
    const first = byDegree().find((e) => e.disputed && e.degree > 0)!;
    expect(first).toBeTruthy();
    await page.getByRole('region', { name: 'Disputed facts' }).getByRole('button', { name: first.name, exact: true }).click();
    await expect.poll(() => heading(page)).toBe(first.name);
    await expect.poll(() => offCentre(page, first.id)).toBeLessThan(5);

    // Second: the other end of one of its relations, in one click.
    const relationList = page.getByTestId('details-panel').getByRole('region', { name: 'Relations' });
    const otherEnd = relationList.locator('button.link').first();
    const otherName = (await otherEnd.textContent())!.replace(/^[→←]\s*/, '');
    const second = suite.entities.find((e) => e.name === otherName)!;
    expect(second, otherName).toBeTruthy();
    await otherEnd.click();
    await expect.poll(() => heading(page)).toBe(second.name);
    await expect.poll(() => selectedIds(page)).toEqual([second.id]);
    await expect.poll(() => offCentre(page, second.id)).toBeLessThan(5);
    await relationList.scrollIntoViewIfNeeded();
    await relationList.screenshot({ path: screenshotPath('session-relation-list') });
    // The relation itself stays one click away, by its own control.
    await page.getByTestId('details-panel').getByRole('button', { name: /^Relation: / }).first().click();
    await expect.poll(() => page.getByTestId('details-panel').locator('.relation-details').count()).toBe(1);
    await page.goBack();
    await expect.poll(() => heading(page)).toBe(second.name);

    // Third: a click on the graph.
    const third = await page.evaluate(
      ([a, b]) => window.__cy!.nodes().filter((n) => n.id() !== a && n.id() !== b && n.renderedPosition().x > 40 && n.renderedPosition().y > 40 && n.renderedPosition().x < window.__cy!.width() - 40 && n.renderedPosition().y < window.__cy!.height() - 40).first().id(),
      [first.id, second.id],
    );
    expect(third).toBeTruthy();
    const at = await pointOf(page, third);
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => selectedIds(page)).toEqual([third]);
    await page.screenshot({ path: screenshotPath('session-third-selection') });

    await page.goBack();
    await expect.poll(() => selectedIds(page)).toEqual([second.id]);
    await expect.poll(() => heading(page)).toBe(second.name);
    expect(new URL(page.url()).searchParams.get('sel')).toBe(second.id);
    await page.screenshot({ path: screenshotPath('session-back-to-second') });

    await page.goBack();
    await expect.poll(() => selectedIds(page)).toEqual([first.id]);
    await expect.poll(() => heading(page)).toBe(first.name);
    expect(new URL(page.url()).searchParams.get('sel')).toBe(first.id);

    await page.goForward();
    await expect.poll(() => selectedIds(page)).toEqual([second.id]);

    // Same document all along: no reload, never left the app.
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: string }).__sameDocument)).toBe('still here');
    expect(new URL(page.url()).origin).toBe(new URL(suite.server.url).origin);
    expect(unexpectedErrors(probe)).toEqual([]);
    await probe.context.close();
  }, 240_000);

  it('focus shows the neighbourhood to the chosen depth; Back leaves it and the page undo still works', async () => {
    const probe = await openPage(suite.browser, suite.server.url);
    const { page } = probe;
    const all = await waitForGraph(page, 11);
    const hub = byDegree()[0]!;
    const reach = (steps: number) =>
      page.evaluate(
        ([id, n]) => {
          const cy = window.__cy!;
          let seen = cy.getElementById(id as string);
          for (let i = 0; i < (n as number); i++) seen = seen.union(seen.neighborhood().nodes());
          return seen.nodes().length;
        },
        [hub.id, steps] as const,
      );
    const oneStep = await reach(1);
    const twoSteps = await reach(2);
    await find(page, hub);
    const panel = page.getByTestId('details-panel');

    await panel.getByRole('button', { name: 'Focus', exact: true }).click();
    await expect.poll(() => nodeCount(page)).toBe(oneStep);
    expect(oneStep).toBeGreaterThan(1);
    expect(oneStep).toBeLessThan(all);
    await panel.getByLabel('Focus steps').selectOption('2');
    await panel.getByRole('button', { name: 'Focus', exact: true }).click();
    await expect.poll(() => nodeCount(page)).toBe(twoSteps);
    expect(new URL(page.url()).searchParams.get('view')).toBe(`f:${hub.id},f2:${hub.id}`);
    await page.screenshot({ path: screenshotPath('session-focus-two-steps') });

    await page.goBack();
    await expect.poll(() => nodeCount(page)).toBe(oneStep);
    await page.goBack();
    await expect.poll(() => nodeCount(page)).toBe(all);
    await page.goForward();
    await page.goForward();
    await expect.poll(() => nodeCount(page)).toBe(twoSteps);
    // The page's own undo and redo walk the operations as before.
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => nodeCount(page)).toBe(oneStep);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => nodeCount(page)).toBe(all);
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect.poll(() => nodeCount(page)).toBe(oneStep);
    // A filter change is a place too.
    const events = page.getByTestId('filters').getByRole('checkbox', { name: /Events/ });
    await events.uncheck();
    await expect.poll(() => new URL(page.url()).searchParams.get('hideKinds')).toBe('EVENT');
    await page.goBack();
    await expect.poll(() => events.isChecked()).toBe(true);
    expect(await nodeCount(page)).toBe(oneStep);
    expect(unexpectedErrors(probe)).toEqual([]);
    await probe.context.close();
  }, 240_000);

  it('a copied link opened in a fresh browser shows the same nodes, positions and zoom; a damaged one says so', async () => {
    const probe = await openPage(suite.browser, suite.server.url);
    const { page } = probe;
    await probe.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: suite.server.url });
    await waitForGraph(page, 11);
    const hub = byDegree()[0]!;
    await find(page, hub);
    const panel = page.getByTestId('details-panel');
    await panel.getByLabel('Focus steps').selectOption('2');
    await panel.getByRole('button', { name: 'Focus', exact: true }).click();
    await page.getByTestId('filters').getByRole('checkbox', { name: /Events/ }).uncheck();
    await settled(page);
    // Move things away from any layout's answer: drag a node, then zoom out a little.
    const moved = await page.evaluate((id) => window.__cy!.nodes().filter((n) => n.id() !== id).first().id(), hub.id);
    await drag(page, moved, 90, -60);
    await page.evaluate(() => {
      const cy = window.__cy!;
      cy.zoom({ level: cy.zoom() * 0.8, renderedPosition: { x: cy.width() / 3, y: cy.height() / 2 } });
    });
    await settled(page);
    const before = await scene(page);
    await page.screenshot({ path: screenshotPath('session-link-sender') });

    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => page.getByRole('group', { name: 'Share' }).getByRole('status').textContent()).toMatch(/Link copied/);
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link.startsWith(suite.server.url)).toBe(true);
    expect(link.length).toBeLessThan(2000);
    expect(new URL(link).searchParams.get('hideKinds')).toBe('EVENT');
    await probe.context.close();

    const fresh = await openPage(suite.browser, link);
    await waitForGraph(fresh.page, 2);
    await expect.poll(() => nodeCount(fresh.page)).toBe(before.ids.length);
    await settled(fresh.page);
    const after = await scene(fresh.page);
    expect(after.ids).toEqual(before.ids);
    expect(Math.abs(after.zoom / before.zoom - 1)).toBeLessThan(0.01);
    expect(largestShift(before, after)).toBeLessThan(3);
    expect(await fresh.page.getByTestId('filters').getByRole('checkbox', { name: /Events/ }).isChecked()).toBe(false);
    await expect.poll(() => heading(fresh.page)).toBe(hub.name);
    await fresh.page.screenshot({ path: screenshotPath('session-link-receiver') });
    expect(unexpectedErrors(fresh)).toEqual([]);
    await fresh.context.close();

    // A damaged picture and a junk selection: a clear notice, the rest of the link, no crash.
    const url = new URL(link);
    url.searchParams.set('pic', `${url.searchParams.get('pic')!.slice(0, 12)}$`);
    url.searchParams.set('asOf', 'someday');
    const damaged = await openPage(suite.browser, url.href);
    await waitForGraph(damaged.page, 2);
    const notice = damaged.page.getByTestId('link-notice');
    await expect.poll(() => notice.textContent()).toMatch(/^This link is damaged: .* could not be read and are left out/);
    expect(await notice.textContent()).toContain('the as-of date');
    expect(await notice.textContent()).toContain('the picture (positions and zoom)');
    await expect.poll(() => nodeCount(damaged.page)).toBe(before.ids.length);
    await damaged.page.screenshot({ path: screenshotPath('session-link-damaged') });
    expect(unexpectedErrors(damaged)).toEqual([]);
    await damaged.context.close();
  }, 240_000);

  it('a named view is saved, reopened with the same picture, kept across a reload, and deleted', async () => {
    const probe = await openPage(suite.browser, suite.server.url);
    const { page } = probe;
    await waitForGraph(page, 11);
    const hub = byDegree()[1]!;
    await find(page, hub);
    await page.getByTestId('details-panel').getByRole('button', { name: 'Focus', exact: true }).click();
    await settled(page);
    await drag(page, hub.id, -70, 50);
    await settled(page);
    const saved = await scene(page);

    const views = page.getByTestId('saved-views');
    await page.getByText('Saved views', { exact: true }).click();
    await views.getByLabel('Name').fill('  Around the hub  ');
    await views.getByRole('button', { name: 'Save view' }).click();
    await expect.poll(() => views.getByRole('status').textContent()).toBe('Saved “Around the hub”.');
    await views.getByRole('button', { name: 'Save view' }).click();
    await expect.poll(() => views.getByRole('alert').textContent()).toBe('Give the view a name.');

    // Somewhere else entirely.
    await page.getByRole('button', { name: 'Show all' }).click();
    await page.getByTestId('layout-select').selectOption('concentric');
    await expect.poll(() => nodeCount(page)).toBeGreaterThan(saved.ids.length);

    await views.getByRole('button', { name: 'Around the hub', exact: true }).click();
    await expect.poll(() => nodeCount(page)).toBe(saved.ids.length);
    await settled(page);
    const reopened = await scene(page);
    expect(reopened.ids).toEqual(saved.ids);
    expect(Math.abs(reopened.zoom / saved.zoom - 1)).toBeLessThan(0.01);
    expect(largestShift(saved, reopened)).toBeLessThan(3);
    await expect.poll(() => heading(page)).toBe(hub.name);
    expect(await page.getByTestId('layout-select').inputValue()).toBe('fcose');
    await page.screenshot({ path: screenshotPath('session-view-reopened') });
    // Opening a view is a place: Back returns to where the user was.
    await page.goBack();
    await expect.poll(() => page.getByTestId('layout-select').inputValue()).toBe('concentric');

    await page.reload();
    await waitForGraph(page, 2);
    await page.getByText('Saved views', { exact: true }).click();
    await expect.poll(() => views.getByRole('listitem').count()).toBe(1);
    await views.getByRole('button', { name: 'Delete the view Around the hub' }).click();
    await expect.poll(() => views.getByRole('listitem').count()).toBe(0);
    expect(await page.evaluate(() => window.localStorage.getItem('inquiry-graph.savedViews'))).toBe('[]');
    expect(unexpectedErrors(probe)).toEqual([]);
    await probe.context.close();
  }, 240_000);
});
