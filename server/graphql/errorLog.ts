import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import { BadInputError, StoreUnavailableError } from '../store/errors';
import type { GraphQLContext } from './context';

/**
 * Logs the errors that are ours to look at: the store not answering (warn) and anything
 * unexpected, which the client only sees as INTERNAL_SERVER_ERROR (error, with the stack).
 * Bad input and refused queries are the client's business and are not logged.
 */
export function errorLogPlugin(logger: Logger): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          for (const error of errors) {
            // Parse and validation errors, and our own refusals, are GraphQLErrors with no cause.
            if (error.originalError === undefined || error.originalError === null) continue;
            const original = unwrapResolverError(error);
            if (original instanceof BadInputError || (original instanceof GraphQLError && original.extensions.code !== undefined)) continue;
            const fields = { requestId: contextValue.requestId, operationName, path: error.path?.join('.'), err: original };
            if (original instanceof StoreUnavailableError) logger.warn(fields, 'store unavailable');
            else logger.error(fields, 'internal error');
          }
        },
      };
    },
  };
}
