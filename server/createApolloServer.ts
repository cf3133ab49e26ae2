import type { Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { RelationType } from './dataset';
import { buildTypeDefs, depthLimit, formatError, queryResolvers, typeResolvers, type GraphQLContext } from './graphql';

export const MAX_QUERY_DEPTH = 8;

/** Apollo Server with our schema, limits and error policy; introspection stays on (the schema is public). */
export function createApolloServer(options: { vocabulary: RelationType[]; httpServer: Server; development: boolean }) {
  return new ApolloServer<GraphQLContext>({
    typeDefs: buildTypeDefs(options.vocabulary),
    resolvers: { Query: queryResolvers, ...typeResolvers },
    introspection: true,
    // Apollo's default landing page loads scripts from a CDN; our GraphiQL is served offline.
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginDrainHttpServer({ httpServer: options.httpServer })],
    validationRules: [depthLimit(MAX_QUERY_DEPTH)],
    includeStacktraceInErrorResponses: options.development,
    hideSchemaDetailsFromClientErrors: !options.development,
    status400ForVariableCoercionErrors: true,
    formatError: formatError(options.development),
  });
}
