import { useMemo } from 'react';
import { loadClaims, type Claim, type GraphQLRequest } from '../api';
import type { KnowledgeRow, RaisedRow } from '../chronology';
import { useKnowledge } from './useKnowledge';
import { useAsync } from './useAsync';

export interface ChronologyData {
  knowledge: KnowledgeRow[];
  raised: RaisedRow[];
}

/** Who came to know, by which channel, and who raised concerns, by `until`: the lanes' shading and badges. */
export function useChronologyKnowledge(request: GraphQLRequest, until: string | null) {
  const answer = useKnowledge(request, until);
  return useMemo(() => {
    if (answer.status !== 'ready') return answer;
    const value: ChronologyData = {
      knowledge: answer.value.knowledge.map((k) => ({ actorId: k.actor.id, channel: k.channel, evidence: k.evidence, chain: k.chain })),
      raised: answer.value.raised.map((r) => ({ actorId: r.actor.id, relations: r.relations })),
    };
    return { ...answer, value };
  }, [answer]);
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
