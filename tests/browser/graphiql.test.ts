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
    // The default query asks who knew what by 2005; its answer names a certainty. Under load the
    // first click can land before GraphiQL has wired its editor, so click again until it answers.
    const answered = () =>
      probe.page.waitForFunction(() => document.querySelector('.result-window')?.textContent?.includes('"certainty"'), undefined, { timeout: 5_000 });
    let result: unknown = null;
    for (let attempt = 0; attempt < 6 && result === null; attempt++) {
      await probe.page.getByRole('button', { name: /execute query/i }).click();
      result = await answered().catch(() => null);
    }
    expect(result).not.toBeNull();
    await probe.page.screenshot({ path: screenshotPath('graphiql') });
    expect(probe.blocked).toEqual([]);
    expect([...probe.hosts].every((host) => host === 'localhost' || host === '127.0.0.1')).toBe(true);
    expect(probe.pageErrors).toEqual([]);
    // The server's Content-Security-Policy blocks nothing GraphiQL needs.
    expect(probe.consoleErrors.filter((text) => /Content Security Policy/i.test(text))).toEqual([]);
    await probe.context.close();
  });
});
