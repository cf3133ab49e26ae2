import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// Every statement the Neo4j store runs lives in cypher/<name>.cypher (parameters only). They are
// read once, at start-up, so a missing file fails there rather than on some later request.

export const CYPHER_DIR = resolve(import.meta.dirname, '../../../cypher');

export const QUERY_NAMES = [
  'ping',
  'vocabulary',
  'kinds',
  'dataset-info',
  'stats',
  'records-by-ids',
  'list-entities',
  'search',
  'relations-of',
  'degrees',
  'timeline',
  'knowledge',
  'raised-concerns',
  'sources',
  'disputes',
  'relations-by-ids',
  'change',
  'change-history',
  'changes',
  'paragraphs',
  'search-documents',
  'citations',
  'mention-version',
  'mention-names',
] as const;

export const LOAD_NAMES = [
  'schema',
  'count-changes',
  'clear-changes',
  'await-indexes',
  'clear-relations',
  'load-vocabulary',
  'load-kinds',
  'load-sources',
  'load-entities',
  'load-relations',
  'load-disputes',
  'load-documents',
  'clear-stale',
  'load-dataset',
] as const;

/** The change store's writes (it also writes records with the load-* statements). */
export const CHANGE_NAMES = [
  'change-check',
  'change-delete-relations',
  'change-delete-entities',
  'change-delete-sources',
  'change-claim-counts',
  'change-delete-disputes',
  'change-redirects',
  'change-delete-redirects',
  'change-delete-documents',
  'change-review',
] as const;

export type QueryName = (typeof QUERY_NAMES)[number];
export type LoadName = (typeof LOAD_NAMES)[number];
export type ChangeName = (typeof CHANGE_NAMES)[number];
export type CypherName = QueryName | LoadName | ChangeName;

/**
 * Statements that reach what they touch through a unique key (an id, a change's number) only:
 * their plan is the same at any size of graph, so Neo4j is told to keep it (`replan=skip`). By
 * default it plans a cached statement again once the counts it was planned with have moved
 * far, and beside a small graph the change log alone moves them (each change adds nodes). On
 * the seed, edits were held up by such plans: 0.1-1.4 s each for the lock-and-check and the
 * reads by id, at a load of 3 (db.stats 'QUERIES' during 300 edits).
 */
const PLANNED_ONCE: ReadonlySet<CypherName> = new Set<CypherName>([
  ...CHANGE_NAMES,
  'load-sources',
  'load-entities',
  'load-relations',
  'load-disputes',
  'load-documents',
  'records-by-ids',
  'relations-by-ids',
  'change',
]);

const cache = new Map<CypherName, string>();

/**
 * A file's statement as sent: without its `//` comment lines and blank lines. Neo4j pre-parses
 * the whole text of every statement it is sent, cached plan or not, and our files are half
 * comments; on a seed edit the pre-parser took a tenth of the server's query thread (JFR), in
 * proportion to the text's length.
 */
function statementText(file: string): string {
  return file
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.trim().startsWith('//'))
    .join('\n');
}

/** The statement of cypher/<name>.cypher (with its plan kept when PLANNED_ONCE), read from disk the first time only. */
export function cypher(name: CypherName): string {
  let text = cache.get(name);
  if (text === undefined) {
    const statement = statementText(readFileSync(resolve(CYPHER_DIR, `${name}.cypher`), 'utf8'));
    text = PLANNED_ONCE.has(name) ? `CYPHER replan=skip\n${statement}` : statement;
    cache.set(name, text);
  }
  return text;
}

/** Reads every file the store or the loader uses; call at start-up. */
export function preloadCypher(names: readonly CypherName[] = [...QUERY_NAMES, ...LOAD_NAMES, ...CHANGE_NAMES]): void {
  for (const name of names) cypher(name);
}

/**
 * The statements of a multi-statement file (schema.cypher), split at `;` ending a line (the
 * driver runs one statement per call). Comment lines are gone already, so none hides a `;`.
 */
export function cypherStatements(name: CypherName): string[] {
  return cypher(name)
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}
