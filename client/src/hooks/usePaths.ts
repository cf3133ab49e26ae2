import { PATHS, type GraphQLRequest, type Path, type PathsResult } from '../api';
import type { PathQuery } from '../state';
import { useAsync } from './useAsync';

export const PATH_LIMIT = 5;
export const PATH_MAX_HOPS = 4;

/** Shortest paths between the two entities of `path`, shortest first. */
export function usePaths(request: GraphQLRequest, path: PathQuery | null) {
  return useAsync<Path[]>(path ? `${path.from}→${path.to}` : null, async (signal) => {
    const { from, to } = path as PathQuery;
    const result = await request<PathsResult>(PATHS, { from, to, maxHops: PATH_MAX_HOPS, limit: PATH_LIMIT }, { signal });
    return result.paths;
  });
}
