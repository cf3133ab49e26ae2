import { useCallback, useEffect, useState } from 'react';
import { loadGraph, type GraphQLRequest, type EntitySummary, type RelationSummary, type RelationTypeInfo } from '../api';
import { createCatalog, mergeIntoCatalog, upsertIntoCatalog, type Catalog } from '../graph';
import { kindRegistry, type DatasetProfile } from '../profile';

export type GraphData =
  | { status: 'loading'; loaded: number; total: number }
  | { status: 'error'; error: Error }
  | { status: 'ready'; catalog: Catalog; vocabulary: RelationTypeInfo[]; profile: DatasetProfile; totalCount: number; capped: boolean };

/** Loads the data set's graph once (and again on retry); `merge` adds neighbourhood and path answers. */
export function useGraphData(request: GraphQLRequest) {
  const [data, setData] = useState<GraphData>({ status: 'loading', loaded: 0, total: 0 });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setData({ status: 'loading', loaded: 0, total: 0 });
    loadGraph(request, {
      signal: controller.signal,
      onProgress: (loaded, total) => {
        if (!controller.signal.aborted) setData({ status: 'loading', loaded, total });
      },
    }).then(
      (graph) => {
        if (controller.signal.aborted) return;
        setData({
          status: 'ready',
          catalog: createCatalog(graph.entities, graph.relations),
          vocabulary: graph.vocabulary,
          profile: { info: graph.info, kinds: kindRegistry(graph.kinds) },
          totalCount: graph.totalCount,
          capped: graph.capped,
        });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setData({ status: 'error', error: error instanceof Error ? error : new Error(String(error)) });
      },
    );
    return () => controller.abort();
  }, [request, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const merge = useCallback((entities: readonly EntitySummary[], relations: readonly RelationSummary[]) => {
    setData((current) => {
      if (current.status !== 'ready') return current;
      const catalog = mergeIntoCatalog(current.catalog, entities, relations);
      return catalog === current.catalog ? current : { ...current, catalog };
    });
  }, []);

  /** Puts edited records in place and takes retracted ones out (curation answers). */
  const upsert = useCallback((entities: readonly EntitySummary[], relations: readonly RelationSummary[], removed: readonly string[] = []) => {
    setData((current) => {
      if (current.status !== 'ready') return current;
      const catalog = upsertIntoCatalog(current.catalog, entities, relations, removed);
      return catalog === current.catalog ? current : { ...current, catalog };
    });
  }, []);

  return { data, retry, merge, upsert };
}
