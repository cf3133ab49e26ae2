import { useEffect } from 'react';
import type { ChangeConnection } from '../api';
import { ErrorPanel } from '../components/ErrorPanel';
import type { AsyncState } from '../hooks/useAsync';
import { ChangeCard } from './ChangeCard';
import { useCuration } from './CurationContext';

interface Props {
  changes: AsyncState<ChangeConnection> & { retry: () => void };
  empty: string;
  label: string;
}

/** A list of changes, newest first, saying so when there are none or they could not be loaded. */
export function ChangeList({ changes, empty, label }: Props) {
  // Claims in the differences are cited by source title.
  const { needSources } = useCuration();
  useEffect(needSources, [needSources]);
  switch (changes.status) {
    case 'idle':
      return null;
    case 'loading':
      return (
        <p className="muted" role="status">
          Loading…
        </p>
      );
    case 'error':
      return <ErrorPanel title={`Could not load the ${label}.`} error={changes.error} onRetry={changes.retry} compact />;
    case 'ready':
      if (changes.value.items.length === 0) return <p className="muted">{empty}</p>;
      return (
        <>
          <ol className="change-list" aria-label={label}>
            {changes.value.items.map((change) => (
              <ChangeCard key={change.id} change={change} />
            ))}
          </ol>
          {changes.value.pageInfo.hasNextPage && <p className="muted">Older changes are not shown.</p>}
        </>
      );
  }
}
