import { it } from 'vitest';
import { closeBrowserSuite, openBrowserSuite, openPage, waitForGraph } from './harness';
it('scratch', async () => {
  const suite = await openBrowserSuite();
  const probe = await openPage(suite.browser, suite.server.url, { viewport: { width: 390, height: 844 } });
  await waitForGraph(probe.page, 11);
  await probe.page.waitForTimeout(500);
  console.log(await probe.page.evaluate(() => { const cy = window.__cy!; const e = cy.edges()[0]!; return { zoom: cy.zoom(), mz: e.numericStyle('min-zoomed-font-size'), fs: e.numericStyle('font-size'), nmz: cy.nodes()[0]!.numericStyle('min-zoomed-font-size') }; }));
  await probe.page.screenshot({ path: '/tmp/kb/scratch.png' });
  await closeBrowserSuite(suite);
}, 120000);
