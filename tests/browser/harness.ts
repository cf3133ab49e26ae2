import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { EdgeSingular } from 'cytoscape';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { AccountStore, type Role } from '../../server/auth';
import { openStateDatabase } from '../../server/state';
import { startServer, type ServerOptions } from '../../server/startServer';
import { CHROMIUM_PATH } from './globalSetup';

/** Why the browser suite cannot run here (no Chromium), or null when it can. */
export const browserSkipReason = inject('browserSkipReason');

// Shared set-up for the browser suite: the real server in-process on a free port, real Chromium
// (the system one; never downloaded), and a page that records console errors and every host it
// tries to reach, refusing anything that is not this machine.

export const ARTIFACTS = resolve(import.meta.dirname, '../../test-artifacts');
mkdirSync(ARTIFACTS, { recursive: true });

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

export interface TestServer {
  url: string;
  close(): Promise<void>;
}

/** The real server; BROWSER_TEST_DATA_DIR picks another data set (the default is seed/rotherham). */
export async function startTestServer(options: Partial<ServerOptions> = {}): Promise<TestServer> {
  return startServer({ port: 0, dataDir: process.env.BROWSER_TEST_DATA_DIR || undefined, ...options });
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

export interface ProbedPage {
  context: BrowserContext;
  page: Page;
  consoleErrors: string[];
  /** Warnings too: Cytoscape reports drawing problems (say, edges it cannot draw) as warnings. */
  consoleWarnings: string[];
  pageErrors: string[];
  /** Every host the page asked for, local or not. */
  hosts: Set<string>;
  /** Requests refused because they were leaving this machine. */
  blocked: string[];
}

/** `mobile`: a phone's context (touch events, the page's meta viewport honoured). */
export async function openPage(browser: Browser, url: string, options: { viewport?: { width: number; height: number }; mobile?: boolean } = {}): Promise<ProbedPage> {
  const mobile = options.mobile ? { isMobile: true, hasTouch: true } : {};
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1440, height: 900 }, acceptDownloads: true, ...mobile });
  const page = await context.newPage();
  const probe: ProbedPage = { context, page, consoleErrors: [], consoleWarnings: [], pageErrors: [], hosts: new Set(), blocked: [] };
  await page.route('**/*', (route) => {
    const target = new URL(route.request().url());
    probe.hosts.add(target.hostname);
    if (!LOCAL_HOSTS.has(target.hostname)) {
      probe.blocked.push(target.href);
      return route.abort('blockedbyclient');
    }
    return route.fallback();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') probe.consoleErrors.push(message.text());
    if (message.type() === 'warning') probe.consoleWarnings.push(message.text());
  });
  page.on('pageerror', (error) => probe.pageErrors.push(error.message));
  if (url) await page.goto(url);
  return probe;
}

/** Waits until the graph has drawn at least `min` nodes and returns how many it has. */
export async function waitForGraph(page: Page, min = 1, timeoutMs = 30_000): Promise<number> {
  await page.waitForFunction((n) => (window.__cy?.nodes().length ?? 0) >= n, min, { timeout: timeoutMs });
  return nodeCount(page);
}

export function nodeCount(page: Page): Promise<number> {
  return page.evaluate(() => window.__cy?.nodes().length ?? 0);
}

export function edgeCount(page: Page): Promise<number> {
  return page.evaluate(() => window.__cy?.edges().length ?? 0);
}

/** Page coordinates of a node's centre (or an edge's midpoint), for real mouse clicks. */
export async function pointOf(page: Page, id: string): Promise<{ x: number; y: number }> {
  // Relative to the graph's own container, which is where Cytoscape measures rendered positions.
  // A selection centres the graph with an animation and a layout may still be moving nodes: the
  // point is read once it has held still for a few frames, or a click would land where it was.
  const point = await page.evaluate(async (elementId) => {
    const read = () => {
      const cy = window.__cy;
      const element = cy?.getElementById(elementId);
      if (!cy || !element || element.empty()) return null;
      const at = element.isNode() ? element.renderedPosition() : (element as unknown as EdgeSingular).renderedMidpoint();
      const box = cy.container()?.getBoundingClientRect();
      return box ? { x: box.left + at.x, y: box.top + at.y } : null;
    };
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    let last = read();
    for (let still = 0, frames = 0; last && still < 3 && frames < 600; frames++) {
      await frame();
      const now = read();
      still = now && Math.abs(now.x - last.x) < 0.5 && Math.abs(now.y - last.y) < 0.5 && !window.__cy?.animated() ? still + 1 : 0;
      last = now;
    }
    return last;
  }, id);
  if (!point) throw new Error(`element ${id} is not drawn`);
  return point;
}

