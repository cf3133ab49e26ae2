import { StoreUnavailableError } from '../../store/errors';
import type { GraphStore, Stats } from '../../store/GraphStore';

/** Lists without a size argument or a known count are small (claims, aliases, figures). */
export const SMALL_LIST_ESTIMATE = 10;

/**
 * How many items the cost estimate counts for a list field, by "Type.field". Lists with a size
 * argument (`first`, `limit`) use it instead; lists found in neither count SMALL_LIST_ESTIMATE.
 */
export interface ListEstimates {
  /** Items of a list with no size argument: the store's real counts (disputes, sources). */
  unsized: ReadonlyMap<string, number>;
  /** Items of a list inside a sized wrapper: per unit of the wrapper's size, and at most (Subgraph.edges). */
  perWrapperItem: ReadonlyMap<string, { perItem: number; max: number }>;
}

/** Estimates from the store's counts; with no counts (store down at start-up) the small default. */
export function listEstimates(stats: Stats | null): ListEstimates {
  if (stats === null) return { unsized: new Map(), perWrapperItem: new Map() };
  // Edges among the nodes of a neighbourhood: each node brings its relations, and a
  // breadth-first walk favours hubs, so the average degree (twice relations per entity) is
  // the estimate. On the 1k set the worst neighbourhood has 9.1 edges per node, the estimate 20.
  const degree = stats.entities > 0 ? Math.ceil((2 * stats.relations) / stats.entities) : 0;
  return {
    unsized: new Map([
      ['Query.sources', stats.sources],
      ['Query.disputes', stats.disputes],
    ]),
    perWrapperItem: new Map([['Subgraph.edges', { perItem: degree, max: stats.relations }]]),
  };
}

/**
 * The store's counts for the cost estimate, read once. When the store does not answer (Neo4j
 * down at start-up) the next request tries again; until then the estimate uses small defaults,
 * and the request itself meets the same unavailable store.
 */
export class StoreSizes {
  private estimates: ListEstimates | null = null;
  private loading: Promise<ListEstimates> | null = null;

  constructor(private readonly store: Pick<GraphStore, 'stats'>) {}

  async get(): Promise<ListEstimates> {
    if (this.estimates) return this.estimates;
    this.loading ??= this.store
      .stats()
      .then((stats) => (this.estimates = listEstimates(stats)))
      .catch((error: unknown) => {
        if (!(error instanceof StoreUnavailableError)) throw error;
        return listEstimates(null);
      })
      .finally(() => (this.loading = null));
    return this.loading;
  }
}
