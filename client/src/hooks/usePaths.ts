import { PATHS, type GraphQLRequest, type Path, type PathsResult } from '../api';
import type { PathQuery } from '../state';
import { useAsync } from './useAsync';

export const PATH_LIMIT = 5;
export const PATH_MAX_HOPS = 4;

/** Shortest paths between the two entities of `path`, round what it excludes, shortest first. */
export function usePaths(request: GraphQLRequest, path: PathQuery | null) {
  return useAsync<Path[]>(path ? JSON.stringify([path.from, path.to, path.excludeEntities ?? [], path.excludeTypes ?? []]) : null, async (signal) => {
    const { from, to, excludeEntities, excludeTypes } = path as PathQuery;
    const variables = { from, to, maxHops: PATH_MAX_HOPS, limit: PATH_LIMIT, excludeEntities: excludeEntities ?? null, excludeTypes: excludeTypes ?? null };
    const result = await request<PathsResult>(PATHS, variables, { signal });
    return result.paths;
  });
}
