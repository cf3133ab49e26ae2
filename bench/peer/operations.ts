import type { Dataset } from '../../server/dataset';
import { buildSearchQuery } from '../../server/store/neo4j';
import type { Samples } from '../samples';
import { PEER_SEARCH_QUERY, relationshipFields } from './typeDefs';

// The four operations compared with the peer, each written as a user of that API would write
// it: on ours the schema's own fields (a relation's type, ends and date come with it), on the
// peer one connection field per relation type and direction (its relationship properties and
// the other end), the `degree` @cypher field, and its fulltext query. The peer's `phrase` goes
// to Lucene's query parser as it is, so a user wanting what our search does (forgiving typos,
// finding prefixes, weighing names most) builds that query; the peer is handed the very query
// our store builds from the same text, so both ask the index the same thing.

export const PEER_OP_NAMES = ['entityRelations', 'list', 'neighbourhood1', 'search'] as const;
export type PeerOpName = (typeof PEER_OP_NAMES)[number];

export interface PeerOperation {
  name: PeerOpName;
  label: string;
  ours: string;
  peer: string;
  /** Variables of input `index` for ours and for the peer. */
  variables(index: number): { ours: Record<string, unknown>; peer: Record<string, unknown> };
  inputs: number;
}

/** Entities for "entity with 50 relations": at least 50 relations, the fewest such first; else the best connected. */
export function entitiesWithRelations(dataset: Dataset, count: number, relations = 50): { ids: string[]; degrees: number[] } {
  const degree = new Map<string, number>();
  for (const relation of dataset.relations) {
    degree.set(relation.from, (degree.get(relation.from) ?? 0) + 1);
    degree.set(relation.to, (degree.get(relation.to) ?? 0) + 1);
  }
  const ranked = [...degree].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
  const enough = ranked.filter(([, value]) => value >= relations);
  const chosen = (enough.length > 0 ? enough : ranked.reverse()).slice(0, count);
  return { ids: chosen.map(([id]) => id), degrees: chosen.map(([, value]) => value) };
}

function peerPhrase(text: string): string {
  const query = buildSearchQuery(text);
  if (query === null) throw new Error(`search text ${JSON.stringify(text)} has no word to search for`);
  return query;
}

const DATE = '{ edtf earliest latest }';
const REF = '{ id kind name }';

function connections(dataset: Dataset, edge: string): string {
  return dataset.vocabulary
    .flatMap(({ type }) => relationshipFields(type))
    .map((field) => `${field}Connection { edges { ${edge} } }`)
    .join('\n      ');
}

const nth = <T>(list: readonly T[], index: number): T => list[index % list.length] as T;

export function peerOperations(dataset: Dataset, samples: Samples, inputs: number): Record<PeerOpName, PeerOperation> {
  const connected = entitiesWithRelations(dataset, inputs);
  const entityIds = samples.entityIds.slice(0, inputs);
  const searchTexts = samples.searchTexts.slice(0, inputs);
  const most = Math.max(...connected.degrees);
  const least = Math.min(...connected.degrees);
  return {
    entityRelations: {
      name: 'entityRelations',
      label: `entity with its relations (${least === most ? least : `${least}-${most}`}; ours first 50)`,
      ours: `query EntityWithRelations($id: ID!) {
  entity(id: $id) { id kind name summary date ${DATE}
    relations(first: 50) { id type label date ${DATE} from ${REF} to ${REF} } } }`,
      peer: `query EntityWithRelations($id: ID!) {
  entities(where: { id: { eq: $id } }) { id kind name summary edtf earliest latest
      ${connections(dataset, 'properties { id label edtf earliest latest } node { id kind name }')} } }`,
      variables: (i) => ({ ours: { id: nth(connected.ids, i) }, peer: { id: nth(connected.ids, i) } }),
      inputs: connected.ids.length,
    },
    list: {
      name: 'list',
      label: 'list of 100 entities with relation counts',
      ours: 'query List { entities(first: 100) { edges { node { id kind name degree } } } }',
      peer: 'query List { entities(limit: 100, sort: [{ id: ASC }]) { id kind name degree } }',
      variables: () => ({ ours: {}, peer: {} }),
      inputs: 1,
    },
    neighbourhood1: {
      name: 'neighbourhood1',
      label: 'neighbourhood depth 1',
      ours: `query Neighbourhood($id: ID!) {
  neighborhood(id: $id, depth: 1, limit: 500) { nodes ${REF} edges { id type from { id } to { id } } truncated } }`,
      peer: `query Neighbourhood($id: ID!) {
  entities(where: { id: { eq: $id } }) { id kind name
      ${connections(dataset, 'properties { id } node { id kind name }')} } }`,
      variables: (i) => ({ ours: { id: nth(entityIds, i) }, peer: { id: nth(entityIds, i) } }),
      inputs: entityIds.length,
    },
    search: {
      name: 'search',
      label: 'search (first 20)',
      ours: `query Search($text: String!) { search(text: $text, first: 20) { score entity ${REF} } }`,
      peer: `query Search($text: String!) { ${PEER_SEARCH_QUERY}(phrase: $text, first: 20) { edges { score node ${REF} } } }`,
      variables: (i) => ({ ours: { text: nth(searchTexts, i) }, peer: { text: peerPhrase(nth(searchTexts, i)) } }),
      inputs: searchTexts.length,
    },
  };
}
