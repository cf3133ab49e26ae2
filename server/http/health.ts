import type { Request, Response } from 'express';
import type { GraphStore } from '../store';

/** Liveness: the process answers. */
export function health(_request: Request, response: Response) {
  response.json({ status: 'ok' });
}

/** Readiness: the store answers; 503 with the reason when it does not, so a balancer skips us. */
export function ready(store: GraphStore) {
  return async (_request: Request, response: Response) => {
    try {
      await store.ping();
      response.json({ status: 'ready', store: store.name });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      response.status(503).json({ status: 'unavailable', store: store.name, reason });
    }
  };
}
