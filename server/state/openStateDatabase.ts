import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';

/** The state database's file name inside STATE_DIR. */
export const STATE_DATABASE_FILE = 'state.db';

/** How long a statement waits for another connection's write lock before SQLITE_BUSY. */
const BUSY_TIMEOUT_MS = 5_000;

export type StateDatabase = Database.Database;

/**
 * Opens (creating it and its folder when missing) `stateDir/state.db`: the one SQLite file that
 * holds what the server writes (accounts, sessions, the embedded store's change log). Each
 * module creates its own tables with CREATE TABLE IF NOT EXISTS. Without a folder: a private
 * in-memory database (tests and benchmarks: real SQLite, nothing kept).
 *
 * WAL lets readers run beside a writer; synchronous FULL makes a committed transaction survive
 * a power cut or kill -9, which an acknowledged change must.
 */
export function openStateDatabase(stateDir: string | null): StateDatabase {
  if (stateDir === null) return new Database(':memory:');
  mkdirSync(stateDir, { recursive: true });
  const database = new Database(join(stateDir, STATE_DATABASE_FILE));
  try {
    database.pragma('journal_mode = WAL');
    database.pragma('synchronous = FULL');
    database.pragma('foreign_keys = ON');
    database.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  } catch (error) {
    database.close();
    throw error;
  }
  return database;
}
