import { buildClaims, buildDate, buildEntity } from '../dataset/buildRecords';
import { claimSchema, dateSchema, entitySchema } from '../dataset/fileSchema';
import { z } from 'zod';
import { currentEntity, relationsTouching } from './current';
import { decide, nextVersion, withDisputes, type Curator, type Decision } from './decision';
import { recordInputError } from './errors';
import { newEntityId } from './newIds';
import { checkerFor, parseShape } from './recordInput';
import type { ClaimValue, EntityFields, NewEntity } from './inputs';

const claimList = z.array(claimSchema);
const PLACE = 'entity';

/** Sources cited by claims (and figures' claims) as the caller sent them. */
export const citedSources = (claims: readonly { source?: unknown }[] | null | undefined): string[] =>
  (claims ?? []).map((claim) => claim.source).filter((source): source is string => typeof source === 'string');

export async function createEntity(curator: Curator, input: NewEntity, reason: string): Promise<Decision> {
  const { store } = curator;
  const canName = typeof input.name === 'string' && input.name.trim() !== '';
  const id = input.id ?? (canName ? await newEntityId(store, input.kind, input.name) : `(new ${input.kind})`);
  const parsed = parseShape(entitySchema, { ...input, id }, id);
  const [existing] = await store.entitiesByIds([id]);
  if (existing) throw recordInputError(id, 'id', `duplicate id "${id}" (already used in the graph)`);
  const checker = await checkerFor(store, {
    sources: [...citedSources(parsed.claims), ...parsed.figures.flatMap((figure) => citedSources(figure.claims))],
  });
  const entity = buildEntity(checker.checks, parsed, PLACE);
  checker.done();
  return decide(curator, 'createEntity', reason, [{ kind: 'entity', id, before: null, after: withDisputes('entity', entity) }]);
}

/** The fields of `set` that were given; name and summary cannot be cleared. */
function readEntityFields(id: string, set: EntityFields) {
  const shape = entitySchema.shape;
  const fields: { name?: string; aliases?: string[]; summary?: string; date?: z.infer<typeof dateSchema> | null } = {};
  if (set.name !== undefined) fields.name = parseShape(shape.name, set.name, id, 'name');
  if (set.summary !== undefined) fields.summary = parseShape(shape.summary, set.summary, id, 'summary');
  if (set.aliases !== undefined) fields.aliases = set.aliases === null ? [] : parseShape(shape.aliases, set.aliases, id, 'aliases');
  if (set.date !== undefined) fields.date = set.date === null ? null : parseShape(dateSchema, set.date, id, 'date');
  return fields;
}

export async function updateEntity(
  curator: Curator,
  args: { id: string; version: number; set: EntityFields; claims?: ClaimValue[] | null },
  reason: string,
): Promise<Decision> {
  const { store } = curator;
  const before = await currentEntity(store, 'id', args.id, args.version);
  const fields = readEntityFields(before.id, args.set);
  const newClaims = parseShape(claimList, args.claims ?? [], before.id, 'claims');
  if (Object.keys(fields).length === 0 && newClaims.length === 0) {
    throw recordInputError(before.id, 'set', 'nothing to change: give a field in "set" or a claim');
  }
  const checker = await checkerFor(store, { sources: citedSources(newClaims), claimIdsTaken: before.claims.map((claim) => claim.id) });
  const place = { file: PLACE, record: before.id };
  const { date: dateInput, ...plain } = fields;
  const date = dateInput === undefined ? before.date : buildDate(checker.checks, place, () => 'date', dateInput ?? undefined);
  const claims = buildClaims(checker.checks, place, 'claims', newClaims, before.id);
  checker.done();
  const after = withDisputes('entity', { ...before, ...plain, date, claims: [...before.claims, ...claims], version: nextVersion(before) });
  return decide(curator, 'updateEntity', reason, [{ kind: 'entity', id: before.id, before, after }]);
}

/** Takes the entity out with every relation touching it, in one change. */
export async function retractEntity(curator: Curator, args: { id: string; version: number }, reason: string): Promise<Decision> {
  const { store } = curator;
  const before = await currentEntity(store, 'id', args.id, args.version);
  const relations = await relationsTouching(store, before.id);
  return decide(curator, 'retractEntity', reason, [
    ...relations.map((relation) => ({ kind: 'relation' as const, id: relation.id, before: relation, after: null })),
    { kind: 'entity', id: before.id, before, after: null },
  ]);
}
