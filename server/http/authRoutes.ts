import express, { type Request, type Response } from 'express';
import { z } from 'zod';
import { LoginLimiter, MAX_PASSWORD_LENGTH, SESSION_MAX_MS, type AccountStore } from '../auth';
import { ErrorCode } from '../graphql/errors';
import { authenticate, clearSessionCookie, hasCsrfToken, refuse, sendError, setSessionCookie } from './authenticate';

const loginBody = z.object({
  name: z.string().min(1).max(64),
  password: z.string().min(1).max(MAX_PASSWORD_LENGTH),
});

/** The same answer for an unknown name and a wrong password: it tells nobody which names exist. */
const WRONG_NAME_OR_PASSWORD = 'Wrong name or password.';

/**
 * Sign-in for the page: POST /auth/login, POST /auth/logout, GET /auth/session. Programs use
 * API tokens instead (`npm run user:token`).
 */
export function authRoutes(accounts: AccountStore, limiter: LoginLimiter = new LoginLimiter()) {
  const router = express.Router();
  router.use((_request, response, next) => {
    // Answers carry a CSRF token: no cache may keep them.
    response.setHeader('Cache-Control', 'no-store');
    next();
  });

  router.post('/login', express.json({ limit: '4kb' }), async (request: Request, response: Response) => {
    const parsed = loginBody.safeParse(request.body);
    if (!parsed.success) {
      const field = parsed.error.issues[0]?.path.join('.') || 'body';
      sendError(response, 400, ErrorCode.BadUserInput, `Sign-in needs a JSON body {"name", "password"}: ${field} is missing or too long.`);
      return;
    }
    const { name, password } = parsed.data;
    const attempt = limiter.begin([`address:${request.ip ?? 'unknown'}`, `name:${name.toLowerCase()}`]);
    if ('retryAfterSeconds' in attempt) {
      response.setHeader('Retry-After', String(attempt.retryAfterSeconds));
      sendError(response, 429, 'TOO_MANY_REQUESTS', `Too many failed sign-ins; try again in ${Math.ceil(attempt.retryAfterSeconds / 60)} minutes.`);
      return;
    }
    const viewer = await accounts.checkPassword(name, password);
    if (!viewer) {
      sendError(response, 401, ErrorCode.Unauthenticated, WRONG_NAME_OR_PASSWORD);
      return;
    }
    limiter.succeeded(attempt);
    // A new session each time; the one this browser had (if any) ends.
    const previous = authenticate(request, accounts);
    if (previous.via === 'session') accounts.endSession(previous.sessionId);
    const session = accounts.createSession(viewer.name);
    setSessionCookie(request, response, session.sessionId, SESSION_MAX_MS);
    response.json({ name: viewer.name, role: viewer.role, csrfToken: session.csrfToken });
  });

  router.post('/logout', (request: Request, response: Response) => {
    const authentication = authenticate(request, accounts);
    if (authentication.via === 'session') {
      if (!hasCsrfToken(request, authentication)) {
        sendError(response, 403, ErrorCode.Forbidden, 'Signing out needs the X-CSRF-Token header that sign-in returned.');
        return;
      }
      accounts.endSession(authentication.sessionId);
    }
    clearSessionCookie(request, response);
    response.status(204).end();
  });

  router.get('/session', (request: Request, response: Response) => {
    const authentication = authenticate(request, accounts);
    switch (authentication.via) {
      case 'refused':
        refuse(request, response, authentication);
        return;
      case 'anonymous':
        sendError(response, 401, ErrorCode.Unauthenticated, 'Not signed in.');
        return;
      case 'token':
        response.json({ name: authentication.viewer.name, role: authentication.viewer.role, csrfToken: null });
        return;
      case 'session':
        response.json({ name: authentication.viewer.name, role: authentication.viewer.role, csrfToken: authentication.csrfToken });
        return;
      default: {
        const unreachable: never = authentication;
        throw new Error(`unknown authentication ${JSON.stringify(unreachable)}`);
      }
    }
  });

  return router;
}
