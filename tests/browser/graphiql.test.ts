import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserSkipReason, launchBrowser, openPage, screenshotPath, startTestServer, type TestServer } from './harness';

// GraphiQL at /graphiql must work with no internet: every script, style and font from us.

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.skipIf(browserSkipReason !== null)('offline GraphiQL', () => {
  it('loads from this server only and runs a query', async () => {
    const probe = await openPage(browser, `${server.url}/graphiql/`);
    await probe.page.waitForSelector('.graphiql-container', { timeout: 30_000 });
    await probe.page.getByRole('button', { name: /execute query/i }).click();
    // The default query asks who knew what by 2005; its answer names a certainty.
    await probe.page.waitForFunction(() => document.querySelector('.result-window')?.textContent?.includes('"certainty"'), undefined, { timeout: 30_000 });
    await probe.page.screenshot({ path: screenshotPath('graphiql') });
    expect(probe.blocked).toEqual([]);
    expect([...probe.hosts].every((host) => host === 'localhost' || host === '127.0.0.1')).toBe(true);
    expect(probe.pageErrors).toEqual([]);
    await probe.context.close();
  });
});
