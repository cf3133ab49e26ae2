import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { RecordInputError } from '../curation';
import { ConflictError } from '../store/ChangeStore';
import { BadInputError, StoreUnavailableError } from '../store/errors';

/** The public error codes (README, API); clients switch on these, so they never change meaning. */
export enum ErrorCode {
  BadUserInput = 'BAD_USER_INPUT',
  QueryTooComplex = 'QUERY_TOO_COMPLEX',
  QueryTooDeep = 'QUERY_TOO_DEEP',
  StoreUnavailable = 'STORE_UNAVAILABLE',
  /** No account signed in (or a bad, revoked or expired token or session). */
  Unauthenticated = 'UNAUTHENTICATED',
  /** Signed in, but the account's role is too low; or a read-only deployment. */
  Forbidden = 'FORBIDDEN',
  /** A change made against a record that moved since: `record`, `currentVersion`. */
  Conflict = 'CONFLICT',
  InternalServerError = 'INTERNAL_SERVER_ERROR',
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
    if (original instanceof ConflictError) {
      return { ...formatted, message: original.message, extensions: { code: ErrorCode.Conflict, record: original.record, currentVersion: original.currentVersion } };
    }
    if (original instanceof RecordInputError) {
      const { record, issues } = original;
      return { ...formatted, message: original.message, extensions: { code: ErrorCode.BadUserInput, argument: original.argument, record, issues } };
    }
    if (original instanceof BadInputError) {
      return { ...formatted, message: original.message, extensions: { code: ErrorCode.BadUserInput, argument: original.argument } };
    }
    const code = formatted.extensions?.code;
    if (code === ErrorCode.InternalServerError || code === undefined) {
      if (development) return formatted;
      return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: ErrorCode.InternalServerError } };
    }
    return formatted;
  };
}
