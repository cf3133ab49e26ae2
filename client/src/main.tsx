import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createRequest } from './api';
import { App } from './App';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const request = createRequest('/graphql');
createRoot(root).render(
  <StrictMode>
    <App request={request} />
  </StrictMode>,
);
