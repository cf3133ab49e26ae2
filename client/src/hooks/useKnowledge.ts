import { loadKnowledge, loadRaisedConcerns, type GraphQLRequest, type Knowledge, type RaisedConcern } from '../api';
import { useAsync } from './useAsync';

export interface KnowledgeAnswer {
  knowledge: Knowledge[];
  raised: RaisedConcern[];
}

/** Who knew (certainly or possibly) and who raised concerns as of `asOf`; debounced so dragging the slider stays light. */
export function useKnowledge(request: GraphQLRequest, asOf: string | null) {
  return useAsync<KnowledgeAnswer>(asOf, async (signal) => {
    const [knowledge, raised] = await Promise.all([loadKnowledge(request, asOf as string, signal), loadRaisedConcerns(request, asOf as string, signal)]);
    return { knowledge, raised };
  }, 120);
}
