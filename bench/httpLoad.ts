import autocannon from 'autocannon';
import { summarize, type Latency } from './stats';

// One operation over HTTP with autocannon (programmatic, in this process): first a sequential
// run (1 connection) for latency, then optionally a concurrent run for throughput. Latency
// percentiles come from every response time autocannon reports, not its millisecond histogram.

export interface HttpSettings {
  latencySeconds: number;
  throughputSeconds: number;
  throughputConnections: number;
  warmupRequests: number;
  warmupSeconds: number;
}

export interface HttpResult {
  latency: Latency;
  /** Requests per second of the sequential run. */
  sequentialRps: number;
  /** Requests per second with `throughputConnections` connections; null when not run. */
  concurrentRps: number | null;
  concurrentLatency: Latency | null;
  meanResponseBytes: number;
  /** Non-2xx, socket errors and time-outs over both runs. */
  failures: number;
}

export interface GraphQLBody {
  query: string;
  variables: Record<string, unknown>;
}

async function post(url: string, body: string): Promise<{ status: number; json: { errors?: { message: string }[] } }> {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return { status: response.status, json: (await response.json()) as { errors?: { message: string }[] } };
}

/** Sends one body; throws with the first GraphQL error (a broken query must not be timed). */
export async function postChecked(url: string, body: string): Promise<void> {
  const { status, json } = await post(url, body);
  if (status !== 200 || json.errors) {
    throw new Error(`HTTP ${status}: ${json.errors?.[0]?.message ?? 'no data'} (variables ${JSON.stringify((JSON.parse(body) as GraphQLBody).variables)})`);
  }
}

async function run(url: string, bodies: readonly string[], connections: number, seconds: number) {
  let next = 0;
  const times: number[] = [];
  let bytes = 0;
  const instance = autocannon({
    url: `${url}/graphql`,
    connections,
    duration: seconds,
    timeout: 30,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] as string }),
      },
    ],
  });
  instance.on('response', (_client: unknown, _status: number, responseBytes: number, responseTime: number) => {
    times.push(responseTime);
    bytes += responseBytes;
  });
  const result = await instance;
  return { times, bytes, rps: times.length / result.duration, failures: result.non2xx + result.errors + result.timeouts };
}

/** Bodies must have been checked (postChecked) first: autocannon counts a GraphQL error as a success. */
export async function loadOperation(url: string, bodies: readonly string[], settings: HttpSettings): Promise<HttpResult> {
  const warmupEnd = performance.now() + settings.warmupSeconds * 1000;
  for (let i = 0; i < settings.warmupRequests && performance.now() < warmupEnd; i++) await post(url, bodies[i % bodies.length] as string);
  const sequential = await run(url, bodies, 1, settings.latencySeconds);
  const concurrent = settings.throughputSeconds > 0 ? await run(url, bodies, settings.throughputConnections, settings.throughputSeconds) : null;
  return {
    latency: summarize(sequential.times),
    sequentialRps: sequential.rps,
    concurrentRps: concurrent?.rps ?? null,
    concurrentLatency: concurrent ? summarize(concurrent.times) : null,
    meanResponseBytes: sequential.times.length > 0 ? sequential.bytes / sequential.times.length : 0,
    failures: sequential.failures + (concurrent?.failures ?? 0),
  };
}
