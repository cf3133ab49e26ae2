import type { GraphQLResolveInfo } from 'graphql';
import type { EntityKind } from '../dataset';
import { encodeCursor } from '../store/cursor';
import type { Certainty, KnowledgeChannel } from '../store/GraphStore';
import { LIMITS, idArgument, intInRange, listArgument } from './arguments';
import type { GraphQLContext, Loaders } from './context';
import { offsetOf, pageFrom } from './pages';
import { BadInputError } from '../store/errors';
import { REF_FIELDS, selectsAny, selectsOnly } from './selection';

// Query resolvers stay thin: check arguments (naming the bad one), then ask the store.

type Args<T> = T & Record<string, unknown>;
type Types = string[] | null | undefined;
const orUndefined = <T>(value: T | null | undefined): T | undefined => value ?? undefined;
/** Where an entity connection's entities are selected. */
const NODE = ['edges', 'node'];
const NAMES_AND_DEGREE: ReadonlySet<string> = new Set([...REF_FIELDS, 'degree']);

export const queryResolvers = {
  entity: (_: unknown, { id }: Args<{ id: string }>, { loaders }: GraphQLContext) =>
    loaders.entity.load(idArgument('id', id)),

  async entities(_: unknown, args: Args<{ kind?: EntityKind | null; first: number; after?: string | null }>, { store, loaders }: GraphQLContext, info: GraphQLResolveInfo) {
    // Whole records only when the page shows claims or figures, or relations whose ends may be these entities.
    const skipClaims = !selectsAny(info, ['claims', 'figures', 'relations'], NODE);
    const page = await store.listEntities({
      kind: orUndefined(args.kind),
      first: intInRange('first', args.first, 0, LIMITS.pageSize),
      after: orUndefined(args.after),
      skipClaims,
      namesOnly: selectsOnly(info, NAMES_AND_DEGREE, NODE),
      withDegrees: selectsAny(info, ['degree'], NODE),
    });
    if (!skipClaims) loaders.remember(page.items);
    if (page.degrees) loaders.rememberDegrees(page.items.map((item) => item.id), page.degrees);
    const edges = page.items.map((node) => ({ node, cursor: encodeCursor(node.id) }));
    return {
      edges,
      pageInfo: {
        hasNextPage: page.hasNextPage,
        // A cursor names an item of this list, so a page after one has an item before it.
        hasPreviousPage: args.after !== undefined && args.after !== null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: page.endCursor,
      },
      totalCount: page.totalCount,
    };
  },

  async search(_: unknown, args: Args<{ text: string; kinds?: EntityKind[] | null; first: number; after?: string | null }>, { store }: GraphQLContext, info: GraphQLResolveInfo) {
    const text = args.text.trim();
    if (text.length === 0) throw new BadInputError('text', '"text" must not be empty');
    const first = intInRange('first', args.first, 1, LIMITS.pageSize);
    const offset = offsetOf('search', args.after);
    const skipClaims = !selectsAny(info, ['claims', 'figures'], ['entity']);
    const namesOnly = selectsOnly(info, REF_FIELDS, ['entity']);
    return pageFrom('search', await store.search({ text, kinds: orUndefined(args.kinds), first: offset + first, skipClaims, namesOnly }), offset);
  },

  async neighborhood(_: unknown, args: Args<{ id: string; depth: number; types?: Types; asOf?: string | null; limit: number }>, { store, loaders }: GraphQLContext) {
    const subgraph = await store.neighborhood({
      id: idArgument('id', args.id),
      depth: intInRange('depth', args.depth, 1, LIMITS.depth),
      types: orUndefined(args.types),
      asOf: orUndefined(args.asOf),
      limit: intInRange('limit', args.limit, 1, LIMITS.pageSize),
    });
    // Every edge's ends are among the nodes: their from/to then resolve without a promise.
    loaders.remember(subgraph.nodes);
    return subgraph;
  },

  async paths(
    _: unknown,
    args: Args<{ from: string; to: string; maxHops: number; types?: Types; limit: number; excludeEntities?: string[] | null; excludeTypes?: Types }>,
    { store, loaders }: GraphQLContext,
  ) {
    const from = idArgument('from', args.from);
    const to = idArgument('to', args.to);
    const maxHops = intInRange('maxHops', args.maxHops, 1, LIMITS.maxHops);
    const limit = intInRange('limit', args.limit, 1, LIMITS.pathLimit);
    const excludeTypes = args.excludeTypes ? listArgument('excludeTypes', args.excludeTypes, LIMITS.pathExcludedTypes) : undefined;
    const excludeEntities = args.excludeEntities ? await excludedEntities(args.excludeEntities, { from, to }, loaders) : undefined;
    const paths = await store.paths({ from, to, maxHops, types: orUndefined(args.types), limit, excludeEntities, excludeTypes });
    for (const path of paths) loaders.remember(path.nodes);
    return paths;
  },

  async timeline(_: unknown, args: Args<{ from?: string | null; to?: string | null; entity?: string | null; first: number; after?: string | null }>, { store }: GraphQLContext) {
    const first = intInRange('first', args.first, 1, LIMITS.pageSize);
    const offset = offsetOf('timeline', args.after);
    const items = await store.timeline({ from: orUndefined(args.from), to: orUndefined(args.to), entity: args.entity ? idArgument('entity', args.entity) : undefined, first: offset + first });
    return pageFrom('timeline', items, offset);
  },

  knowledge(
    _: unknown,
    args: Args<{ asOf: string; actor?: string | null; certainty: Certainty; channels?: KnowledgeChannel[] | null; first: number; after?: string | null }>,
    { store }: GraphQLContext,
  ) {
    return store.knowledge({
      asOf: args.asOf,
      actor: args.actor ? idArgument('actor', args.actor) : undefined,
      certainty: args.certainty,
      channels: args.channels ? listArgument('channels', args.channels, 2) : undefined,
      first: intInRange('first', args.first, 1, LIMITS.pageSize),
      after: orUndefined(args.after),
    });
  },

  raisedConcerns(_: unknown, args: Args<{ asOf: string; actor?: string | null; first: number; after?: string | null }>, { store }: GraphQLContext) {
    return store.raisedConcerns({
      asOf: args.asOf,
      actor: args.actor ? idArgument('actor', args.actor) : undefined,
      first: intInRange('first', args.first, 1, LIMITS.pageSize),
      after: orUndefined(args.after),
    });
  },

  sources: (_: unknown, __: unknown, { store }: GraphQLContext) => store.sources(),

  source: (_: unknown, { id }: Args<{ id: string }>, { loaders }: GraphQLContext) => loaders.source.load(idArgument('id', id)),

  disputes: (_: unknown, __: unknown, { store }: GraphQLContext) => store.disputes(),
  stats: (_: unknown, __: unknown, { store }: GraphQLContext) => store.stats(),
  vocabulary: (_: unknown, __: unknown, { store }: GraphQLContext) => store.vocabulary(),
  kinds: (_: unknown, __: unknown, { store }: GraphQLContext) => store.kinds(),
  dataset: (_: unknown, __: unknown, { store }: GraphQLContext) => store.datasetInfo(),
};

/**
 * The entities a paths query sets aside, checked: an unknown id is more likely a typo than a
 * wish, and setting aside an end leaves nothing to find, so both are refused by name.
 */
async function excludedEntities(ids: readonly string[], ends: { from: string; to: string }, loaders: Loaders): Promise<string[]> {
  const checked = listArgument('excludeEntities', ids, LIMITS.pathExcludedEntities).map((id, index) => idArgument(`excludeEntities.${index}`, id));
  const found = await loaders.entity.loadMany(checked);
  return checked.map((id, index) => {
    const entity = found[index];
    if (entity instanceof Error) throw entity;
    if (!entity) throw new BadInputError('excludeEntities', `"excludeEntities" names no known entity: "${id}"`);
    // An id merged into another answers with the survivor, whose id the store knows.
    if (entity.id === ends.from || entity.id === ends.to) {
      throw new BadInputError('excludeEntities', `"excludeEntities" must not hold an end of the path: "${id}"`);
    }
    return entity.id;
  });
}
