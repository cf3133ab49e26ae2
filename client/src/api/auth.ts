import { ApiError, tooManyRequests, type HeaderSource } from './client';

// Signing in and out of the page's cookie session (/auth/*). The session cookie is HttpOnly, so
// the page never sees it; what it keeps is the CSRF token the server hands out with the session,
// sent back with every POST while signed in.

export type Role = 'VIEWER' | 'CONTRIBUTOR' | 'EDITOR' | 'ADMIN';
export const ROLES: readonly Role[] = ['VIEWER', 'CONTRIBUTOR', 'EDITOR', 'ADMIN'];

export interface Account {
  name: string;
  role: Role;
}

export interface AuthClient {
  /** The account of the current session, or null when signed out (checked with the server). */
  session(): Promise<Account | null>;
  /**
   * The session this browser signed in to, if it may still be open: asked of the server only
   * then, so an anonymous visitor's page makes no request that must fail.
   */
  restore(): Promise<Account | null>;
  signIn(name: string, password: string): Promise<Account>;
  signOut(): Promise<void>;
  /** `X-CSRF-Token` while signed in, nothing otherwise. */
  headers: HeaderSource;
}

interface SessionBody {
  name: string;
  role: Role;
  /** Null when the request was signed by an API token rather than the session cookie. */
  csrfToken: string | null;
}

function toRole(value: unknown): Role | null {
  const upper = typeof value === 'string' ? value.toUpperCase() : '';
  return (ROLES as readonly string[]).includes(upper) ? (upper as Role) : null;
}

function parseSession(body: unknown): SessionBody | null {
  if (typeof body !== 'object' || body === null) return null;
  const { name, role, csrfToken } = body as Record<string, unknown>;
  const parsedRole = toRole(role);
  if (typeof name !== 'string' || parsedRole === null || (typeof csrfToken !== 'string' && csrfToken !== null)) return null;
  return { name, role: parsedRole, csrfToken };
}

/** The server's own words for a refusal (`{ errors: [{ message }] }`), when it sent any. */
function messageOf(body: unknown): string | null {
  if (typeof body !== 'object' || body === null || !('errors' in body) || !Array.isArray(body.errors)) return null;
  const first: unknown = body.errors[0];
  if (typeof first !== 'object' || first === null || !('message' in first)) return null;
  return typeof first.message === 'string' && first.message ? first.message : null;
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return null;
  }
}

/** Remembers that this browser signed in (the cookie itself is HttpOnly, out of the page's sight). */
export interface SignInMarker {
  get(): boolean;
  set(signedIn: boolean): void;
}

const MARKER_KEY = 'inquiry-graph:signed-in';

/** The marker in localStorage; when storage is unavailable, every page asks the server. */
export const storedMarker: SignInMarker = {
  get() {
    try {
      return globalThis.localStorage?.getItem(MARKER_KEY) !== null;
    } catch {
      return true;
    }
  },
  set(signedIn) {
    try {
      if (signedIn) globalThis.localStorage?.setItem(MARKER_KEY, '1');
      else globalThis.localStorage?.removeItem(MARKER_KEY);
    } catch {
      // Storage refused (private mode): the next page asks the server.
    }
  },
};

/** The page's session client; `base` is the server's origin (same origin by default). */
export function createAuthClient(base = '', fetchImpl: typeof fetch = (...args) => fetch(...args), marker: SignInMarker = storedMarker): AuthClient {
  let csrfToken: string | null = null;
  const headers: HeaderSource = (): Record<string, string> => (csrfToken ? { 'x-csrf-token': csrfToken } : {});

  const send = async (path: string, init: RequestInit): Promise<Response> => {
    try {
      return await fetchImpl(`${base}${path}`, { credentials: 'same-origin', ...init, headers: { ...headers(), accept: 'application/json', ...(init.headers as Record<string, string> | undefined) } });
    } catch {
      throw new ApiError('Could not reach the server. Check your connection and try again.', 'NETWORK');
    }
  };

  const accept = (session: SessionBody): Account => {
    csrfToken = session.csrfToken;
    marker.set(true);
    return { name: session.name, role: session.role };
  };

  const session = async (): Promise<Account | null> => {
    const response = await send('/auth/session', { method: 'GET' });
    if (response.status === 401 || response.status === 404) {
      csrfToken = null;
      marker.set(false);
      return null;
    }
    const body = parseSession(await readJson(response));
    if (!response.ok || !body) throw new ApiError(`Could not check the session (the server answered ${response.status}).`, 'HTTP', response.status);
    return accept(body);
  };

  return {
    headers,
    session,
    async restore() {
      return marker.get() ? session() : null;
    },
    async signIn(name, password) {
      const response = await send('/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name, password }) });
      const body = await readJson(response);
      if (response.status === 429) throw tooManyRequests(response, messageOf(body));
      if (response.status === 401 || response.status === 403) throw new ApiError(messageOf(body) ?? 'Wrong name or password.', 'UNAUTHENTICATED', response.status);
      const session = parseSession(body);
      if (!response.ok || !session) throw new ApiError(messageOf(body) ?? `Could not sign in (the server answered ${response.status}).`, 'HTTP', response.status);
      return accept(session);
    },
    async signOut() {
      const response = await send('/auth/logout', { method: 'POST' });
      csrfToken = null;
      marker.set(false);
      if (!response.ok && response.status !== 401) throw new ApiError(`Could not sign out (the server answered ${response.status}).`, 'HTTP', response.status);
    },
  };
}
