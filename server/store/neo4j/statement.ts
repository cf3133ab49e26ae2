import { CHANGE_NAMES, cypher, QUERY_NAMES, type CypherName } from './cypherFiles';
import { NEIGHBORHOOD_STATEMENTS } from './neighborhoodStatement';
import { PATHS_STATEMENTS } from './pathsStatement';

/** One Cypher statement the store runs: its name (for logs and errors) and its text. */
export interface Statement {
  readonly name: string;
  readonly text: string;
}

/** The statement of cypher/<name>.cypher. */
export function fileStatement(name: CypherName): Statement {
  return { name, text: cypher(name) };
}

/** Every statement the store reads with: the files of cypher/ and the generated ones. */
export function readStatements(): Statement[] {
  return [...QUERY_NAMES.map(fileStatement), ...NEIGHBORHOOD_STATEMENTS, ...PATHS_STATEMENTS];
}

/** Every statement the change store writes with (it writes records with the loader's statements). */
export function writeStatements(): Statement[] {
  return [...CHANGE_NAMES, 'load-sources', 'load-entities', 'load-relations', 'load-disputes'].map((name) => fileStatement(name as CypherName));
}
