import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startServer } from '../server/startServer';
import { BENCH_DIR, DATA_DIR, ROOT, SEED_DIR, type ModeSettings } from './config';
import { median } from './stats';

// The page in Chromium: initial JavaScript size, navigation to a drawn graph on the seed,
// layout + first draw of 500 / 2,000 / 5,000 elements with the page's own Cytoscape set-up, and
// the chronology: opening it on the seed, and drawing and panning 5,000 items.

export const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
const CLIENT_DIST = join(ROOT, 'client', 'dist');
const BENCH_PAGE_DIST = join(DATA_DIR, 'page-dist');
/** Item counts for the chronology's draw-and-pan run (the target names 5,000). */
const CHRONOLOGY_ITEMS = [1_000, 5_000];

export type Skippable<T> = T | { skipped: string };

export interface InitialJs {
  files: { file: string; bytes: number; gzipBytes: number }[];
  bytes: number;
  gzipBytes: number;
  built: boolean;
}
export interface Interactive {
  runs: number[];
  medianMs: number;
  nodes: number;
  edges: number;
}
export interface LayoutRun {
  elements: number;
  /** The page's graph mode for this many elements ('large' above client/src/graph LARGE_GRAPH_ELEMENTS) and its renderer. */
  mode: string;
  renderer: string;
  nodes: number;
  edges: number;
  addMs: number;
  layoutMs: number;
  drawMs: number;
  totalMs: number;
}
export interface ChronologyOpen {
  runs: number[];
  medianMs: number;
  items: number;
}
export interface ChronologyRun {
  items: number;
  lanes: number;
  renderer: string;
  drawMs: number;
  panFps: number;
}
export interface ChronologyResult {
  seed: Skippable<ChronologyOpen>;
  large: Skippable<ChronologyRun[]>;
}
export interface PageResult {
  browserVersion: string | null;
  initialJs: Skippable<InitialJs>;
  seedInteractive: Skippable<Interactive>;
  layouts: Skippable<LayoutRun[]>;
  /** Absent in results written before the chronology existed. */
  chronology?: ChronologyResult;
}

const skip = (error: unknown) => ({ skipped: error instanceof Error ? error.message.split('\n')[0] ?? String(error) : String(error) });

function npm(args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`npm ${args.join(' ')} failed (exit ${code}): ${output.trim().split('\n').slice(-3).join(' | ')}`));
    });
  });
}

