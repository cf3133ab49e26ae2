import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import { createNeo4jStoreWithDriver } from '../server/store/neo4j';
import type { GraphStore } from '../server/store/GraphStore';
import { replayWith, type StoreCall } from './storeCalls';

// The Neo4j side of the overhead ratio: the Cypher a request makes, run on the bare driver.
//
// The statements are not rebuilt here from the store calls' arguments (a second copy of the
// store's parameter rules could drift from the real one): each recorded store call is run once
// on a Neo4jStore whose driver writes down every statement it is handed, so what is replayed is
// exactly the text and parameters the store sends. The replay then runs them with nothing but
// the driver: no store wrapper, no deadline, no record conversion.

export interface Statement {
  text: string;
  params: Record<string, unknown>;
}

/** One store call's statements (none for an empty batch), with the call's recorded concurrency. */
export interface BareCall {
  wave: number;
  statements: Statement[];
}

type Method = (...args: unknown[]) => Promise<unknown>;

/** `driver`, except that every statement run through a session or a transaction is appended to `sink`. */
function recordingDriver(driver: Driver, sink: Statement[]): Driver {
  const record = (text: unknown, params: unknown) => sink.push({ text: String(text), params: (params ?? {}) as Record<string, unknown> });
  const wrap = <T extends Session | ManagedTransaction>(target: T): T =>
    new Proxy(target, {
      get(object, key) {
        const value: unknown = Reflect.get(object, key);
        if (key === 'run') {
          return (text: unknown, params: unknown, ...rest: unknown[]) => {
            record(text, params);
            return (value as Method).call(object, text, params, ...rest);
          };
        }
        if (key === 'executeRead' || key === 'executeWrite') {
          return (work: (tx: ManagedTransaction) => unknown, config?: unknown) => (value as Method).call(object, (tx: ManagedTransaction) => work(wrap(tx)), config);
        }
        return typeof value === 'function' ? (value as Method).bind(object) : value;
      },
    });
  return new Proxy(driver, {
    get(object, key) {
      const value: unknown = Reflect.get(object, key);
      if (key === 'session') return (...args: unknown[]) => wrap((value as (...a: unknown[]) => Session).apply(object, args));
      return typeof value === 'function' ? (value as Method).bind(object) : value;
    },
  });
}

/**
 * The statements behind each recorded request, captured on a store of its own over `driver`
 * (the store is not closed: that would close the caller's driver).
 */
export async function captureStatements(driver: Driver, requests: readonly (readonly StoreCall[])[]): Promise<BareCall[][]> {
  const sink: Statement[] = [];
  const store: GraphStore = createNeo4jStoreWithDriver(recordingDriver(driver, sink));
  const captured: BareCall[][] = [];
  for (const calls of requests) {
    const bare: BareCall[] = [];
    for (const call of calls) {
      sink.length = 0;
      await (store[call.method] as Method).apply(store, call.args);
      bare.push({ wave: call.wave, statements: [...sink] });
    }
    captured.push(bare);
  }
  return captured;
}

/**
 * One statement the plainest way the driver has: an auto-commit read (session.run). Not
 * driver.executeQuery: that wraps each statement in a managed transaction with bookmarks (BEGIN,
 * RUN + PULL, COMMIT: three writes instead of one), which would make the bare baseline slower
 * than the store itself and the overhead ratio look better than it is.
 */
export async function runStatement(driver: Driver, statement: Statement): Promise<void> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    await session.run(statement.text, statement.params);
  } finally {
    await session.close();
  }
}

/** A whole request's statements on the bare driver, calls overlapping as they did in the request. */
export function runBareRequest(driver: Driver, calls: readonly BareCall[]): Promise<void> {
  return replayWith(calls, async (call) => {
    for (const statement of call.statements) await runStatement(driver, statement);
  });
}
