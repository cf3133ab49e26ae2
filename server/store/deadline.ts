import { StoreUnavailableError } from './errors';

/**
 * How long one store call may take. Past it the call gives up with StoreUnavailableError
 * (STORE_UNAVAILABLE in the API) on both stores: Neo4j races its queries against it, the
 * embedded store checks it inside its loops (see Deadline).
 */
export const QUERY_DEADLINE_MS = 4_500;

/** Loop iterations between two readings of the clock: reading it costs more than a step. */
const CHECK_EVERY = 256;

/**
 * The time budget of one in-process store call. The embedded store runs on the event loop, so
 * a long walk would hold every other request; its loops call check(), which throws once the
 * budget is spent.
 */
export class Deadline {
  private readonly end: number;
  private steps = 0;

  constructor(
    private readonly operation: string,
    private readonly budgetMs: number = QUERY_DEADLINE_MS,
  ) {
    this.end = performance.now() + budgetMs;
  }

  /** Throws StoreUnavailableError once the budget is spent; cheap enough for inner loops. */
  check(): void {
    this.steps += 1;
    if (this.steps % CHECK_EVERY !== 0) return;
    if (performance.now() > this.end) {
      throw new StoreUnavailableError(`the embedded store did not answer ${this.operation} within ${this.budgetMs} ms`);
    }
  }
}

/** A deadline that never expires, for callers outside a request (start-up, benchmarks of one step). */
export const NO_DEADLINE = { check() {} } as const satisfies Pick<Deadline, 'check'>;

export type DeadlineCheck = Pick<Deadline, 'check'>;
