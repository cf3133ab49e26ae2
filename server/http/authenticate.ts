import type { NextFunction, Request, Response } from 'express';
import { sameSecret, type AccountStore, type Viewer } from '../auth';
import type { ReadAccess } from '../config';
import { ErrorCode } from '../graphql/errors';
import { cookieOf } from './cookies';

/** The sign-in session's cookie: HttpOnly, SameSite=Strict, Secure over https. */
export const SESSION_COOKIE = 'ig_session';
export const CSRF_HEADER = 'x-csrf-token';

/** Longer credentials are refused unread: ours are 43 characters. */
const MAX_CREDENTIAL_LENGTH = 200;

/** Who sent a request, and how they proved it. */
export type Authentication =
  | { via: 'anonymous'; viewer: null }
  | { via: 'token'; viewer: NonNullable<Viewer> }
  | { via: 'session'; viewer: NonNullable<Viewer>; sessionId: string; csrfToken: string }
  /** Credentials were sent but are not valid: never treated as anonymous. */
  | { via: 'refused'; message: string; staleSession: boolean };

/**
 * Reads `Authorization: Bearer <token>`, else the session cookie. A bearer token wins over a
 * cookie, so a program never needs a CSRF token.
 */
export function authenticate(request: Request, accounts: AccountStore): Authentication {
  const authorization = request.get('authorization');
  if (authorization !== undefined) {
    const token = /^Bearer +(\S+)\s*$/i.exec(authorization)?.[1];
    if (!token) return { via: 'refused', message: 'The Authorization header must be "Bearer <token>".', staleSession: false };
    const viewer = token.length <= MAX_CREDENTIAL_LENGTH ? accounts.viewerForToken(token) : null;
    return viewer ? { via: 'token', viewer } : { via: 'refused', message: 'The bearer token is unknown or revoked.', staleSession: false };
  }
  const sessionId = cookieOf(request, SESSION_COOKIE);
  if (sessionId === undefined) return { via: 'anonymous', viewer: null };
  const session = sessionId.length <= MAX_CREDENTIAL_LENGTH ? accounts.session(sessionId) : null;
  if (!session) return { via: 'refused', message: 'The session has ended; sign in again.', staleSession: true };
  return { via: 'session', viewer: session.viewer, sessionId, csrfToken: session.csrfToken };
}

/** True when a session-authenticated request carries the session's CSRF token. */
export function hasCsrfToken(request: Request, authentication: Extract<Authentication, { via: 'session' }>): boolean {
  const sent = request.get(CSRF_HEADER);
  return sent !== undefined && sameSecret(sent, authentication.csrfToken);
}

/** A GraphQL-shaped JSON error, as /graphql's own refusals look. */
export function sendError(response: Response, status: number, code: string, message: string): void {
  response.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/** Answers 401 for refused credentials, clearing a session cookie that no longer signs in. */
export function refuse(request: Request, response: Response, authentication: Extract<Authentication, { via: 'refused' }>): void {
  if (authentication.staleSession) clearSessionCookie(request, response);
  else response.setHeader('WWW-Authenticate', 'Bearer');
  sendError(response, 401, ErrorCode.Unauthenticated, authentication.message);
}

export function setSessionCookie(request: Request, response: Response, sessionId: string, maxAgeMs: number): void {
  response.cookie(SESSION_COOKIE, sessionId, { ...cookieOptions(request), maxAge: maxAgeMs });
}

export function clearSessionCookie(request: Request, response: Response): void {
  response.clearCookie(SESSION_COOKIE, cookieOptions(request));
}

// `request.secure`: https to us, or (with TRUST_PROXY) to the proxy in front of us.
function cookieOptions(request: Request) {
  return { httpOnly: true, sameSite: 'strict', secure: request.secure, path: '/' } as const;
}

/** The viewer `graphqlAuthentication` resolved for this request. */
export function viewerOf(response: Response): Viewer {
  return (response.locals.viewer as Viewer | undefined) ?? null;
}

/**
 * Resolves the viewer of a /graphql request before GraphQL runs: refused credentials answer
 * 401, a session-authenticated POST without the session's X-CSRF-Token answers 403, and with
 * READ_ACCESS=login an anonymous request answers 401.
 */
export function graphqlAuthentication(accounts: AccountStore, readAccess: ReadAccess) {
  return (request: Request, response: Response, next: NextFunction) => {
    const authentication = authenticate(request, accounts);
    if (authentication.via === 'refused') {
      refuse(request, response, authentication);
      return;
    }
    // GET runs queries only, and Apollo's CSRF prevention already requires a preflighted header there.
    if (authentication.via === 'session' && request.method === 'POST' && !hasCsrfToken(request, authentication)) {
      sendError(response, 403, ErrorCode.Forbidden, 'A request signed in by the session cookie needs the X-CSRF-Token header that sign-in returned.');
      return;
    }
    if (authentication.viewer === null && readAccess === 'login') {
      sendError(response, 401, ErrorCode.Unauthenticated, 'Sign in first: this server answers signed-in accounts only.');
      return;
    }
    response.locals.viewer = authentication.viewer;
    next();
  };
}
