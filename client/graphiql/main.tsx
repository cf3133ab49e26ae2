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

const defaultQuery = `# Who knew of the abuse by the end of 2005, and how?
query WhoKnew {
  knowledge(asOf: "2005-12-31", certainty: POSSIBLE) {
    certainty
    since { edtf text }
    actor { id name kind }
    via { label from { name } claims { locator source { title } } }
  }
}
`;

const root = document.getElementById('graphiql');
if (!root) throw new Error('GraphiQL mount point #graphiql is missing');
createRoot(root).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultQuery={defaultQuery} />
  </StrictMode>,
);
