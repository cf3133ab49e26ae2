import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';

const SAFE_REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** The request id a client sent (if it is safe to echo) or a new one. */
export function requestIdOf(request: Request): string {
  const sent = request.get('x-request-id');
  return sent && SAFE_REQUEST_ID.test(sent) ? sent : randomUUID();
}

/** Gives each request an id (echoed in `x-request-id`) and logs one line when it ends. */
export function requestLog(logger: Logger) {
  return (request: Request, response: Response, next: NextFunction) => {
    const id = requestIdOf(request);
    response.locals.requestId = id;
    response.setHeader('x-request-id', id);
    const started = process.hrtime.bigint();
    response.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      // originalUrl: under a mounted router (/graphql) `path` is relative to the mount, "/".
      // The query string stays out of the log: a GET carries the whole GraphQL document there.
      const path = request.originalUrl.split('?')[0];
      logger.info({ requestId: id, method: request.method, path, status: response.statusCode, ms: Math.round(ms * 10) / 10 }, 'request');
    });
    next();
  };
}
