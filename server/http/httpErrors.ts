import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';

interface HttpError extends Error {
  status?: number;
  expose?: boolean;
}

/**
 * Last error handler: errors raised before GraphQL runs (an unreadable body, a bad charset)
 * become a GraphQL-shaped JSON error. Express's default would answer with an HTML page
 * carrying a stack trace.
 */
export function httpErrors(logger: Logger) {
  return (error: HttpError, _request: Request, response: Response, next: NextFunction) => {
    if (response.headersSent) {
      next(error);
      return;
    }
    const status = error.status && error.status >= 400 && error.status < 600 ? error.status : 500;
    if (status >= 500) logger.error({ err: error, requestId: response.locals.requestId }, 'unhandled HTTP error');
    const message = status < 500 && error.expose ? error.message : 'Internal server error';
    response.status(status).json({ errors: [{ message, extensions: { code: status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR' } }] });
  };
}
