import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { DateParseError } from '../dataset';
import { BadInputError, StoreUnavailableError } from '../store/errors';

/** The public error codes (API.md); clients switch on these, so they never change meaning. */
export enum ErrorCode {
  BadUserInput = 'BAD_USER_INPUT',
  QueryTooComplex = 'QUERY_TOO_COMPLEX',
  QueryTooDeep = 'QUERY_TOO_DEEP',
  StoreUnavailable = 'STORE_UNAVAILABLE',
  InternalServerError = 'INTERNAL_SERVER_ERROR',
}

/** A bad argument: names the argument so the caller can fix it without guessing. */
export function badInput(argument: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BadUserInput, argument } });
}

/**
 * The one place where domain errors become GraphQL errors. Store errors keep their meaning
 * (unavailable, bad input); anything unexpected becomes INTERNAL_SERVER_ERROR with a generic
 * message, because its text may leak internals (Cypher, file paths) outside development.
 */
export function formatError(development: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof StoreUnavailableError) {
      return { ...formatted, message: 'The graph store is not answering; try again shortly.', extensions: { code: ErrorCode.StoreUnavailable } };
    }
    if (original instanceof BadInputError) {
      return { ...formatted, message: original.message, extensions: { code: ErrorCode.BadUserInput, argument: original.argument } };
    }
    if (original instanceof DateParseError) {
      return { ...formatted, message: original.message, extensions: { code: ErrorCode.BadUserInput } };
    }
    const code = formatted.extensions?.code;
    if (code === ErrorCode.InternalServerError || code === undefined) {
      if (development) return formatted;
      return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: ErrorCode.InternalServerError } };
    }
    return formatted;
  };
}
