import { KNOWLEDGE, type GraphQLRequest, type Knowledge, type KnowledgeResult } from '../api';
import { useAsync } from './useAsync';

/** Who knew (certainly or possibly) as of `asOf`; debounced so dragging the slider stays light. */
export function useKnowledge(request: GraphQLRequest, asOf: string | null) {
  return useAsync<Knowledge[]>(asOf, async (signal) => {
    const result = await request<KnowledgeResult>(KNOWLEDGE, { asOf }, { signal });
    return result.knowledge;
  }, 120);
}
