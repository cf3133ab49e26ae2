import { useCallback, useMemo, useRef, useState } from 'react';
import { ENTITY_DETAIL, type GraphQLRequest, type EntityDetail, type EntityDetailResult, type RelationDetail } from '../api';
import type { Catalog } from '../graph';
import { useAsync } from './useAsync';

export type Detail = { kind: 'entity'; entity: EntityDetail } | { kind: 'relation'; relation: RelationDetail } | { kind: 'missing'; id: string };

/** The relation `id` as the cached details of its ends hold it (the freshest copy wins: highest version). */
function cachedRelation(cache: ReadonlyMap<string, EntityDetail | null>, relation: RelationDetail): RelationDetail {
  let best = relation;
  for (const end of [relation.from.id, relation.to.id]) {
    const found = cache.get(end)?.relations.find((r) => r.id === relation.id);
    if (found && found.version > best.version) best = found;
  }
  return best;
}

/** `entity` with `relation` in place of its old copy (or added, when it touches `entity`). */
function withRelation(entity: EntityDetail, relation: RelationDetail): EntityDetail {
  const at = entity.relations.findIndex((r) => r.id === relation.id);
  if (at >= 0) return { ...entity, relations: entity.relations.map((r, i) => (i === at ? relation : r)) };
  if (relation.from.id !== entity.id && relation.to.id !== entity.id) return entity;
  return { ...entity, relations: [...entity.relations, relation], degree: entity.degree + 1 };
}

/**
 * Details of the selected entity or relation. The API has no relation-by-id query, so a
 * relation's claims come from its `from` entity's details (or its `to` entity's, when the
 * `from` side has more relations than one answer lists). Answers are cached per entity; an edit
 * puts its answer in the cache (`put`), and what is shown follows at once.
 */
export function useEntityDetail(request: GraphQLRequest, selected: string | null, catalog: Catalog | null) {
  const cache = useRef(new Map<string, EntityDetail | null>());
  const [revision, setRevision] = useState(0);

  const fetchEntity = async (id: string, signal: AbortSignal): Promise<EntityDetail | null> => {
    if (cache.current.has(id)) return cache.current.get(id) ?? null;
    const result = await request<EntityDetailResult>(ENTITY_DETAIL, { id }, { signal });
    cache.current.set(id, result.entity);
    return result.entity;
  };

  const loaded = useAsync<Detail>(selected, async (signal) => {
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

  /** An edited entity or relation as the server now has it; other entities' details are asked again when next shown. */
  const put = useCallback((entity: EntityDetail | null, relation: RelationDetail | null) => {
    const kept = new Map<string, EntityDetail | null>();
    if (entity) kept.set(entity.id, entity);
    if (relation) {
      for (const end of [relation.from.id, relation.to.id]) {
        const known = kept.get(end) ?? cache.current.get(end);
        if (known) kept.set(end, withRelation(known, relation));
      }
    }
    cache.current = kept;
    setRevision((n) => n + 1);
  }, []);

  /** Forgets every cached answer and asks again for what is shown (after a conflict, or a revert). */
  const { retry } = loaded;
  const reload = useCallback(() => {
    cache.current = new Map();
    retry();
  }, [retry]);

  return useMemo(() => {
    if (loaded.status !== 'ready') return { ...loaded, put, reload };
    const value = loaded.value;
    if (value.kind === 'entity') {
      const fresh = cache.current.get(value.entity.id);
      return { ...loaded, value: fresh ? { kind: 'entity' as const, entity: fresh } : value, put, reload };
    }
    if (value.kind === 'relation') return { ...loaded, value: { kind: 'relation' as const, relation: cachedRelation(cache.current, value.relation) }, put, reload };
    return { ...loaded, put, reload };
    // `revision` says when the cache changed.
  }, [loaded, put, reload, revision]);
}