/** Sends a GraphQL query from the test (to pick entities that suit a test, whatever the data). */
export async function api<T>(baseUrl: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!body.data || body.errors) throw new Error(`query failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** GraphQL as a signed-in session of `account` (cookie and CSRF token), outside the page. */
export async function signedInGraphQL(url: string, account: { name: string; password: string }) {
  const login = await fetch(`${url}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: account.name, password: account.password }) });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
    const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken }, body: JSON.stringify({ query, variables }) });
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    if (!body.data || body.errors) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
}

/** Signs in from the header's account menu with the mouse. */
export async function signIn(page: Page, account: { name: string; password: string }): Promise<void> {
  const form = page.getByRole('form', { name: 'Sign in' });
  await page.locator('.account-menu summary').click();
  await form.getByLabel('Name').fill(account.name);
  await form.getByLabel('Password').fill(account.password);
  await form.getByRole('button', { name: /sign in/i }).click();
  await page.getByTestId('account').waitFor({ timeout: 20_000 });
}

export function screenshotPath(name: string): string {
  return resolve(ARTIFACTS, `${name}.png`);
}

/** Uncaught errors, console errors and console warnings the page produced. */
export function unexpectedErrors(probe: ProbedPage): string[] {
  return [...probe.pageErrors, ...probe.consoleErrors, ...probe.consoleWarnings];
}

/** The entity fields the tests use to pick their subjects, whatever the data set. */
export interface EntityRow {
  id: string;
  name: string;
  kind: string;
  disputed: boolean;
  degree: number;
  date: { earliest: string | null } | null;
}

export interface BrowserSuite {
  server: TestServer;
  browser: Browser;
  entities: EntityRow[];
  /** The server's own state database folder, when the suite made accounts (removed after). */
  stateDir: string | null;
}

export interface TestAccount {
  name: string;
  role: Role;
  password: string;
}

export interface SuiteOptions {
  /** Server options beyond the test defaults (dataDir, review...). */
  server?: Partial<ServerOptions>;
  /** Accounts made in a fresh state database that the server then keeps its changes in. */
  accounts?: readonly TestAccount[];
}

/** A fresh state database folder holding `accounts`. */
async function stateWithAccounts(accounts: readonly TestAccount[]): Promise<string> {
  const stateDir = mkdtempSync(join(tmpdir(), 'browser-suite-'));
  const database = openStateDatabase(stateDir);
  try {
    const store = new AccountStore(database);
    for (const account of accounts) await store.addAccount(account.name, account.role, account.password);
  } finally {
    database.close();
  }
  return stateDir;
}

/** Starts the server and Chromium for one test file and lists the entities it serves. */
export async function openBrowserSuite(options: SuiteOptions = {}): Promise<BrowserSuite> {
  const stateDir = options.accounts ? await stateWithAccounts(options.accounts) : null;
  const server = await startTestServer({ ...(stateDir ? { stateDir } : {}), ...options.server });
  const browser = await launchBrowser();
  const data = await api<{ entities: { edges: { node: EntityRow }[] } }>(server.url, '{ entities(first: 500) { edges { node { id name kind disputed degree date { earliest } } } } }');
  return { server, browser, entities: data.entities.edges.map((edge) => edge.node), stateDir };
}

export async function closeBrowserSuite(suite: Partial<BrowserSuite>): Promise<void> {
  await suite.browser?.close();
  await suite.server?.close();
  if (suite.stateDir) rmSync(suite.stateDir, { recursive: true, force: true });
}

/**
 * One test file's (or describe block's) server and Chromium: started before its first test and
 * closed after its last. The fields of the answer are filled in by then. Options that depend on
 * an earlier beforeAll (a generated data set) are given as a function, read when the suite starts.
 */
export function useBrowserSuite(options: SuiteOptions | (() => SuiteOptions) = {}): BrowserSuite {
  const suite: Partial<BrowserSuite> = {};
  beforeAll(async () => {
    if (browserSkipReason !== null) return;
    Object.assign(suite, await openBrowserSuite(typeof options === 'function' ? options() : options));
  });
  afterAll(() => closeBrowserSuite(suite));
  // Read only inside tests and hooks, after beforeAll has filled every field.
  return suite as BrowserSuite;
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical violations inside `selector`, as "rule: targets". */
export async function seriousAxeViolations(page: Page, selector: string): Promise<string[]> {
  // Evaluated, not added as a script tag: the page's Content-Security-Policy refuses inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (root) => {
    const axe = (window as unknown as { axe: { run(context: Element): Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document.querySelector(root)!);
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  }, selector);
}
