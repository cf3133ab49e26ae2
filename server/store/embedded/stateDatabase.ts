import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';

/**
 * The state database the change log lives in: `stateDir/state.db` (WAL, synchronous FULL, so
 * an acknowledged change survives kill -9), or without a folder a private in-memory SQLite
 * database (tests and benchmarks: real SQLite, nothing kept).
 */
export function openChangeDatabase(stateDir: string | null): Database.Database {
  if (stateDir === null) return new Database(':memory:');
  mkdirSync(stateDir, { recursive: true });
  const database = new Database(join(stateDir, 'state.db'));
  try {
    database.pragma('journal_mode = WAL');
    database.pragma('synchronous = FULL');
    database.pragma('foreign_keys = ON');
    database.pragma('busy_timeout = 5000');
  } catch (error) {
    database.close();
    throw error;
  }
  return database;
}
