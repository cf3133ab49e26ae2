import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { Driver } from 'neo4j-driver';

// The peer: @neo4j/graphql 7 over the same Neo4j, served by its own Apollo Server over HTTP on
// 127.0.0.1 and a free port, with the library's defaults (as its documentation starts one).

export interface PeerServer {
  url: string;
  /** How long @neo4j/graphql took to build its schema from the type definitions. */
  schemaMs: number;
  close(): Promise<void>;
}

export async function startPeerServer(driver: Driver, typeDefs: string): Promise<PeerServer> {
  const started = performance.now();
  const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
  const schemaMs = performance.now() - started;
  const server = new ApolloServer({ schema });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
  return { url: url.replace(/\/$/, ''), schemaMs, close: () => server.stop() };
}
