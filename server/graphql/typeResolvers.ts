import type { Claim, Dispute, Entity, EntityKindInfo, Relation, RelationType } from '../dataset';
import { kindEnumMap } from './kindNames';
import type { GraphQLResolveInfo } from 'graphql';
import type { Direction, EntityRef, Knowledge, Path, RaisedConcern, TimelineItem } from '../store/GraphStore';
import { BadInputError } from '../store/errors';
import { LIMITS, intInRange } from './arguments';
import type { GraphQLContext, Loaders } from './context';
import { REF_FIELDS, selectsAny, selectsOnly } from './selection';

// Field resolvers for the object types. Anything that needs another record goes through the
// request's loaders, so a list of 100 entities with their relations is a handful of store calls.

const entityFields = {
  disputed: (entity: Entity) => entity.disputedFields.length > 0,
  degree: (entity: Entity, _: unknown, { loaders }: GraphQLContext) => loaders.knownDegree(entity.id) ?? loaders.degree.load(entity.id),
  async relations(
    entity: Entity,
    args: { direction: Direction; types?: string[] | null; first: number; after?: string | null },
    { loaders }: GraphQLContext,
    info: GraphQLResolveInfo,
  ) {
    const first = intInRange('first', args.first, 0, LIMITS.pageSize);
    const query = { direction: args.direction, types: args.types ?? undefined, skipClaims: !selectsAny(info, ['claims']) };
    if (args.after === undefined || args.after === null) return loaders.relationsOf({ ...query, first }).load(entity.id);
    // After a relation: its place is only known in the entity's whole list (as long as its degree).
    const all = await loaders.relationsOf({ ...query, first: Number.MAX_SAFE_INTEGER }).load(entity.id);
    const index = all.findIndex((relation) => relation.id === args.after);
    if (index === -1) throw new BadInputError('after', `"after": ${JSON.stringify(args.after)} is not among these relations of ${entity.id}`);
    return all.slice(index + 1, index + 1 + first);
  },
};

/**
 * A relation's end: the entity when this request holds it, its id, kind and name when that is
 * all the query asks and a relation list brought them, else loaded.
 */
function relationEnd(id: string, loaders: Loaders, info: GraphQLResolveInfo): Entity | EntityRef | Promise<Entity | null> {
  return loaders.knownEntity(id) ?? (selectsOnly(info, REF_FIELDS) ? loaders.entityRef(id) : undefined) ?? loaders.entity.load(id);
}

async function relationTitle(relation: Relation, { loaders }: GraphQLContext): Promise<string> {
  const [from, to] = await loaders.entity.loadMany([relation.from, relation.to]);
  const name = (value: typeof from, id: string) => (value && !(value instanceof Error) ? value.name : id);
  return `${name(from, relation.from)} ${relation.label} ${name(to, relation.to)}`;
}

/** The resolvers of what buildTypeDefs makes from kinds.json: the EntityKind enum and one object type per kind. */
export function kindResolvers(kinds: readonly EntityKindInfo[]) {
  return {
    EntityKind: kindEnumMap(kinds),
    ...Object.fromEntries(kinds.map((kind) => [kind.kind, entityFields])),
  };
}

export const typeResolvers = {
  EntityKindInfo: {
    count: async (kind: EntityKindInfo, _: unknown, { store }: GraphQLContext) => (await store.listEntities({ kind: kind.kind, first: 0 })).totalCount,
  },
  Stance: { SUPPORTS: 'supports', CONTRADICTS: 'contradicts' },

  Entity: {
    __resolveType: (entity: Entity) => entity.kind,
  },

  Relation: {
    from: (relation: Relation, _: unknown, { loaders }: GraphQLContext, info: GraphQLResolveInfo) => relationEnd(relation.from, loaders, info),
    to: (relation: Relation, _: unknown, { loaders }: GraphQLContext, info: GraphQLResolveInfo) => relationEnd(relation.to, loaders, info),
    disputed: (relation: Relation) => relation.disputedFields.length > 0,
  },

  Claim: {
    async source(claim: Claim, _: unknown, { loaders }: GraphQLContext) {
      const source = await loaders.source.load(claim.sourceId);
      // The loader refuses claims citing unknown sources, so this only fires on a corrupt store.
      if (!source) throw new Error(`Claim cites unknown source ${claim.sourceId}`);
      return source;
    },
  },

  Path: {
    length: (path: Path) => path.edges.length,
  },

  TimelineItem: {
    title: (item: TimelineItem, _: unknown, context: GraphQLContext) =>
      item.entity ? item.entity.name : item.relation ? relationTitle(item.relation, context) : '',
  },

  Knowledge: {
    since: (knowledge: Knowledge) => knowledge.via.date,
    evidence: (knowledge: Knowledge, args: { first: number }) => knowledge.evidence.slice(0, intInRange('first', args.first, 1, LIMITS.pageSize)),
  },

  RaisedConcern: {
    since: (concern: RaisedConcern) => concern.relations[0]?.date,
    relations: (concern: RaisedConcern, args: { first: number }) => concern.relations.slice(0, intInRange('first', args.first, 1, LIMITS.pageSize)),
  },

  Dispute: {
    entity: (dispute: Dispute, _: unknown, { loaders }: GraphQLContext) =>
      dispute.subject.kind === 'entity' ? loaders.entity.load(dispute.subject.id) : null,
    relation: (dispute: Dispute, _: unknown, { loaders }: GraphQLContext) =>
      dispute.subject.kind === 'relation' ? loaders.relation.load(dispute.subject.id) : null,
  },

  RelationTypeInfo: {
    passesKnowledge: (type: RelationType) => type.passesKnowledge?.toUpperCase() ?? null,
  },
};
