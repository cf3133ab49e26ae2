import { int, type QueryParams, type QueryRunner } from './runner';
import type { Statement } from './statement';

// Neo4j plans a statement the first time it meets it (and again after a restart), and planning
// one of ours can take seconds: longer than the query deadline on a busy machine. So the store
// plans every statement before it calls itself ready, by running each as EXPLAIN (nothing is
// read, whatever the data size) with harmless parameters.
//
// EXPLAIN takes the expensive part, planning, but Neo4j keeps what it compiles for an EXPLAIN
// apart from what it compiles to run the same statement (db.clearQueryCaches() counts two
// entries after both): the first real run of each statement still pays for compiling its
// runtime, measured at 100-350 ms per statement on a busy machine against ~1 ms afterwards.
// That is why the first commit after start-up, four such statements, takes about a second.
//
// Neo4j caches a plan per parameter type, and for strings and lists per length class (0, 1,
// up to 10, up to 100, ...), so the warm-up values have the types and lengths that real calls
// send: an id of 11-100 characters, one id in a list, a day "YYYY-MM-DD", an integer. An
// optional argument that calls often send both ways (given, or null) gets both values, and the
// statement is planned for each combination.

const ID = 'warm-up:no-such-entity';
const DAY = '0001-01-01';

/** The values per parameter name, as the store sends them; each one matches nothing. */
export const WARM_UP_PARAMETERS: Readonly<Record<string, readonly unknown[]>> = {
  id: [ID],
  ids: [[ID]],
  // Reads by id asked together (idReads.ts): one entity (a record's details), and one of each
  // kind as an edit sends (a list of another length class).
  asks: [
    [{ kind: 'entity', id: ID }],
    [
      { kind: 'entity', id: ID },
      { kind: 'source', id: ID },
      { kind: 'document', id: ID },
    ],
  ],
  from: [ID],
  to: [ID],
  fromDay: [null, DAY],
  toDay: [null, DAY],
  entity: [null, ID],
  actor: [null, ID],
  afterId: [null, ID],
  // A keyset cursor ([earliest day or null, actor id, channel]): the first page, or a later one.
  after: [null, [DAY, ID, 'DIRECT']],
  direct: [true],
  claims: [true],
  details: [true],
  degrees: [true],
  institutional: [true],
  kind: [null],
  kinds: [null],
  types: [null],
  // Paths without exclusions: a call with some plans its own on first use, as one with types.
  excludeEntities: [[]],
  excludeTypes: [[]],
  direction: ['BOTH'],
  query: ['warm-up'],
  certainty: ['POSSIBLE'],
  asOf: [DAY, null],
  first: [int(1)],
  limit: [int(1)],
  // Change history: a record id, a cursor (a change id) or none. The filters of `changes` are
  // warmed unset only: each combination is a plan of its own, and planning the sixteen of them
  // took longer than the whole warm-up is allowed on a busy machine; a filtered list plans
  // its small statement on first use.
  recordId: [ID],
  afterChange: [null, 'change:1'],
  author: [null],
  since: [null],
  status: [null],
  // Change writes (planned as EXPLAIN too, so nothing is written): one row per record, as an
  // edit of one entity sends.
  // A change touches records; a proposal none (it only takes the lock and is recorded). A
  // settlement (no change to record) plans its own on first use.
  records: [[{}], []],
  relationTypes: [[]],
  entityKinds: [[]],
  batch: [[{}]],
  recordIds: [[ID]],
  change: [{}],
  idPrefix: ['change:'],
  review: [{}],
  // Source documents: one paragraph range (a claim's passage), a source id as JSON (citations).
  ranges: [[{ sourceId: ID, from: int(1), to: int(1) }]],
  needle: [JSON.stringify(ID)],
};

/**
 * The parameter names a statement uses. Comments and string literals are skipped, and so is
 * `$any(...)` / `$all(...)`, which is dynamic label syntax, not a parameter.
 */
export function parameterNames(text: string): string[] {
  const code = text
    .split('\n')
    .map((line) => line.replace(/\/\/.*$/, ''))
    .join('\n')
    .replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, "''");
  const names = new Set<string>();
  for (const match of code.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)(?![A-Za-z0-9_]|\s*\()/g)) names.add(match[1] as string);
  return [...names].sort();
}

/** The parameters of a statement that WARM_UP_PARAMETERS has no value for (a test keeps this empty). */
export function parametersWithoutWarmUpValue(statement: Statement): string[] {
  return parameterNames(statement.text).filter((name) => !(name in WARM_UP_PARAMETERS));
}

/**
 * The filters a paths call sends only sometimes (relation types to follow, entities or types to
 * go round), each planned once on its own rather than multiplied into the combinations: a
 * filtered many-hop paths plan takes seconds to make on a busy machine, longer than the query
 * deadline, while every combination of them would double the warm-up.
 */
const PATHS_FILTERS: Readonly<Record<string, unknown>> = {
  types: ['WARM_UP_TYPE'],
  excludeEntities: [ID],
  excludeTypes: ['WARM_UP_TYPE'],
};
const isPathsStatement = (statement: Statement) => /^paths-\d+$/.test(statement.name);

/**
 * Harmless parameter sets for a statement, one per combination of the values of its parameters
 * (null for a name without values: planned all the same, if for another type), and for the
 * paths statements one more per filter.
 */
export function warmUpParameters(statement: Statement): QueryParams[] {
  const names = parameterNames(statement.text);
  let sets: QueryParams[] = [{}];
  for (const name of names) {
    const values = WARM_UP_PARAMETERS[name] ?? [null];
    sets = sets.flatMap((set) => values.map((value) => ({ ...set, [name]: value })));
  }
  if (!isPathsStatement(statement)) return sets;
  const [unfiltered] = sets;
  const filtered = Object.entries(PATHS_FILTERS).filter(([name]) => names.includes(name));
  return [...sets, ...filtered.map(([name, value]) => ({ ...unfiltered, [name]: value }))];
}

/** Planning can take seconds on a busy machine, many times a query's run time. */
const PLANNING_DEADLINE_MS = 60_000;

/** Plans every statement, one after the other (planning is CPU-bound on the server). */
export async function warmUp(runner: QueryRunner, statements: readonly Statement[]): Promise<void> {
  for (const statement of statements) {
    for (const params of warmUpParameters(statement)) {
      await runner.read(statement, params, { explainOnly: true, deadlineMs: PLANNING_DEADLINE_MS });
    }
  }
}
