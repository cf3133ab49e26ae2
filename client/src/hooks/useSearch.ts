import { SEARCH, type GraphQLRequest } from '../api';
import type { SearchHit, SearchResult } from '../api/types';
import { useAsync } from './useAsync';

/** Search suggestions for `text`, debounced; stale answers are dropped. */
export function useSearch(request: GraphQLRequest, text: string, first = 8) {
  const query = text.trim();
  return useAsync<SearchHit[]>(query.length >= 2 ? query : null, async (signal) => {
    const result = await request<SearchResult>(SEARCH, { text: query, first }, { signal });
    return result.search;
  }, 150);
}
