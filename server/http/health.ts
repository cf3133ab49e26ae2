import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import type { GraphStore } from '../store';

/** Liveness: the process answers. */
export function health(_request: Request, response: Response) {
  response.json({ status: 'ok' });
}

/** What /ready says when the store does not answer: nothing about where or why it failed. */
export const NOT_READY_REASON = 'the store is unavailable';

/** Drops user and password from URIs in a message (`bolt://user:secret@host` -> `bolt://host`). */
export function withoutCredentials(message: string): string {
  return message.replace(/(\/\/)[^/@\s]+@/g, '$1');
}

/**
 * Readiness: the store answers (on Neo4j: with every statement planned); 503 when it does not,
 * so a balancer skips us. The driver's message names the database's address, so it goes to
 * the log, not to whoever asked.
 */
export function ready(store: GraphStore, logger: Logger) {
  return async (_request: Request, response: Response) => {
    try {
      await store.ping();
      response.json({ status: 'ready', store: store.name });
    } catch (error) {
      const detail = withoutCredentials(error instanceof Error ? error.message : String(error));
      logger.warn({ store: store.name, detail }, `not ready: ${NOT_READY_REASON}`);
      response.status(503).json({ status: 'unavailable', store: store.name, reason: NOT_READY_REASON });
    }
  };
}
