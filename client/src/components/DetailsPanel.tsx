import type { ReactNode } from 'react';
import { RecordCuration } from '../curation';
import type { Detail } from '../hooks/useEntityDetail';
import type { AsyncState } from '../hooks/useAsync';
import { EntityDetails, type EntityActions } from './EntityDetails';
import { ErrorPanel } from './ErrorPanel';
import { RelationDetails } from './RelationDetails';

interface Props {
  detail: AsyncState<Detail> & { retry: () => void };
  inView: (id: string) => boolean;
  busy: boolean;
  actions: EntityActions;
  onSelect: (id: string) => void;
  intro: ReactNode;
}

/** Right-hand panel: what is selected, with every claim behind it. */
export function DetailsPanel({ detail, inView, busy, actions, onSelect, intro }: Props) {
  let body: ReactNode;
  switch (detail.status) {
    case 'idle':
      body = intro;
      break;
    case 'loading':
      body = <p className="muted" role="status">Loading details…</p>;
      break;
    case 'error':
      body = <ErrorPanel title="Could not load the details." error={detail.error} onRetry={detail.retry} compact />;
      break;
    case 'ready': {
      const value = detail.value;
      if (value.kind === 'entity') {
        body = (
          <>
            <EntityDetails entity={value.entity} inView={inView(value.entity.id)} busy={busy} actions={actions} onSelect={onSelect} />
            <RecordCuration record={value} />
          </>
        );
      } else if (value.kind === 'relation') {
        body = (
          <>
            <RelationDetails relation={value.relation} onSelect={onSelect} />
            <RecordCuration record={value} />
          </>
        );
      } else {
        body = <p role="status">Nothing is known by the id “{value.id}”.</p>;
      }
      break;
    }
  }
  return (
    <aside className="details-panel" aria-label="Details" data-testid="details-panel">
      {body}
    </aside>
  );
}
