import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { SOURCES, type Account, type ChangeResult, type EntityDetail, type EntityRef, type GraphQLRequest, type RelationDetail, type RelationTypeInfo, type SourceChoice, type SourcesResult } from '../api';
import { useAsync, type AsyncState } from '../hooks/useAsync';
import { useSession } from './SessionContext';

/** What the page does with a change's answer: put the records in the graph and the details. */
export interface ChangeSink {
  /** Edited or created records as they now stand, and ids of records taken out. */
  onRecords(entity: EntityDetail | null, relation: RelationDetail | null, removed: readonly string[]): void;
  /** Ask the server again for what is shown (after a conflict or a revert). */
  onReload(): void;
}

export interface Curation {
  request: GraphQLRequest;
  vocabulary: readonly RelationTypeInfo[];
  account: Account | null;
  /** Shows a change's answer at once, without a reload. */
  apply(result: ChangeResult): void;
  reload(): void;
  /** Counts the changes made on this page: lists of changes ask again when it moves. */
  revision: number;
  /** The sources a claim can cite, loaded when a form first needs them. */
  sources: AsyncState<SourceChoice[]> & { retry: () => void };
  needSources(): void;
  /** Entities selected lately, newest first: the other end of a new relation. */
  recent: readonly EntityRef[];
}

const CurationContext = createContext<Curation | null>(null);

const RECENT_LIMIT = 6;

interface Props {
  request: GraphQLRequest;
  vocabulary: readonly RelationTypeInfo[];
  sink: ChangeSink;
  /** The entity selected now (null for a relation or nothing). */
  selectedEntity: EntityRef | null;
  children: ReactNode;
}

/** Everything the curation forms share: the API, the account, and how an edit reaches the page. */
export function CurationProvider({ request, vocabulary, sink, selectedEntity, children }: Props) {
  const { account } = useSession();
  const [revision, setRevision] = useState(0);
  const [wantSources, setWantSources] = useState(false);
  const sources = useAsync<SourceChoice[]>(wantSources ? 'sources' : null, async (signal) => (await request<SourcesResult>(SOURCES, {}, { signal })).sources);
  const [recent, setRecent] = useState<EntityRef[]>([]);
  useEffect(() => {
    if (!selectedEntity) return;
    setRecent((list) => [selectedEntity, ...list.filter((e) => e.id !== selectedEntity.id)].slice(0, RECENT_LIMIT));
  }, [selectedEntity]);

  const { onRecords, onReload } = sink;
  const apply = useCallback(
    (result: ChangeResult) => {
      if (result.change.status === 'APPLIED') {
        const removed = result.change.records.filter((r) => r.retracted).map((r) => r.id);
        onRecords(result.entity, result.relation, removed);
      }
      setRevision((n) => n + 1);
    },
    [onRecords],
  );
  const reload = useCallback(() => {
    onReload();
    setRevision((n) => n + 1);
  }, [onReload]);
  const needSources = useCallback(() => setWantSources(true), []);

  const value = useMemo<Curation>(
    () => ({ request, vocabulary, account, apply, reload, revision, sources, needSources, recent }),
    [request, vocabulary, account, apply, reload, revision, sources, needSources, recent],
  );
  return <CurationContext.Provider value={value}>{children}</CurationContext.Provider>;
}

export function useCuration(): Curation {
  const curation = useContext(CurationContext);
  if (!curation) throw new Error('useCuration outside a CurationProvider');
  return curation;
}
