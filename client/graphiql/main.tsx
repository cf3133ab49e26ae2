import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

// An offline GraphiQL: every asset is bundled from the npm package, nothing comes from a CDN.

const fetcher = createGraphiQLFetcher({ url: new URL('/graphql', window.location.href).toString() });

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
