import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createAuthClient, createRequest } from './api';
import { App } from './App';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const auth = createAuthClient();
// Every GraphQL POST carries the session's CSRF token while signed in.
const request = createRequest('/graphql', undefined, auth.headers);
createRoot(root).render(
  <StrictMode>
    <App request={request} auth={auth} />
  </StrictMode>,
);
