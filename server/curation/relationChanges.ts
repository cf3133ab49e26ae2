import { buildRelation } from '../dataset/buildRecords';
import { relationSchema } from '../dataset/fileSchema';
import { currentRelation } from './current';
import { decide, nextVersion, withDisputes, type Curator, type Decision } from './decision';
import { recordInputError } from './errors';
import type { ClaimValue, NewRelation, RelationFields } from './inputs';
import { newRelationId } from './newIds';
import { checkerFor, citedSources, parseShape } from './recordInput';
import { updatedDateAndClaims } from './recordUpdate';

const PLACE = 'relation';

export async function createRelation(curator: Curator, input: NewRelation, reason: string): Promise<Decision> {
  const { store } = curator;
  // A merged-away id stands for the entity it was merged into: the relation ends there.
  const [from, to] = await store.entitiesByIds([input.from, input.to]);
  const ends = { from: from?.id ?? input.from, to: to?.id ?? input.to };
  const id = input.id ?? (await newRelationId(store, input.type, ends.from, ends.to));
  const parsed = parseShape(relationSchema, { ...input, ...ends, id }, id);
  const [existing] = await store.relationsByIds([id]);
  if (existing) throw recordInputError(id, 'id', `duplicate id "${id}" (already used in the graph)`);
  const checker = await checkerFor(store, { sources: citedSources(parsed.claims), entities: [parsed.from, parsed.to], vocabulary: true });
  const relation = buildRelation(checker.checks, parsed, PLACE);
  checker.done();
  return decide(curator, 'createRelation', reason, [{ kind: 'relation', id, before: null, after: withDisputes('relation', relation) }]);
}

export async function updateRelation(
  curator: Curator,
  args: { id: string; version: number; set: RelationFields; claims?: ClaimValue[] | null },
  reason: string,
): Promise<Decision> {
  const { store } = curator;
  const shape = relationSchema.shape;
  const { set } = args;
  const { before, date, claims } = await updatedDateAndClaims(store, currentRelation(store, 'id', args.id, args.version), PLACE, {
    otherFieldsGiven: set.role !== undefined || set.note !== undefined,
    date: set.date,
    claims: args.claims,
  });
  const role = set.role === undefined ? before.role : set.role === null ? null : parseShape(shape.role, set.role, before.id, 'role') ?? null;
  const note = set.note === undefined ? before.note : set.note === null ? null : parseShape(shape.note, set.note, before.id, 'note') ?? null;
  const after = withDisputes('relation', { ...before, role, note, date, claims, version: nextVersion(before) });
  return decide(curator, 'updateRelation', reason, [{ kind: 'relation', id: before.id, before, after }]);
}

export async function retractRelation(curator: Curator, args: { id: string; version: number }, reason: string): Promise<Decision> {
  const before = await currentRelation(curator.store, 'id', args.id, args.version);
  return decide(curator, 'retractRelation', reason, [{ kind: 'relation', id: before.id, before, after: null }]);
}
