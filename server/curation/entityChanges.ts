import { buildEntity } from '../dataset/buildRecords';
import { entitySchema } from '../dataset/fileSchema';
import { currentEntity, relationsTouching } from './current';
import { decide, nextVersion, withDisputes, type Curator, type Decision } from './decision';
import { recordInputError } from './errors';
import { newEntityId } from './newIds';
import { checkerFor, citedSources, parseShape } from './recordInput';
import { updatedDateAndClaims } from './recordUpdate';
import type { ClaimValue, EntityFields, NewEntity } from './inputs';

const PLACE = 'entity';

export async function createEntity(curator: Curator, input: NewEntity, reason: string): Promise<Decision> {
  const { store } = curator;
  const canName = typeof input.name === 'string' && input.name.trim() !== '';
  const id = input.id ?? (canName ? await newEntityId(store, input.kind, input.name) : `(new ${input.kind})`);
  const parsed = parseShape(entitySchema, { ...input, id }, id);
  const [existing] = await store.entitiesByIds([id]);
  if (existing) throw recordInputError(id, 'id', `duplicate id "${id}" (already used in the graph)`);
  const checker = await checkerFor(store, {
    sources: [...citedSources(parsed.claims), ...parsed.figures.flatMap((figure) => citedSources(figure.claims))],
    kinds: true,
  });
  const entity = buildEntity(checker.checks, parsed, PLACE);
  checker.done();
  return decide(curator, 'createEntity', reason, [{ kind: 'entity', id, before: null, after: withDisputes('entity', entity) }]);
}

/** The fields of `set` that were given, but the date; name and summary cannot be cleared. */
function readEntityFields(id: string, set: EntityFields) {
  const shape = entitySchema.shape;
  const fields: { name?: string; aliases?: string[]; summary?: string } = {};
  if (set.name !== undefined) fields.name = parseShape(shape.name, set.name, id, 'name');
  if (set.summary !== undefined) fields.summary = parseShape(shape.summary, set.summary, id, 'summary');
  if (set.aliases !== undefined) fields.aliases = set.aliases === null ? [] : parseShape(shape.aliases, set.aliases, id, 'aliases');
  return fields;
}

export async function updateEntity(
  curator: Curator,
  args: { id: string; version: number; set: EntityFields; claims?: ClaimValue[] | null },
  reason: string,
): Promise<Decision> {
  const { store } = curator;
  const { set } = args;
  const { before, date, claims } = await updatedDateAndClaims(store, currentEntity(store, 'id', args.id, args.version), PLACE, {
    otherFieldsGiven: set.name !== undefined || set.summary !== undefined || set.aliases !== undefined,
    date: set.date,
    claims: args.claims,
  });
  const fields = readEntityFields(before.id, set);
  const after = withDisputes('entity', { ...before, ...fields, date, claims, version: nextVersion(before) });
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
