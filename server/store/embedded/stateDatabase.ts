import Database from 'better-sqlite3';
import { openStateDatabase, type StateDatabase } from '../../state';

/**
 * The database the change log lives in: the state database of `stateDir`, or without a folder
 * a private in-memory SQLite database (tests and benchmarks: real SQLite, nothing kept).
 */
export function openChangeDatabase(stateDir: string | null): StateDatabase {
  return stateDir === null ? new Database(':memory:') : openStateDatabase(stateDir);
}
