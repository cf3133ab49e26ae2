import { useMemo } from 'react';
import type { Certainty, EntitySummary, Path, RelationSummary, RelationTypeInfo } from '../api';
import { type Catalog, type Decorations, relationsAgainstArrow, toElements } from '../graph';
import type { KnowledgeAnswer } from './useKnowledge';
import { useProfile } from '../profile';
import { type ExplorerState, applyFilters, countForFilters, appliedOps, visibleEntityIds } from '../state';

/**
 * Everything the graph, table and counts show, derived from the catalog and the explorer state:
 * the view after operations, plus the active path (always shown), minus filters.
 */
export function useGraphView(
  catalog: Catalog,
  vocabulary: readonly RelationTypeInfo[],
  state: ExplorerState,
  activePath: Path | null,
  answer: KnowledgeAnswer | null,
) {
  const knowledge = answer?.knowledge ?? null;
  const actorKinds = useProfile().kinds.actors;
  const visible = useMemo(() => visibleEntityIds(catalog, appliedOps(state.history)), [catalog, state.history]);
  const counts = useMemo(() => countForFilters(catalog, visible, state.filters), [catalog, visible, state.filters]);
  const view = useMemo(() => {
    const filtered = applyFilters(catalog, visible, state.filters);
    if (activePath) {
      for (const node of activePath.nodes) if (catalog.entities.has(node.id)) filtered.entityIds.add(node.id);
      for (const edge of activePath.edges) if (catalog.relations.has(edge.id)) filtered.relationIds.add(edge.id);
    }
    return filtered;
  }, [catalog, visible, state.filters, activePath]);

  const entities = useMemo(() => [...view.entityIds].flatMap((id) => catalog.entities.get(id) ?? []) as EntitySummary[], [catalog, view]);
  const relations = useMemo(() => [...view.relationIds].flatMap((id) => catalog.relations.get(id) ?? []) as RelationSummary[], [catalog, view]);
  const knowledgeTypes = useMemo(() => new Set(vocabulary.filter((v) => v.carriesKnowledge).map((v) => v.type)), [vocabulary]);
  const elements = useMemo(() => toElements(entities, relations, { knowledgeTypes }), [entities, relations, knowledgeTypes]);

  const decorations = useMemo<Decorations>(() => {
    const actors = new Map<string, Certainty>();
    const via = new Set<string>();
    for (const k of knowledge ?? []) {
      // One row per channel: an actor certain by either channel is certain.
      if (actors.get(k.actor.id) !== 'CERTAIN') actors.set(k.actor.id, k.certainty);
      for (const evidence of k.evidence) via.add(evidence.id);
    }
    const raised = new Set((answer?.raised ?? []).map((r) => r.actor.id));
    return {
      selected: state.selected,
      highlight: activePath
        ? { nodes: new Set(activePath.nodes.map((n) => n.id)), edges: new Set(activePath.edges.map((e) => e.id)), against: relationsAgainstArrow(activePath) }
        : null,
      knowledge: state.asOf && knowledge ? { actors, via, raised, actorKinds } : null,
    };
  }, [state.selected, state.asOf, activePath, knowledge, answer, actorKinds]);

  // Actors on view that neither knew nor raised concerns.
  const noRecord = useMemo(() => {
    const known = new Set([...(knowledge ?? []).map((k) => k.actor.id), ...(answer?.raised ?? []).map((r) => r.actor.id)]);
    return entities.filter((e) => actorKinds.has(e.kind) && !known.has(e.id)).length;
  }, [entities, knowledge, answer, actorKinds]);

  return { visible, view, counts, entities, relations, elements, decorations, noRecord };
}
