import type { GraphStore } from '../server/store/GraphStore';

// Records the store calls one GraphQL request makes, so the same work can be replayed on the
// store directly. Calls started before any earlier recorded call finished form one wave (the
// DataLoader batches of one level); a replay runs each wave's calls together, waves in order.

const METHODS = [
  'vocabulary', 'stats', 'entitiesByIds', 'listEntities', 'search', 'relationsOf', 'degrees',
  'neighborhood', 'paths', 'timeline', 'knowledge', 'sources', 'disputes', 'relationsByIds',
] as const satisfies readonly (keyof GraphStore)[];
type Method = (typeof METHODS)[number];

export interface StoreCall {
  method: Method;
  args: unknown[];
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

/** The same calls, straight on the store: each wave at once, waves one after another. */
export async function replayStoreCalls(store: GraphStore, calls: readonly StoreCall[]): Promise<void> {
  let index = 0;
  while (index < calls.length) {
    const wave = (calls[index] as StoreCall).wave;
    const group: StoreCall[] = [];
    while (index < calls.length && (calls[index] as StoreCall).wave === wave) group.push(calls[index++] as StoreCall);
    await Promise.all(group.map((call) => methodOf(store, call.method)(...call.args)));
  }
}

export function describeCalls(calls: readonly StoreCall[]): string {
  return calls.map((call) => call.method).join(', ');
}
