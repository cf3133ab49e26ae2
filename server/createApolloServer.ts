import type { Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Logger } from 'pino';
import {
  accountResolvers,
  buildTypeDefs,
  changeQueryResolvers,
  changeResultResolvers,
  changeTypeResolvers,
  errorLogPlugin,
  formatError,
  knownOperationTypes,
  mutationResolvers,
  documentQueryResolvers,
  documentMutationResolvers,
  documentTypeResolvers,
  queryResolvers,
  requestLimitsPlugin,
  typeResolvers,
  kindResolvers,
  type GraphQLContext,
  type SchemaProfile,
  type RequestLimits,
  type StoreSizes,
} from './graphql';

/** Limits on what one request may ask for (README, API); each refusal carries its error code. */
export const REQUEST_LIMITS: RequestLimits & { tokens: number } = { depth: 8, cost: 200_000, aliases: 30, tokens: 2_000 };

/**
 * How long in-flight requests get to finish once shutdown begins; then their connections are
 * closed. With closing the store, shutdown stays within 5 s.
 */
export const DRAIN_GRACE_MS = 3_000;

/** Apollo Server with our schema, limits and error policy; introspection stays on (the schema is public). */
export function createApolloServer(options: { profile: SchemaProfile; sizes: StoreSizes; httpServer: Server; logger: Logger; development: boolean }) {
  return new ApolloServer<GraphQLContext>({
    typeDefs: buildTypeDefs(options.profile),
    resolvers: {
      Query: { ...queryResolvers, ...changeQueryResolvers, ...accountResolvers.Query, ...documentQueryResolvers },
      Mutation: { ...mutationResolvers, ...documentMutationResolvers },
      ...typeResolvers,
      ...documentTypeResolvers,
      Claim: { ...typeResolvers.Claim, ...documentTypeResolvers.Claim },
      ...kindResolvers(options.profile.kinds),
      ...changeTypeResolvers,
      ...changeResultResolvers,
    },
    introspection: true,
    // server/main.ts owns shutdown (drain, then close the store). Apollo's own handler would call
    // stop() a second time alongside it, and a second stop() made while the first is running
    // never returns (Apollo 5.5 resolves that wait only when stopping fails).
    stopOnTerminationSignals: false,
    // Apollo's default landing page loads scripts from a CDN; our GraphiQL is served offline.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // We set no cache hints, and the default cache-control plugin wraps every field resolver
      // to look for them: about 18% of the CPU time of a 1 MB neighbourhood response.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer: options.httpServer, stopGracePeriodMillis: DRAIN_GRACE_MS }),
      requestLimitsPlugin(REQUEST_LIMITS, options.sizes),
      errorLogPlugin(options.logger),
    ],
    validationRules: [knownOperationTypes],
    // Parsing stops after this many tokens, so a huge document costs little to refuse.
    parseOptions: { maxTokens: REQUEST_LIMITS.tokens },
    includeStacktraceInErrorResponses: options.development,
    hideSchemaDetailsFromClientErrors: !options.development,
    formatError: formatError(options.development),
  });
}
