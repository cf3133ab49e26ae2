import { describe, expect, it } from 'vitest';
import { edgeCount, nodeCount, openPage, pointOf, screenshotPath, unexpectedErrors, waitForGraph, browserSkipReason, useBrowserSuite } from './harness';

// (a) The foundation: the page loads the data set, draws it, and explains what is clicked.


const suite = useBrowserSuite();

describe.skipIf(browserSkipReason !== null)('explorer page', () => {
  it('loads the data set, draws it, and asks nothing of the internet', async () => {
    const probe = await openPage(suite.browser, suite.server.url);
    const nodes = await waitForGraph(probe.page, 11);
    expect(nodes).toBeGreaterThan(10);
    expect(nodes).toBe(suite.entities.length);
    expect(await edgeCount(probe.page)).toBeGreaterThan(0);
    // Every kind is styled with its own shape.
    const shapes = await probe.page.evaluate(() => {
      const byKind: Record<string, string> = {};
      window.__cy?.nodes().forEach((n) => {
        byKind[String(n.data('kind'))] = String(n.style('shape'));
      });
      return byKind;
    });
    expect(new Set(Object.values(shapes)).size).toBe(Object.keys(shapes).length);
    await probe.page.waitForTimeout(300);
    await probe.page.screenshot({ path: screenshotPath('explorer-overview') });
    expect([...probe.hosts].every((host) => host === 'localhost' || host === '127.0.0.1')).toBe(true);
    expect(probe.blocked).toEqual([]);
    expect(unexpectedErrors(probe)).toEqual([]);
    await probe.context.close();
  });

  it('clicking a node shows its claims with sources, reliability and locators', async () => {
    const probe = await openPage(suite.browser, suite.server.url);
    await waitForGraph(probe.page, 11);
    // The seed's first disputed entity is an event: its diamond must take the click too.
    const target = suite.entities.find((e) => e.disputed) ?? suite.entities[0]!;
    // Zoomed in on the target, so that no neighbour's label or body lies under the click.
    await probe.page.evaluate((id) => {
      const cy = window.__cy;
      const node = cy?.getElementById(id);
      if (!cy || !node) return;
      cy.zoom(Math.max(cy.zoom(), 2.5));
      cy.center(node);
    }, target.id);
    // Cytoscape hit-tests against what it last drew: let it draw the new view first.
    await probe.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const point = await pointOf(probe.page, target.id);
    await probe.page.mouse.click(point.x, point.y);
    const panel = probe.page.getByTestId('details-panel');
    await expect.poll(() => panel.locator('h2').textContent()).toBe(target.name);
    const claims = panel.getByRole('region', { name: 'Sources' });
    await expect.poll(() => claims.locator('li.claim').count()).toBeGreaterThan(0);
    expect(await claims.locator('.locator').first().textContent()).toMatch(/^¶\d+(-\d+)?$/);
    expect(await claims.locator('.badge[class*="reliability-"]').first().textContent()).toMatch(/(high|medium|low) reliability/);
    expect(await claims.locator('cite').first().textContent()).not.toBe('');
    if (target.disputed) {
      await expect.poll(() => panel.locator('.dispute-table tbody tr').count()).toBeGreaterThan(1);
    }
    expect(await probe.page.evaluate((id) => window.__cy?.getElementById(id).hasClass('selected'), target.id)).toBe(true);
    expect(new URL(probe.page.url()).searchParams.get('sel')).toBe(target.id);
    await probe.page.screenshot({ path: screenshotPath('explorer-node-details') });
    expect(unexpectedErrors(probe)).toEqual([]);
    await probe.context.close();
  });

  it('clicking an edge shows the relation with its claims', async () => {
    const probe = await openPage(suite.browser, suite.server.url);
    await waitForGraph(probe.page, 11);
    // Zoom to one edge so its midpoint is clear of other nodes, then click it.
    const edge = await probe.page.evaluate(() => {
      const cy = window.__cy!;
      const chosen = cy.edges().filter((e) => !e.isLoop()).sort((a, b) => a.id().localeCompare(b.id()))[0];
      if (!chosen) return null;
      cy.fit(chosen.connectedNodes(), 120);
      return { id: chosen.id(), label: String(chosen.data('label')) };
    });
    expect(edge).not.toBeNull();
    const point = await pointOf(probe.page, edge!.id);
    await probe.page.mouse.click(point.x, point.y);
    const panel = probe.page.getByTestId('details-panel');
    await expect.poll(() => panel.locator('.relation-details').count()).toBe(1);
    expect(await panel.locator('h2 em').textContent()).toBe(edge!.label.replace(/^⚠ /, '').replace(/ \(sources disagree\)$/, ''));
    await expect.poll(() => panel.getByRole('region', { name: 'Sources' }).locator('li.claim').count()).toBeGreaterThan(0);
    await probe.page.screenshot({ path: screenshotPath('explorer-edge-details') });
    expect(unexpectedErrors(probe)).toEqual([]);
    await probe.context.close();
  });

  it('when the API fails, says so with a Retry button, and Retry recovers', async () => {
    const probe = await openPage(suite.browser, '');
    let fail = true;
    await probe.page.route('**/graphql', (route) => (fail ? route.fulfill({ status: 500, contentType: 'text/plain', body: 'Internal Server Error' }) : route.fallback()));
    await probe.page.goto(suite.server.url);
    const alert = probe.page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('The graph could not be loaded.');
    expect(await alert.textContent()).toContain('500');
    await probe.page.screenshot({ path: screenshotPath('explorer-api-error') });
    expect(await nodeCount(probe.page)).toBe(0);
    fail = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    expect(await waitForGraph(probe.page, 11)).toBe(suite.entities.length);
    expect(probe.pageErrors).toEqual([]);
    await probe.context.close();
  });
});
