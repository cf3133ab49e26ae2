import { useMemo } from 'react';
import { KNOWLEDGE, loadClaims, type Claim, type GraphQLRequest, type KnowledgeResult } from '../api';
import type { KnowledgeRow, RaisedRow } from '../chronology';
import { useAsync } from './useAsync';

export interface ChronologyData {
  knowledge: KnowledgeRow[];
  raised: RaisedRow[];
}

/** Who came to know (and who raised concerns) by `until`: the lanes' shading. */
export function useChronologyKnowledge(request: GraphQLRequest, until: string | null) {
  return useAsync<ChronologyData>(until, async (signal) => {
    const result = await request<KnowledgeResult>(KNOWLEDGE, { asOf: until }, { signal });
    const knowledge = result.knowledge.map((k) => ({ actorId: k.actor.id, channel: 'DIRECT' as const, evidence: [k.via], chain: [] }));
    return { knowledge, raised: [] };
  });
}

/** Claims of every entity and relation, by id (citations and claimed dates), loaded once. */
export function useAllClaims(request: GraphQLRequest, enabled: boolean) {
  const state = useAsync(enabled ? 'claims' : null, (signal) => loadClaims(request, signal));
  return useMemo(() => {
    const claims = new Map<string, readonly Claim[]>();
    if (state.status === 'ready') {
      for (const [id, list] of state.value.entities) claims.set(id, list);
      for (const [id, { claims: list }] of state.value.relations) claims.set(id, list);
    }
    return { status: state.status, claims };
  }, [state]);
}
