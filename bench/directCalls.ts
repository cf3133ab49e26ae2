import { summarize, type Latency } from './stats';

// The request's work without HTTP and GraphQL, timed in-process: the denominator of the
// overhead ratio (the store calls replayed on the store; for Neo4j also their Cypher on the bare
// driver, which is what the ratio is taken against).

export interface TimingSettings {
  calls: number;
  seconds: number;
}

/** One way of doing the work of input `index`. */
export type Runner = (index: number) => Promise<unknown>;

/**
 * Times every runner on the same inputs, interleaved call by call (the order rotating each
 * round, so none always runs right after another), after a warm-up pass of each (over every
 * input, but for at most `settings.seconds` per runner: at 100k one knowledge request takes
 * seconds, and warming five runners on every input took minutes). Timing them
 * one after another instead would give each a different machine: the JVM keeps compiling and
 * the other tenants' load comes and goes, so whichever ran later would look faster. Stops after
 * `settings.calls` rounds or `settings.seconds` per runner, whichever comes first.
 */
export async function sampleInterleaved(variants: number, settings: TimingSettings, runners: Record<string, Runner>): Promise<Record<string, number[]>> {
  const entries = Object.entries(runners);
  const samples: Record<string, number[]> = Object.fromEntries(entries.map(([name]) => [name, []]));
  for (const [, run] of entries) {
    const warmEnd = performance.now() + settings.seconds * 1000;
    for (let i = 0; i < variants && (i === 0 || performance.now() < warmEnd); i++) await run(i);
  }
  const deadline = performance.now() + settings.seconds * entries.length * 1000;
  for (let round = 0; round < settings.calls && performance.now() < deadline; round++) {
    for (let k = 0; k < entries.length; k++) {
      const [name, run] = entries[(round + k) % entries.length] as [string, Runner];
      const started = performance.now();
      await run(round % variants);
      (samples[name] as number[]).push(performance.now() - started);
    }
  }
  return samples;
}

/** Latency per runner from several sampling phases (e.g. before and after the HTTP run). */
export function summarizePhases(phases: readonly Record<string, number[]>[]): Record<string, Latency> {
  const names = Object.keys(phases[0] ?? {});
  return Object.fromEntries(names.map((name) => [name, summarize(phases.flatMap((phase) => phase[name] ?? []))]));
}
