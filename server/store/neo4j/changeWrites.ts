import neo4j from 'neo4j-driver';
import type { Claim, Dispute, Entity, Relation } from '../../dataset';
import { findDisputes } from '../../dataset';
import type { RecordChange } from '../ChangeStore';
import { BadInputError } from '../errors';
import { disputeRow, documentRow, entityRow, isKindLabel, isRelationTypeName, relationRow, sourceRow } from './load';

// What a change writes to Neo4j, worked out from its records without the database: one list of
// rows per statement, so a change of any size runs a fixed number of statements. The statements
// run in a fixed order (changes.ts) that is valid for any set of records touching each record at
// most once: old relationships go before entities are retracted, entities are written before
// relationships are created on them, claim counts are adjusted after sources are written. A
// change that touches a record more than once is written as its net records (recordSequence.ts).

/** The rows of cypher/change-check.cypher: a relation that exists is found from its stored ends. */
export function checkRows(records: readonly RecordChange[]) {
  return records.map((record) => {
    const ends = record.kind === 'relation' && record.before !== null ? record.before : null;
    return { kind: record.kind, id: record.id, from: ends?.from ?? null, to: ends?.to ?? null };
  });
}

/** Each claim of an entity (its own and its figures') or a relation. */
function claimsOf(record: Entity | Relation | null): Claim[] {
  if (record === null) return [];
  if ('figures' in record) return [...record.claims, ...record.figures.flatMap((figure) => figure.claims)];
  return record.claims;
}

/** How many claims citing each source the records add (positive) or remove (negative). */
function claimCountDeltas(records: readonly RecordChange[], removedSources: ReadonlySet<string>) {
  const deltas = new Map<string, number>();
  const add = (claims: Claim[], sign: 1 | -1) => {
    for (const claim of claims) deltas.set(claim.sourceId, (deltas.get(claim.sourceId) ?? 0) + sign);
  };
  for (const record of records) {
    if (record.kind !== 'entity' && record.kind !== 'relation') continue;
    add(claimsOf(record.before), -1);
    add(claimsOf(record.after), 1);
  }
  return [...deltas]
    .filter(([id, delta]) => delta !== 0 && !removedSources.has(id))
    .map(([id, delta]) => ({ id, delta: neo4j.int(delta) }));
}

/** The disputes of a record as it is stored after the change (the loader's rule). */
function disputesOf(record: RecordChange): Dispute[] {
  const disputes: Dispute[] = [];
  if (record.kind === 'entity' && record.after !== null) findDisputes('entity', { ...record.after }, disputes);
  if (record.kind === 'relation' && record.after !== null) findDisputes('relation', { ...record.after }, disputes);
  return disputes;
}

/**
 * Refuses what the statements cannot write safely: a record whose before/after name another
 * id, labels and relationship types outside the allowlist (they become part of the graph's
 * schema).
 */
export function checkRecords(records: readonly RecordChange[]): void {
  if (records.length === 0) throw new BadInputError('records', 'a change must touch at least one record');
  records.forEach((record, index) => {
    const where = `records.${index}`;
    for (const side of [record.before, record.after]) {
      if (side !== null && side.id !== record.id) throw new BadInputError(where, `${record.kind} "${record.id}" holds a record with id "${side.id}"`);
    }
    if (record.before === null && record.after === null) throw new BadInputError(where, `${record.kind} "${record.id}" has neither a before nor an after`);
    if (record.kind === 'entity' && record.after !== null && !isKindLabel(record.after.kind)) {
      throw new BadInputError(`${where}.after.kind`, `unknown kind "${record.after.kind}"`);
    }
    if (record.kind === 'relation' && record.after !== null && !isRelationTypeName(record.after.type)) {
      throw new BadInputError(`${where}.after.type`, `relation type "${record.after.type}" is not in the vocabulary`);
    }
  });
}

/** The kinds the records write (checked against the data set's kinds by change-check.cypher). */
export function writtenKinds(records: readonly RecordChange[]): string[] {
  const kinds = new Set<string>();
  for (const record of records) if (record.kind === 'entity' && record.after !== null) kinds.add(record.after.kind);
  return [...kinds];
}

/** The relation types the records write (checked against the vocabulary by change-check.cypher). */
export function writtenTypes(records: readonly RecordChange[]): string[] {
  const types = new Set<string>();
  for (const record of records) if (record.kind === 'relation' && record.after !== null) types.add(record.after.type);
  return [...types];
}

/** The rows of every write statement of a change, in the order they run (each record touched once). */
export function writePlan(records: readonly RecordChange[]) {
  const removedSources = new Set(records.filter((record) => record.kind === 'source' && record.after === null).map((record) => record.id));
  const plan = {
    relationsRemoved: [] as { id: string; from: string; to: string }[],
    sourcesWritten: [] as ReturnType<typeof sourceRow>[],
    entitiesWritten: [] as ReturnType<typeof entityRow>[],
    entitiesRemoved: [] as string[],
    relationsWritten: [] as ReturnType<typeof relationRow>[],
    claimCounts: claimCountDeltas(records, removedSources),
    sourcesRemoved: [...removedSources],
    disputeSubjects: [] as string[],
    disputes: [] as ReturnType<typeof disputeRow>[],
    redirectsWritten: [] as { id: string; to: string }[],
    redirectsRemoved: [] as string[],
    documentsWritten: [] as ReturnType<typeof documentRow>[],
    documentsRemoved: [] as string[],
  };
  for (const record of records) {
    switch (record.kind) {
      case 'entity':
        if (record.after !== null) plan.entitiesWritten.push(entityRow(record.after));
        else plan.entitiesRemoved.push(record.id);
        break;
      case 'relation':
        if (record.before !== null) plan.relationsRemoved.push({ id: record.id, from: record.before.from, to: record.before.to });
        if (record.after !== null) plan.relationsWritten.push(relationRow(record.after));
        break;
      case 'source':
        if (record.after !== null) plan.sourcesWritten.push(sourceRow(record.after));
        break;
      case 'redirect':
        if (record.after !== null) plan.redirectsWritten.push({ id: record.id, to: record.after.to });
        else plan.redirectsRemoved.push(record.id);
        break;
      case 'document':
        if (record.after !== null) plan.documentsWritten.push(documentRow(record.after));
        else plan.documentsRemoved.push(record.id);
        break;
    }
    if (record.kind === 'entity' || record.kind === 'relation') {
      // A record's stored disputes are those of its disputedFields (the same rule wrote both).
      if ((record.before?.disputedFields.length ?? 0) > 0) plan.disputeSubjects.push(record.id);
      plan.disputes.push(...disputesOf(record).map(disputeRow));
    }
  }
  return plan;
}
