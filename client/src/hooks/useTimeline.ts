import { TIMELINE, type GraphQLRequest, type TimelineItem, type TimelineResult } from '../api';
import { useAsync } from './useAsync';

export const TIMELINE_LIMIT = 500;

/** Every dated entity and relation (up to TIMELINE_LIMIT), earliest first. */
export function useTimeline(request: GraphQLRequest, enabled: boolean) {
  return useAsync<TimelineItem[]>(enabled ? 'timeline' : null, async (signal) => {
    const result = await request<TimelineResult>(TIMELINE, { first: TIMELINE_LIMIT }, { signal });
    return result.timeline;
  });
}
