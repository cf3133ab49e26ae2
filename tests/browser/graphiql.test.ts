import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccountStore } from '../../server/auth';
import { openStateDatabase } from '../../server/state';
import { startServer } from '../../server/startServer';
import { browserSkipReason, openPage, screenshotPath, useBrowserSuite, type TestServer } from './harness';

// GraphiQL at /graphiql must work with no internet: every script, style and font from us.

const suite = useBrowserSuite();

describe.skipIf(browserSkipReason !== null)('offline GraphiQL', () => {
  it('loads from this server only and runs a query', async () => {
    const probe = await openPage(suite.browser, `${suite.server.url}/graphiql/`);
    expect(await runDefaultQuery(probe.page)).toBe(true);
    await probe.page.screenshot({ path: screenshotPath('graphiql') });
    expect(probe.blocked).toEqual([]);
    expect([...probe.hosts].every((host) => host === 'localhost' || host === '127.0.0.1')).toBe(true);
    expect(probe.pageErrors).toEqual([]);
    // The server's Content-Security-Policy blocks nothing GraphiQL needs.
    expect(probe.consoleErrors.filter((text) => /Content Security Policy/i.test(text))).toEqual([]);
    await probe.context.close();
  });
});

describe.skipIf(browserSkipReason !== null)('GraphiQL in a browser signed in on the explorer', () => {
  let stateDir: string;
  let signedInServer: TestServer;

  beforeAll(async () => {
    stateDir = mkdtempSync(join(tmpdir(), 'graphiql-session-'));
    const database = openStateDatabase(stateDir);
    try {
      await new AccountStore(database).addAccount('reader', 'VIEWER', 'reader passphrase');
    } finally {
      database.close();
    }
    signedInServer = await startServer({ port: 0, dataDir: process.env.BROWSER_TEST_DATA_DIR || undefined, stateDir, readAccess: 'login' });
  });
  afterAll(async () => {
    await signedInServer?.close();
    rmSync(stateDir, { recursive: true, force: true });
  });

  it('sends the session\'s CSRF token with its queries', async () => {
    const probe = await openPage(suite.browser, '');
    // The browser context's request API shares its cookie jar: this signs the browser in.
    const login = await probe.context.request.post(`${signedInServer.url}/auth/login`, { data: { name: 'reader', password: 'reader passphrase' } });
    expect(login.status()).toBe(200);
    await probe.page.goto(`${signedInServer.url}/graphiql/`);
    expect(await runDefaultQuery(probe.page)).toBe(true);
    expect(probe.pageErrors).toEqual([]);
    await probe.context.close();
  });
});

/**
 * Runs GraphiQL's default query (who knew what by the end of the period) until its answer names a certainty.
 * Under load the first click can land before GraphiQL has wired its editor, so it clicks again.
 */
async function runDefaultQuery(page: Page): Promise<boolean> {
  await page.waitForSelector('.graphiql-container', { timeout: 30_000 });
  const answered = () => page.waitForFunction(() => document.querySelector('.result-window')?.textContent?.includes('"certainty"'), undefined, { timeout: 5_000 });
  for (let attempt = 0; attempt < 6; attempt++) {
    await page.getByRole('button', { name: /execute query/i }).click();
    if (await answered().then(() => true, () => false)) return true;
  }
  return false;
}
