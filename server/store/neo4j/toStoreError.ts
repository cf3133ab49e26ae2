import { Neo4jError } from 'neo4j-driver';
import { BadInputError, StoreUnavailableError } from '../errors';

// The one place where driver and database errors become domain errors: resolvers
// only ever see StoreUnavailableError, BadInputError (our own argument checks) or an
// unexpected error, which the API reports as INTERNAL_SERVER_ERROR.

/** Codes meaning "the database cannot answer now", not "the query is wrong". */
const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.ClientError.Database.DatabaseNotFound',
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
  'Neo.ClientError.Security.CredentialsExpired',
]);

/** The transaction needed more memory than the server allows (db.memory.transaction.max). */
export function isOutOfMemory(error: unknown): error is Neo4jError {
  return error instanceof Neo4jError && /OutOfMemory/.test(error.code);
}

function isUnavailable(error: Neo4jError): boolean {
  if (UNAVAILABLE_CODES.has(error.code)) return true;
  // Deadlocks, a database still starting, memory pressure, terminated transactions.
  if (error.code.startsWith('Neo.TransientError.')) return true;
  // The pool reports an exhausted acquisition timeout with no code ("N/A").
  return /Connection acquisition timed out|Failed to establish connection|connection.*(refused|closed|reset)/i.test(error.message);
}

/** Maps anything thrown while talking to Neo4j to what the store may throw. */
export function toStoreError(error: unknown, operation: string): Error {
  if (error instanceof StoreUnavailableError || error instanceof BadInputError) return error;
  if (error instanceof Neo4jError && isUnavailable(error)) {
    return new StoreUnavailableError(`Neo4j is unavailable (${operation}): ${error.message.split('\n')[0]}`, { cause: error });
  }
  if (error instanceof Error) return error;
  return new Error(`Neo4j ${operation} failed: ${String(error)}`);
}
