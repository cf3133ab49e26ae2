import type { GraphStore } from '../server/store/GraphStore';

// Records the store calls one GraphQL request makes, so the same work can be replayed on the
// store directly. Each call remembers how many earlier calls had finished when it started
// (`wave`: the DataLoader batches of one level share it); a replay keeps that order.

const METHODS = [
  'vocabulary', 'stats', 'entitiesByIds', 'listEntities', 'search', 'relationsOf', 'relationsWithEnds', 'degrees',
  'neighborhood', 'paths', 'timeline', 'knowledge', 'sources', 'sourcesByIds', 'disputes', 'relationsByIds',
] as const satisfies readonly (keyof GraphStore)[];
type Method = (typeof METHODS)[number];

export interface StoreCall {
  method: Method;
  args: unknown[];
  /** Calls of this request that had finished when this one started. */
  wave: number;
}

type AnyMethod = (...args: unknown[]) => Promise<unknown>;
const methodOf = (store: GraphStore, method: Method) => (store[method] as AnyMethod).bind(store);

/** Runs `work` with every store method wrapped; returns the calls made, in order. */
export async function recordStoreCalls(store: GraphStore, work: () => Promise<unknown>): Promise<StoreCall[]> {
  const calls: StoreCall[] = [];
  let finished = 0;
  const target = store as unknown as Record<string, unknown>;
  for (const method of METHODS) {
    const original = methodOf(store, method);
    target[method] = (...args: unknown[]) => {
      calls.push({ method, args, wave: finished });
      return original(...args).finally(() => finished++);
    };
  }
  try {
    await work();
  } finally {
    // The wrappers are own properties; removing them uncovers the class's methods again.
    for (const method of METHODS) delete target[method];
  }
  return calls;
}

/**
 * Runs `calls` with the concurrency they were recorded with: a call starts as soon as as many
 * replayed calls have finished as had finished when it was recorded. Replaying whole waves one
 * after another instead (wait for every call of a wave, then start the next) would hold back a
 * call that GraphQL started while a slower sibling was still running, making the replay slower
 * than the request it stands for and the overhead ratio look better than it is.
 */
export function replayWith<T extends { wave: number }>(calls: readonly T[], run: (call: T) => Promise<unknown>): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    let started = 0;
    let finished = 0;
    let failed = false;
    const startReady = () => {
      while (started < calls.length && (calls[started] as T).wave <= finished) {
        const call = calls[started++] as T;
        run(call).then(
          () => {
            finished++;
            if (finished === calls.length) resolve();
            else if (!failed) startReady();
          },
          (error: unknown) => {
            failed = true;
            reject(error);
          },
        );
      }
    };
    if (calls.length === 0) resolve();
    else startReady();
  });
}

/** The same calls, straight on the store, with their recorded concurrency. */
export function replayStoreCalls(store: GraphStore, calls: readonly StoreCall[]): Promise<void> {
  return replayWith(calls, (call) => methodOf(store, call.method)(...call.args));
}

export function describeCalls(calls: readonly StoreCall[]): string {
  return calls.map((call) => call.method).join(', ');
}

/**
 * Resolves once no store call is running and none has started for `quietMs`. autocannon's
 * concurrent run ends with requests still in flight; without this their store calls land in
 * whatever is measured or recorded next (they did: the next operation's first recorded request
 * showed four extra requests' calls, making its replay slower and its overhead ratio smaller).
 */
export async function waitForIdle(store: GraphStore, quietMs = 100, timeoutMs = 10_000): Promise<void> {
  let running = 0;
  let lastStart = performance.now();
  const target = store as unknown as Record<string, unknown>;
  for (const method of METHODS) {
    const original = methodOf(store, method);
    target[method] = (...args: unknown[]) => {
      running++;
      lastStart = performance.now();
      return original(...args).finally(() => running--);
    };
  }
  try {
    const giveUp = performance.now() + timeoutMs;
    while (performance.now() < giveUp && (running > 0 || performance.now() - lastStart < quietMs)) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  } finally {
    for (const method of METHODS) delete target[method];
  }
}
