import type { GraphQLRequest, Path, RelationTypeInfo } from '../api';
import type { AsyncState } from '../hooks/useAsync';
import { PATH_MAX_HOPS } from '../hooks/usePaths';
import { tidyPathQuery, type PathQuery } from '../state';
import { ErrorPanel } from './ErrorPanel';
import { PathExclusions } from './PathExclusions';
import { PathSteps } from './PathSteps';
import { SearchBox } from './SearchBox';

interface Props {
  request: GraphQLRequest;
  /** Chosen ends (a path query needs both). */
  ends: { from: { id: string; name: string } | null; to: { id: string; name: string } | null };
  onEnds: (ends: Props['ends']) => void;
  query: PathQuery | null;
  vocabulary: readonly RelationTypeInfo[];
  /** The name of an entity the page knows, else its id. */
  nameOf: (id: string) => string;
  paths: AsyncState<Path[]> & { retry: () => void };
  activeIndex: number;
  onActive: (index: number) => void;
  onFind: (query: PathQuery | null) => void;
  onSelect: (id: string) => void;
}

/** Paths between two entities, listed step by step with dates and sources; hubs and relation types can be set aside. */
export function PathPanel({ request, ends, onEnds, query, vocabulary, nameOf, paths, activeIndex, onActive, onFind, onSelect }: Props) {
  // New ends keep what the user set aside, except an end itself.
  const find = () => ends.from && ends.to && onFind(tidyPathQuery({ ...query, from: ends.from.id, to: ends.to.id }));
  const goRound = (id: string) => query && onFind(tidyPathQuery({ ...query, excludeEntities: [...(query.excludeEntities ?? []), id] }));
  const excluding = Boolean(query?.excludeEntities?.length || query?.excludeTypes?.length);
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
        <button type="button" disabled={!ends.from || !ends.to} onClick={find}>
          Find paths
        </button>
        <button type="button" disabled={!query} onClick={() => onFind(null)}>
          Clear
        </button>
      </div>
      {query && <PathExclusions query={query} vocabulary={vocabulary} nameOf={nameOf} onChange={onFind} />}
      {paths.status === 'loading' && <p role="status">Finding paths…</p>}
      {paths.status === 'error' && <ErrorPanel title="Could not find paths." error={paths.error} onRetry={paths.retry} compact />}
      {paths.status === 'ready' && paths.value.length === 0 && (
        <p role="status">
          No path of at most {PATH_MAX_HOPS} steps connects them{excluding ? ' without what is set aside' : ''}.
        </p>
      )}
      {paths.status === 'ready' && paths.value.length > 0 && (
        <ol className="path-list" aria-label="Paths">
          {paths.value.map((path, index) => (
            <li key={index} className={index === activeIndex ? 'path active' : 'path'}>
              <button type="button" className="path-pick" aria-pressed={index === activeIndex} onClick={() => onActive(index)}>
                Path {index + 1}: {path.length} step{path.length === 1 ? '' : 's'}
                <span className="path-via"> via {path.nodes.slice(1, -1).map((node) => node.name).join(', ') || 'a direct link'}</span>
              </button>
              {index === activeIndex && <PathSteps path={path} onSelect={onSelect} onGoRound={goRound} />}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
