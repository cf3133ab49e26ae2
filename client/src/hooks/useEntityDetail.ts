import { useRef } from 'react';
import { ENTITY_DETAIL, type GraphQLRequest, type EntityDetail, type EntityDetailResult, type RelationDetail } from '../api';
import type { Catalog } from '../graph';
import { useAsync } from './useAsync';

export type Detail = { kind: 'entity'; entity: EntityDetail } | { kind: 'relation'; relation: RelationDetail } | { kind: 'missing'; id: string };

/**
 * Details of the selected entity or relation. The API has no relation-by-id query, so a
 * relation's claims come from its `from` entity's details (or its `to` entity's, when the
 * `from` side has more relations than one answer lists). Answers are cached per entity.
 */
export function useEntityDetail(request: GraphQLRequest, selected: string | null, catalog: Catalog | null) {
  const cache = useRef(new Map<string, EntityDetail | null>());

  const fetchEntity = async (id: string, signal: AbortSignal): Promise<EntityDetail | null> => {
    if (cache.current.has(id)) return cache.current.get(id) ?? null;
    const result = await request<EntityDetailResult>(ENTITY_DETAIL, { id }, { signal });
    cache.current.set(id, result.entity);
    return result.entity;
  };

  return useAsync<Detail>(selected, async (signal) => {
    const id = selected as string;
    const relation = catalog?.relations.get(id);
    if (!relation) {
      const entity = await fetchEntity(id, signal);
      return entity ? { kind: 'entity', entity } : { kind: 'missing', id };
    }
    for (const end of [relation.from.id, relation.to.id]) {
      const entity = await fetchEntity(end, signal);
      const found = entity?.relations.find((r) => r.id === id);
      if (found) return { kind: 'relation', relation: found };
    }
    return { kind: 'missing', id };
  });
}
