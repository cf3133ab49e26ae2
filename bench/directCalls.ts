import type { GraphStore } from '../server/store/GraphStore';
import { summarize, type Latency } from './stats';
import { replayStoreCalls, type StoreCall } from './storeCalls';

// The GraphQL request's store work, timed in-process with no HTTP and no GraphQL: the
// denominator of the overhead ratio.

export interface TimingSettings {
  calls: number;
  seconds: number;
}

/** Times `run(i)` sequentially, cycling i over `variants`, after one warm-up pass. */
export async function timeSequential(variants: number, settings: TimingSettings, run: (index: number) => Promise<unknown>): Promise<Latency> {
  for (let i = 0; i < variants; i++) await run(i);
  const samples: number[] = [];
  const deadline = performance.now() + settings.seconds * 1000;
  for (let i = 0; i < settings.calls && performance.now() < deadline; i++) {
    const started = performance.now();
    await run(i % variants);
    samples.push(performance.now() - started);
  }
  return summarize(samples);
}

/** Every recorded request's calls, replayed. */
export function timeReplay(store: GraphStore, recorded: readonly StoreCall[][], settings: TimingSettings): Promise<Latency> {
  return timeSequential(recorded.length, settings, (i) => replayStoreCalls(store, recorded[i] as StoreCall[]));
}

/** Only the first call of each request: the operation's own query (neighborhood, paths, ...). */
export function timePrimary(store: GraphStore, recorded: readonly StoreCall[][], settings: TimingSettings): Promise<Latency> {
  const primaries = recorded.map((calls) => calls.slice(0, 1));
  return timeSequential(primaries.length, settings, (i) => replayStoreCalls(store, primaries[i] as StoreCall[]));
}