/** The module script of client/dist/index.html and the chunks it preloads, raw and gzipped at level 9 (as client/bundleSize.ts counts). */
export async function measureInitialJs(rebuild: boolean): Promise<Skippable<InitialJs>> {
  const index = join(CLIENT_DIST, 'index.html');
  let built = false;
  try {
    if (rebuild || !existsSync(index)) {
      if (!existsSync(join(ROOT, 'client', 'vite.config.ts'))) return { skipped: 'client/vite.config.ts does not exist yet, so the page cannot be built' };
      await npm(['run', 'build:client'], 10 * 60_000);
      built = true;
    }
    const html = readFileSync(index, 'utf8');
    const scripts = [...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+\.js)"/g), ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)]
      .map((match) => match[1] as string)
      .filter((src, i, all) => all.indexOf(src) === i && !/^https?:/.test(src));
    if (scripts.length === 0) return { skipped: 'client/dist/index.html loads no module script' };
    const files = scripts.map((src) => {
      const content = readFileSync(join(CLIENT_DIST, normalize(src.replace(/^\//, ''))));
      return { file: src, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
    });
    return { files, bytes: files.reduce((s, f) => s + f.bytes, 0), gzipBytes: files.reduce((s, f) => s + f.gzipBytes, 0), built };
  } catch (error) {
    return skip(error);
  }
}

// A string, not a function: tsx would wrap a function's inner helpers in __name(), which the page lacks.
const WAIT_FOR_GRAPH = `new Promise((resolve, reject) => {
  const deadline = performance.now() + 30000;
  const check = () => {
    const cy = window.__cy;
    if (cy && cy.nodes().length > 0) requestAnimationFrame(() => resolve({ at: performance.now(), nodes: cy.nodes().length, edges: cy.edges().length }));
    else if (performance.now() > deadline) reject(new Error('no window.__cy with nodes within 30 s'));
    else requestAnimationFrame(check);
  };
  check();
})`;

/** Navigation start until window.__cy holds nodes and one more frame has been drawn (the page's clock). */
async function seedInteractive(browser: Browser, repeats: number): Promise<Skippable<Interactive>> {
  if (!existsSync(join(SEED_DIR, 'entities.json'))) return { skipped: 'seed/rotherham has no entities.json' };
  if (!existsSync(join(CLIENT_DIST, 'index.html'))) return { skipped: 'client/dist is not built (no client/vite.config.ts yet)' };
  const server = await startServer({ port: 0, dataDir: SEED_DIR, neo4j: null });
  try {
    const runs: number[] = [];
    let counts = { nodes: 0, edges: 0 };
    for (let i = 0; i < repeats; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      try {
        const page = await context.newPage();
        await page.goto(server.url, { waitUntil: 'domcontentloaded' });
        const ready = (await page.evaluate(WAIT_FOR_GRAPH)) as { at: number; nodes: number; edges: number };
        runs.push(ready.at);
        counts = { nodes: ready.nodes, edges: ready.edges };
      } finally {
        await context.close();
      }
    }
    return { runs, medianMs: median(runs), ...counts };
  } catch (error) {
    return skip(error);
  } finally {
    await server.close();
  }
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

function serveStatic(root: string): Promise<Server> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent((request.url ?? '/').split('?')[0] as string)).replace(/^(\.\.[/\\])+/, '');
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(root) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// A string, as WAIT_FOR_GRAPH: click the Chronology tab and wait for its first item plus one frame.
const OPEN_CHRONOLOGY = `new Promise((resolve, reject) => {
  const started = performance.now();
  const tab = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Chronology');
  if (!tab) return reject(new Error('no Chronology button'));
  tab.click();
  const check = () => {
    const items = document.querySelectorAll('[data-testid=chrono-item]').length;
    if (items > 0) requestAnimationFrame(() => resolve({ ms: performance.now() - started, items }));
    else if (performance.now() - started > 30000) reject(new Error('no chronology item within 30 s'));
    else requestAnimationFrame(check);
  };
  check();
})`;

/** From clicking the Chronology tab (graph already drawn) until its items are drawn, on the seed. */
async function seedChronology(browser: Browser, repeats: number): Promise<Skippable<ChronologyOpen>> {
  if (!existsSync(join(CLIENT_DIST, 'index.html'))) return { skipped: 'client/dist is not built' };
  const server = await startServer({ port: 0, dataDir: SEED_DIR, neo4j: null });
  try {
    const runs: number[] = [];
    let items = 0;
    for (let i = 0; i < repeats; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      try {
        const page = await context.newPage();
        await page.goto(server.url, { waitUntil: 'domcontentloaded' });
        await page.evaluate(WAIT_FOR_GRAPH);
        const opened = (await page.evaluate(OPEN_CHRONOLOGY)) as { ms: number; items: number };
        runs.push(opened.ms);
        items = opened.items;
      } finally {
        await context.close();
      }
    }
    return { runs, medianMs: median(runs), items };
  } catch (error) {
    return skip(error);
  } finally {
    await server.close();
  }
}

async function buildBenchPage(): Promise<string | null> {
  try {
    const { build } = await import('vite');
    const react = (await import('@vitejs/plugin-react')).default;
    const root = join(BENCH_DIR, 'page');
    await build({
      configFile: false,
      root,
      base: './',
      logLevel: 'error',
      plugins: [react()],
      build: { outDir: BENCH_PAGE_DIST, emptyOutDir: true, rollupOptions: { input: { index: join(root, 'index.html'), chronology: join(root, 'chronology.html') } } },
    });
    return null;
  } catch (error) {
    return `bench page did not build: ${skip(error).skipped}`;
  }
}

/** Opens a page of the built bench (served from BENCH_PAGE_DIST) once it says it is ready, and runs `measure` on it. */
async function onBenchPage<T>(browser: Browser, path: string, measure: (page: Page) => Promise<T>): Promise<Skippable<T>> {
  const server = await serveStatic(BENCH_PAGE_DIST);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/${path}`);
    await page.waitForFunction(() => document.title === 'ready');
    return await measure(page);
  } catch (error) {
    return skip(error);
  } finally {
    await context.close();
    server.close();
  }
}

/** The chronology bench page: draw, then pan, each item count in `sizes`. */
function largeChronology(browser: Browser, sizes: readonly number[]): Promise<Skippable<ChronologyRun[]>> {
  return onBenchPage(browser, 'chronology.html', async (page) => {
    const out: ChronologyRun[] = [];
    for (const items of sizes) {
      out.push(await page.evaluate((n) => (window as unknown as { __chronologyBench(n: number): Promise<ChronologyRun> }).__chronologyBench(n), items));
    }
    return out;
  });
}

async function layouts(browser: Browser, settings: ModeSettings, built: string | null): Promise<Skippable<LayoutRun[]>> {
  if (built !== null) return { skipped: built };
  return onBenchPage(browser, '', async (page) => {
    const out: LayoutRun[] = [];
    for (const elements of settings.layoutElements) {
      const runs: Omit<LayoutRun, 'elements'>[] = [];
      for (let i = 0; i < settings.pageRepeats; i++) {
        runs.push(await page.evaluate((n) => (window as unknown as { __layoutBench(n: number): Promise<Omit<LayoutRun, 'elements'>> }).__layoutBench(n), elements));
      }
      const pick = (key: 'addMs' | 'layoutMs' | 'drawMs' | 'totalMs') => median(runs.map((run) => run[key]));
      out.push({ elements, mode: runs[0]?.mode ?? '?', renderer: runs[0]?.renderer ?? '?', nodes: runs[0]?.nodes ?? 0, edges: runs[0]?.edges ?? 0, addMs: pick('addMs'), layoutMs: pick('layoutMs'), drawMs: pick('drawMs'), totalMs: pick('totalMs') });
    }
    return out;
  });
}

export async function pageBench(settings: ModeSettings): Promise<PageResult> {
  const initialJs = await measureInitialJs(settings.rebuildClient);
  if (!existsSync(CHROMIUM)) {
    const reason = { skipped: `${CHROMIUM} does not exist` };
    return { browserVersion: null, initialJs, seedInteractive: reason, layouts: reason, chronology: { seed: reason, large: reason } };
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  try {
    return {
      browserVersion: browser.version(),
      initialJs,
      seedInteractive: await seedInteractive(browser, settings.pageRepeats),
      ...(await (async () => {
        const built = await buildBenchPage();
        return {
          layouts: await layouts(browser, settings, built),
          chronology: {
            seed: await seedChronology(browser, settings.pageRepeats),
            large: built === null ? await largeChronology(browser, CHRONOLOGY_ITEMS) : { skipped: built },
          },
        };
      })()),
    };
  } finally {
    await browser.close();
  }
}
