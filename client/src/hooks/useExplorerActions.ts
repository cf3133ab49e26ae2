import { useCallback, useState, type Dispatch } from 'react';
import { NEIGHBORHOOD, type GraphQLRequest, type EntitySummary, type NeighborhoodResult, type RelationSummary } from '../api';
import type { Catalog } from '../graph';
import { type ExplorerAction, type ExplorerState, overlapsRange } from '../state';

interface Context {
  request: GraphQLRequest;
  catalog: Catalog;
  state: ExplorerState;
  dispatch: Dispatch<ExplorerAction>;
  merge: (entities: readonly EntitySummary[], relations: readonly RelationSummary[]) => void;
  shown: { entities: readonly EntitySummary[]; relations: readonly RelationSummary[]; entityIds: ReadonlySet<string> };
}

const NEIGHBORHOOD_LIMIT = 200;

/** The explorer's actions that talk to the server or the outside world; state changes go through dispatch. */
export function useExplorerActions({ request, catalog, state, dispatch, merge, shown }: Context) {
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ text: string; error: boolean } | null>(null);
  const [centerRequest, setCenterRequest] = useState<{ id: string; seq: number } | null>(null);

  const centre = useCallback((id: string) => setCenterRequest((previous) => ({ id, seq: (previous?.seq ?? 0) + 1 })), []);
  /** A click on the graph: the element is where the user is looking already, so nothing moves. */
  const selectOnGraph = useCallback((id: string | null) => dispatch({ type: 'select', id }), [dispatch]);

  const fetchNeighbourhood = useCallback(
    async (id: string) => {
      const result = await request<NeighborhoodResult>(NEIGHBORHOOD, { id, depth: 1, limit: NEIGHBORHOOD_LIMIT });
      merge(result.neighborhood.nodes, result.neighborhood.edges);
      return result.neighborhood;
    },
    [request, merge],
  );

  /** Loads the neighbourhood from the server, adds it to the catalog, and records the expansion (undoable). */
  const expand = useCallback(
    async (id: string) => {
      setBusy(true);
      try {
        const subgraph = await fetchNeighbourhood(id);
        const added = subgraph.nodes.filter((n) => n.id !== id && !shown.entityIds.has(n.id)).length;
        dispatch({ type: 'op', op: { kind: 'expand', id } });
        const name = catalog.entities.get(id)?.name ?? subgraph.nodes.find((n) => n.id === id)?.name ?? id;
        setNotice({
          text: `Expanded ${name}: ${added === 0 ? 'no new neighbours' : `${added} more on view`}${subgraph.truncated ? ` (first ${NEIGHBORHOOD_LIMIT} only)` : ''}.`,
          error: false,
        });
      } catch (error) {
        setNotice({ text: `Could not expand: ${error instanceof Error ? error.message : String(error)}`, error: true });
      } finally {
        setBusy(false);
      }
    },
    [fetchNeighbourhood, dispatch, catalog, shown.entityIds],
  );

  /** Selects an entity found by search, bringing it (with its neighbours) onto the graph if needed, and centres on it. */
  const reveal = useCallback(
    async (entity: EntitySummary) => {
      const { id } = entity;
      const { hiddenKinds, from, to } = state.filters;
      if (hiddenKinds.includes(entity.kind) || !overlapsRange(entity.date, from, to)) {
        setNotice({ text: `${entity.name} is hidden by the filters; clear them to see it on the graph.`, error: false });
      }
      if (!shown.entityIds.has(id)) {
        try {
          if (!catalog.entities.has(id)) await fetchNeighbourhood(id);
          dispatch({ type: 'op', op: { kind: 'expand', id } });
        } catch (error) {
          setNotice({ text: `Could not load it: ${error instanceof Error ? error.message : String(error)}`, error: true });
        }
      }
      dispatch({ type: 'select', id });
      centre(id);
    },
    [shown.entityIds, catalog, fetchNeighbourhood, dispatch, state.filters, centre],
  );

  /**
   * Goes to an entity or relation picked from a list (details, intro, table, paths, knowledge):
   * selected, brought onto the graph if it is not there, and centred.
   */
  const select = useCallback(
    (id: string | null) => {
      if (id === null) return dispatch({ type: 'select', id });
      const entity = catalog.entities.get(id);
      if (entity && !shown.entityIds.has(id)) return void reveal(entity);
      dispatch({ type: 'select', id });
      centre(id);
    },
    [catalog, shown.entityIds, reveal, dispatch, centre],
  );

  return { busy, notice, setNotice, centerRequest, centre, select, selectOnGraph, expand, reveal };
}
