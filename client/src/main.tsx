import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createAuthClient, createRequest, type Account } from './api';
import { App } from './App';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const auth = createAuthClient();
// Every GraphQL POST carries the session's CSRF token while signed in.
const request = createRequest('/graphql', undefined, auth.headers);
const start = (account: Account | null) =>
  createRoot(root).render(
    <StrictMode>
      <App request={request} auth={auth} account={account} />
    </StrictMode>,
  );
// A session cookie makes every POST need its CSRF token: get it before the first query.
auth.restore().then(start, () => start(null));
