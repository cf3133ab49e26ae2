// The only place the page talks HTTP. A failed request always becomes an ApiError with a
// message a person can read, so the page can say what went wrong instead of drawing nothing.

export type ApiErrorCode =
  | 'NETWORK'
  | 'HTTP'
  | 'BAD_RESPONSE'
  | 'BAD_USER_INPUT'
  | 'QUERY_TOO_COMPLEX'
  | 'QUERY_TOO_DEEP'
  | 'STORE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | (string & {});

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: ApiErrorCode,
    readonly status: number | null = null,
    /** The error's `extensions` (for QUERY_TOO_COMPLEX: `cost` and `maxCost`). */
    readonly extensions: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface RequestOptions {
  signal?: AbortSignal;
}

/** Sends one GraphQL operation; resolves with `data` or throws ApiError (never partial data). */
export type GraphQLRequest = <T>(query: string, variables?: Record<string, unknown>, options?: RequestOptions) => Promise<T>;

interface GraphQLErrorBody {
  message?: unknown;
  extensions?: { code?: unknown };
}

function firstError(body: unknown): { message: string; code: string; extensions: Record<string, unknown> } | null {
  if (typeof body !== 'object' || body === null || !('errors' in body)) return null;
  const errors = (body as { errors: unknown }).errors;
  if (!Array.isArray(errors) || errors.length === 0) return null;
  const error = errors[0] as GraphQLErrorBody;
  const message = typeof error.message === 'string' ? error.message : 'The server reported an error.';
  const code = typeof error.extensions?.code === 'string' ? error.extensions.code : 'INTERNAL_SERVER_ERROR';
  const extensions = typeof error.extensions === 'object' && error.extensions !== null ? (error.extensions as Record<string, unknown>) : {};
  return { message, code, extensions };
}

/** How long to wait, in words: "30 seconds", "15 minutes". */
function waitWords(seconds: number): string {
  if (seconds < 120) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  return `${Math.ceil(seconds / 60)} minutes`;
}

/** A 429 in words: the server's own, or how long to wait when it says (Retry-After, in seconds). */
export function tooManyRequests(response: Response, serverMessage: string | null = null): ApiError {
  const seconds = Number(response.headers.get('retry-after'));
  const known = Number.isFinite(seconds) && seconds > 0;
  const message = serverMessage ?? `Too many attempts. ${known ? `Wait ${waitWords(seconds)}` : 'Wait a little'} and try again.`;
  return new ApiError(message, 'RATE_LIMITED', 429, known ? { retryAfter: seconds } : {});
}

/** Extra headers for each request, read when it is sent (the CSRF token of a signed-in session). */
export type HeaderSource = () => Record<string, string>;

/** A GraphQLRequest that POSTs to `endpoint` (same origin by default, session cookie included). */
export function createRequest(endpoint = '/graphql', fetchImpl: typeof fetch = (...args) => fetch(...args), extraHeaders: HeaderSource = () => ({})): GraphQLRequest {
  return async <T>(query: string, variables: Record<string, unknown> = {}, options: RequestOptions = {}): Promise<T> => {
    let response: Response;
    try {
      response = await fetchImpl(endpoint, {
        method: 'POST',
        headers: { ...extraHeaders(), 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
        credentials: 'same-origin',
        body: JSON.stringify({ query, variables }),
        signal: options.signal,
      });
    } catch (error) {
      if (options.signal?.aborted) throw error;
      throw new ApiError('Could not reach the server. Check your connection and try again.', 'NETWORK');
    }
    if (response.status === 429) throw tooManyRequests(response);
    let body: unknown = null;
    try {
      body = await response.json();
    } catch {
      body = null;
    }
    const error = firstError(body);
    if (error) throw new ApiError(error.message, error.code, response.status, error.extensions);
    if (!response.ok) {
      throw new ApiError(`The server answered ${response.status} ${response.statusText}`.trim() + '.', 'HTTP', response.status);
    }
    if (typeof body !== 'object' || body === null || !('data' in body) || body.data === null) {
      throw new ApiError('The server sent an answer the page cannot read.', 'BAD_RESPONSE', response.status);
    }
    return (body as { data: T }).data;
  };
}
