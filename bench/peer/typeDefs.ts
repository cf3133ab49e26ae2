import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isInt } from 'neo4j-driver';
import type { Dataset } from '../../server/dataset';
import { loadRows } from '../../server/store/neo4j';
import { ROOT } from '../config';

// Type definitions for the peer (@neo4j/graphql 7) over the graph our loader wrote, generated as
// a user of that library would write them for this database: one `Entity` node type (every
// entity carries the :Entity label) with the properties cypher/load-entities.cypher stores, one
// pair of relationship fields (out, in) per relation type of the data set's vocabulary, and the
// properties cypher/load-relations.cypher stores on every relationship. Nothing here knows an
// inquiry: names and types come from the load statements and the data set's rows.
//
// Two additions a user of the library would make for the operations compared: the fulltext
// index our schema creates (`@fulltext`), and the relation count as a `@cypher` field (the
// library has no count across all relationship types).

const LOAD_ENTITIES = join(ROOT, 'cypher', 'load-entities.cypher');
const LOAD_RELATIONS = join(ROOT, 'cypher', 'load-relations.cypher');

/** Stored property name -> whether the statement stores it as a Neo4j `date`. */
function storedProperties(statement: string, pattern: RegExp): Map<string, boolean> {
  const properties = new Map<string, boolean>();
  for (const match of statement.matchAll(pattern)) properties.set(match[1] as string, (match[2] as string).startsWith('date('));
  if (properties.size === 0) throw new Error(`no stored properties found with ${pattern}`);
  return properties;
}

/** The properties `SET e = { key: value, ... }` stores (load-entities.cypher). */
export function entityProperties(statement = readFileSync(LOAD_ENTITIES, 'utf8')): Map<string, boolean> {
  const map = /^SET e = \{([^}]*)\}/m.exec(statement)?.[1];
  if (map === undefined) throw new Error(`${LOAD_ENTITIES}: no "SET e = {...}" found`);
  return storedProperties(map, /^\s*(\w+):\s*([^,\n]+)/gm);
}

/** The properties `SET r.key = value, ...` stores (load-relations.cypher). */
export function relationProperties(statement = readFileSync(LOAD_RELATIONS, 'utf8')): Map<string, boolean> {
  return storedProperties(statement, /\br\.(\w+)\s*=\s*([^,\n]+)/g);
}

/** The GraphQL type of a stored property, from the values the loader writes. */
function graphqlType(name: string, isDate: boolean, rows: readonly Record<string, unknown>[]): string {
  if (name === 'id') return 'ID!';
  if (isDate) return 'Date';
  const value = rows.map((row) => row[name]).find((candidate) => candidate !== null && candidate !== undefined);
  if (Array.isArray(value)) return '[String!]';
  if (isInt(value) || typeof value === 'number') return 'Int';
  if (typeof value === 'boolean') return 'Boolean';
  return 'String';
}

function fields(properties: Map<string, boolean>, rows: readonly Record<string, unknown>[]): string[] {
  return [...properties].map(([name, isDate]) => `  ${name}: ${graphqlType(name, isDate, rows)}`);
}

/** WARNED -> warned, PRESENTED_TO -> presentedTo. */
export function fieldStem(type: string): string {
  return type.toLowerCase().replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}

/** The relationship fields of one relation type: [out, in]. */
export function relationshipFields(type: string): [string, string] {
  return [`${fieldStem(type)}Out`, `${fieldStem(type)}In`];
}

export const PEER_SEARCH_QUERY = 'searchEntities';

export function peerTypeDefs(dataset: Dataset): string {
  const rows = loadRows(dataset);
  const relationships = dataset.vocabulary.flatMap(({ type }) => {
    const [out, into] = relationshipFields(type);
    return [
      `  ${out}: [Entity!]! @relationship(type: "${type}", direction: OUT, properties: "RelationProperties")`,
      `  ${into}: [Entity!]! @relationship(type: "${type}", direction: IN, properties: "RelationProperties")`,
    ];
  });
  return [
    `type Entity @node(labels: ["Entity"]) @fulltext(indexes: [{ indexName: "entity_search", queryName: "${PEER_SEARCH_QUERY}", fields: ["name", "aliasesText", "summary"] }]) {`,
    ...fields(entityProperties(), rows.entities),
    '  degree: Int! @cypher(statement: "RETURN COUNT { (this)--() } AS degree", columnName: "degree")',
    ...relationships,
    '}',
    '',
    'type RelationProperties @relationshipProperties {',
    ...fields(relationProperties(), rows.relations),
    '}',
  ].join('\n');
}
