import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

// An offline GraphiQL: every asset is bundled from the npm package, nothing comes from a CDN.

/** The CSRF token of this browser's session, or null when it is not signed in. */
async function sessionCsrfToken(): Promise<string | null> {
  try {
    const response = await fetch(new URL('/auth/session', window.location.href), { credentials: 'same-origin' });
    if (!response.ok) return null;
    const session = (await response.json()) as { csrfToken?: unknown };
    return typeof session.csrfToken === 'string' ? session.csrfToken : null;
  } catch {
    return null;
  }
}

let csrfToken: string | null = null;

/**
 * A browser signed in on the explorer sends its session cookie here too, and the API refuses
 * such a POST (403) without the session's CSRF token: then ask for the token and send again.
 * Anonymous use costs no extra request; signing in or out elsewhere needs no reload.
 */
async function fetchWithCsrfToken(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const send = () => {
    const headers = new Headers(init?.headers);
    if (csrfToken) headers.set('x-csrf-token', csrfToken);
    return fetch(input, { ...init, headers });
  };
  const response = await send();
  if (response.status !== 403) return response;
  csrfToken = await sessionCsrfToken();
  return csrfToken ? send() : response;
}

const fetcher = createGraphiQLFetcher({ url: new URL('/graphql', window.location.href).toString(), fetch: fetchWithCsrfToken });

/** The last day of the data set's period (its dataset.json), or today when the API does not say. */
async function periodEnd(): Promise<string> {
  try {
    const response = await fetchWithCsrfToken(new URL('/graphql', window.location.href), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ dataset { period { latest } } }' }),
    });
    const body = (await response.json()) as { data?: { dataset?: { period?: { latest?: unknown } } } };
    const latest = body.data?.dataset?.period?.latest;
    if (typeof latest === 'string') return latest;
  } catch {
    // Offline or signed out: the default query still works with today's date.
  }
  return new Date().toISOString().slice(0, 10);
}

/** Who knew what by the end of the inquiry's period: a first query that shows the data set's own answer. */
function defaultQuery(asOf: string): string {
  return `# Who knew what by ${asOf} (the end of this inquiry's period), and how?
query WhoKnew {
  knowledge(asOf: "${asOf}", certainty: POSSIBLE) {
    certainty
    since { edtf text }
    actor { id name kind }
    via { label from { name } claims { locator source { title } } }
  }
}
`;
}

const root = document.getElementById('graphiql');
if (!root) throw new Error('GraphiQL mount point #graphiql is missing');
void periodEnd().then((asOf) =>
  createRoot(root).render(
    <StrictMode>
      <GraphiQL fetcher={fetcher} defaultQuery={defaultQuery(asOf)} />
    </StrictMode>,
  ),
);
