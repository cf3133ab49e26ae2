import type { GraphQLRequest, Path } from '../api';
import { formatDateShort } from '../dates';
import type { AsyncState } from '../hooks/useAsync';
import { PATH_MAX_HOPS } from '../hooks/usePaths';
import type { PathQuery } from '../state';
import { ErrorPanel } from './ErrorPanel';
import { SearchBox } from './SearchBox';

interface Props {
  request: GraphQLRequest;
  /** Chosen ends (a path query needs both). */
  ends: { from: { id: string; name: string } | null; to: { id: string; name: string } | null };
  onEnds: (ends: Props['ends']) => void;
  query: PathQuery | null;
  paths: AsyncState<Path[]> & { retry: () => void };
  activeIndex: number;
  onActive: (index: number) => void;
  onFind: (query: PathQuery | null) => void;
  onSelect: (id: string) => void;
}

/** Paths between two entities, listed step by step with dates and sources. */
export function PathPanel({ request, ends, onEnds, query, paths, activeIndex, onActive, onFind, onSelect }: Props) {
  return (
    <div className="path-panel" data-testid="path-panel">
      <SearchBox
        key={`from-${ends.from?.id ?? ''}`}
        request={request}
        label="From"
        placeholder="Search an entity"
        keepPicked
        initialText={ends.from?.name ?? ''}
        testId="path-from"
        onPick={(hit) => onEnds({ ...ends, from: { id: hit.entity.id, name: hit.entity.name } })}
      />
      <SearchBox
        key={`to-${ends.to?.id ?? ''}`}
        request={request}
        label="To"
        placeholder="Search an entity"
        keepPicked
        initialText={ends.to?.name ?? ''}
        testId="path-to"
        onPick={(hit) => onEnds({ ...ends, to: { id: hit.entity.id, name: hit.entity.name } })}
      />
      <div className="button-row">
        <button type="button" data-testid="path-find" disabled={!ends.from || !ends.to} onClick={() => ends.from && ends.to && onFind({ from: ends.from.id, to: ends.to.id })}>
          Find paths
        </button>
        <button type="button" disabled={!query} onClick={() => onFind(null)}>
          Clear
        </button>
      </div>
      {paths.status === 'loading' && <p role="status">Finding paths…</p>}
      {paths.status === 'error' && <ErrorPanel title="Could not find paths." error={paths.error} onRetry={paths.retry} compact />}
      {paths.status === 'ready' && paths.value.length === 0 && <p role="status">No path of at most {PATH_MAX_HOPS} steps connects them.</p>}
      {paths.status === 'ready' && paths.value.length > 0 && (
        <ol className="path-list" aria-label="Paths">
          {paths.value.map((path, index) => (
            <li key={index} className={index === activeIndex ? 'path active' : 'path'}>
              <button type="button" className="path-pick" aria-pressed={index === activeIndex} onClick={() => onActive(index)}>
                Path {index + 1}: {path.length} step{path.length === 1 ? '' : 's'}
              </button>
              {index === activeIndex && <PathSteps path={path} onSelect={onSelect} />}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

function PathSteps({ path, onSelect }: { path: Path; onSelect: (id: string) => void }) {
  return (
    <ol className="path-steps" data-testid="path-steps">
      {path.edges.map((edge) => (
        <li key={edge.id}>
          <button type="button" className="link" onClick={() => onSelect(edge.from.id)}>
            {edge.from.name}
          </button>{' '}
          <button type="button" className="link relation-link" onClick={() => onSelect(edge.id)}>
            {edge.label}
          </button>{' '}
          <button type="button" className="link" onClick={() => onSelect(edge.to.id)}>
            {edge.to.name}
          </button>
          <div className="muted">
            {formatDateShort(edge.date)}
            {edge.disputed && ' · disputed'} · {edge.claims.map((c) => `${c.source.title} ${c.locator}`).join('; ')}
          </div>
        </li>
      ))}
    </ol>
  );
}
