import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    browserSkipReason: string | null;
  }
}

/** Debian's Chromium (never a downloaded browser); CHROMIUM_PATH overrides the location. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The browser suite needs a real Chromium. Without one it is skipped with the reason, unless
 * BROWSER_REQUIRED=1 (CI), which turns the missing browser into a failure.
 */
export default function setup(project: TestProject): void {
  if (existsSync(CHROMIUM_PATH)) {
    project.provide('browserSkipReason', null);
    return;
  }
  const reason = `no Chromium at ${CHROMIUM_PATH} (install it with: apt-get install chromium)`;
  if (process.env.BROWSER_REQUIRED === '1') throw new Error(`BROWSER_REQUIRED=1 but ${reason}`);
  project.provide('browserSkipReason', reason);
  console.log(`Browser suite will be SKIPPED: ${reason} (set BROWSER_REQUIRED=1 to fail instead)`);
}
