import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStateDatabase, STATE_DATABASE_FILE } from './openStateDatabase';

describe('openStateDatabase', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('creates the folder and opens state.db with WAL, synchronous FULL, foreign keys and a busy timeout', () => {
    const parent = mkdtempSync(join(tmpdir(), 'state-'));
    dirs.push(parent);
    const stateDir = join(parent, 'nested', 'state');
    const database = openStateDatabase(stateDir);
    try {
      expect(existsSync(join(stateDir, STATE_DATABASE_FILE))).toBe(true);
      expect(database.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(database.pragma('synchronous', { simple: true })).toBe(2); // FULL
      expect(database.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(database.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
    } finally {
      database.close();
    }
  });

  it('without a folder opens a private in-memory database', () => {
    const first = openStateDatabase(null);
    const second = openStateDatabase(null);
    try {
      first.exec('CREATE TABLE kept (x)');
      expect(second.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'kept'").get()).toEqual({ n: 0 });
      expect(first.pragma('foreign_keys', { simple: true })).toBe(1);
    } finally {
      first.close();
      second.close();
    }
  });
});
