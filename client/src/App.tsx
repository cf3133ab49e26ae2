import type { Account, AuthClient, GraphQLRequest } from './api';
import { SessionProvider } from './curation';
import { ProfileProvider } from './profile';
import { ErrorPanel } from './components/ErrorPanel';
import { Explorer } from './components/Explorer';
import { useGraphData } from './hooks/useGraphData';

/** Loads the graph, then hands over to the explorer; says so plainly when loading fails. */
export function App({ request, auth, account }: { request: GraphQLRequest; auth: AuthClient; account: Account | null }) {
  const { data, retry, merge, upsert } = useGraphData(request);
  switch (data.status) {
    case 'loading':
      return (
        <div className="loading-screen" role="status" aria-live="polite">
          <p>Loading the graph{data.total > 0 ? ` (${data.loaded} of ${data.total} entities)` : ''}…</p>
        </div>
      );
    case 'error':
      return (
        <div className="loading-screen">
          <ErrorPanel title="The graph could not be loaded." error={data.error} onRetry={retry} />
        </div>
      );
    case 'ready':
      return (
        <ProfileProvider profile={data.profile}>
          <SessionProvider auth={auth} initial={account}>
            <Explorer request={request} catalog={data.catalog} vocabulary={data.vocabulary} capped={data.capped} totalCount={data.totalCount} merge={merge} upsert={upsert} />
          </SessionProvider>
        </ProfileProvider>
      );
  }
}
