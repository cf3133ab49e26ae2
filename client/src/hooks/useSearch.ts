import { SEARCH, type GraphQLRequest, type SearchHit, type SearchResult } from '../api';
import { useAsync } from './useAsync';

/** Search suggestions for `text`, debounced; stale answers are dropped. */
export function useSearch(request: GraphQLRequest, text: string, first = 8) {
  const query = text.trim();
  return useAsync<SearchHit[]>(query.length >= 2 ? query : null, async (signal) => {
    const result = await request<SearchResult>(SEARCH, { text: query, first }, { signal });
    return result.search;
  }, 150);
}
