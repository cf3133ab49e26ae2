import neo4j, { type Driver } from 'neo4j-driver';
import { cypher, type QueryName } from '../server/store/neo4j/cypherFiles';
import { readDay } from '../server/store/dateInput';
import { int } from '../server/store/neo4j/runner';
import { buildSearchQuery } from '../server/store/neo4j/searchQuery';
import type { StoreCall } from './storeCalls';

// The operation's own query as the bare driver would run it: the same cypher/ file and the same
// parameters as Neo4jStore, through driver.executeQuery, with no store wrapper and no record
// conversion. Compared with the store's primary call it shows what the store layer adds.

type Args = Record<string, unknown>;
const orNull = (value: unknown) => value ?? null;
const day = (name: string, value: unknown, side: 'from' | 'to') => (value == null ? null : readDay(name, String(value), side));

/** The Cypher file and parameters of a store call; null for calls this does not cover. */
export function bareQuery(call: StoreCall): { name: QueryName; params: Args } | null {
  const arg = (call.args[0] ?? {}) as Args;
  switch (call.method) {
    case 'entitiesByIds':
      return { name: 'entities-by-ids', params: { ids: [...(call.args[0] as string[])] } };
    case 'search': {
      const query = buildSearchQuery(String(arg.text));
      return query === null ? null : { name: 'search', params: { query, kinds: orNull(arg.kinds), first: int(Number(arg.first)) } };
    }
    case 'neighborhood':
      return {
        name: 'neighborhood',
        params: {
          id: arg.id,
          depth: int(Number(arg.depth)),
          types: orNull(arg.types),
          asOf: day('asOf', arg.asOf, 'to'),
          limit: int(Number(arg.limit)),
        },
      };
    case 'paths':
      return { name: 'paths', params: { from: arg.from, to: arg.to, maxHops: int(Number(arg.maxHops)), types: orNull(arg.types), limit: int(Number(arg.limit)) } };
    case 'timeline':
      return {
        name: 'timeline',
        params: {
          from: day('from', arg.from, 'from'),
          to: day('to', arg.to, 'to'),
          entity: orNull(arg.entity),
          first: int(Number(arg.first)),
        },
      };
    case 'knowledge':
      return { name: 'knowledge', params: { asOf: day('asOf', arg.asOf, 'to'), actor: orNull(arg.actor), certainty: arg.certainty } };
    default:
      return null;
  }
}

export function runBare(driver: Driver, query: { name: QueryName; params: Args }): Promise<unknown> {
  return driver.executeQuery(cypher(query.name), query.params, { routing: neo4j.routing.READ });
}
