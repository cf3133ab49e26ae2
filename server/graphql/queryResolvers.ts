import type { EntityKind } from '../dataset';
import { encodeCursor } from '../store/cursor';
import type { Certainty, KnowledgeChannel } from '../store/GraphStore';
import { readDay, readOptionalDay } from '../store/dateInput';
import { LIMITS, idArgument, intInRange, listArgument } from './arguments';
import type { GraphQLContext } from './context';
import { BadInputError } from '../store/errors';

// Query resolvers stay thin: check arguments (naming the bad one), then ask the store.

type Args<T> = T & Record<string, unknown>;
type Types = string[] | null | undefined;
const orUndefined = <T>(value: T | null | undefined): T | undefined => value ?? undefined;

export const queryResolvers = {
  entity: (_: unknown, { id }: Args<{ id: string }>, { loaders }: GraphQLContext) =>
    loaders.entity.load(idArgument('id', id)),

  async entities(_: unknown, args: Args<{ kind?: EntityKind | null; first: number; after?: string | null }>, { store, loaders }: GraphQLContext) {
    const page = await store.listEntities({
      kind: orUndefined(args.kind),
      first: intInRange('first', args.first, 0, LIMITS.pageSize),
      after: orUndefined(args.after),
    });
    loaders.remember(page.items);
    return {
      edges: page.items.map((node) => ({ node, cursor: encodeCursor(node.id) })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
      totalCount: page.totalCount,
    };
  },

  search(_: unknown, args: Args<{ text: string; kinds?: EntityKind[] | null; first: number }>, { store }: GraphQLContext) {
    const text = args.text.trim();
    if (text.length === 0 || text.length > LIMITS.searchText) {
      throw new BadInputError('text', `"text" must have 1 to ${LIMITS.searchText} characters`);
    }
    return store.search({ text, kinds: orUndefined(args.kinds), first: intInRange('first', args.first, 1, LIMITS.pageSize) });
  },

  async neighborhood(_: unknown, args: Args<{ id: string; depth: number; types?: Types; asOf?: string | null; limit: number }>, { store, loaders }: GraphQLContext) {
    const subgraph = await store.neighborhood({
      id: idArgument('id', args.id),
      depth: intInRange('depth', args.depth, 1, LIMITS.depth),
      types: orUndefined(args.types),
      asOf: readOptionalDay('asOf', orUndefined(args.asOf), 'to'),
      limit: intInRange('limit', args.limit, 1, LIMITS.pageSize),
    });
    // Every edge's ends are among the nodes: their from/to then resolve without a promise.
    loaders.remember(subgraph.nodes);
    return subgraph;
  },

  async paths(_: unknown, args: Args<{ from: string; to: string; maxHops: number; types?: Types; limit: number }>, { store, loaders }: GraphQLContext) {
    const paths = await store.paths({
      from: idArgument('from', args.from),
      to: idArgument('to', args.to),
      maxHops: intInRange('maxHops', args.maxHops, 1, LIMITS.maxHops),
      types: orUndefined(args.types),
      limit: intInRange('limit', args.limit, 1, LIMITS.pathLimit),
    });
    for (const path of paths) loaders.remember(path.nodes);
    return paths;
  },

  timeline(_: unknown, args: Args<{ from?: string | null; to?: string | null; entity?: string | null; first: number }>, { store }: GraphQLContext) {
    const from = readOptionalDay('from', orUndefined(args.from), 'from');
    const to = readOptionalDay('to', orUndefined(args.to), 'to');
    if (from && to && from > to) throw new BadInputError('to', `"to" (${to}) is before "from" (${from})`);
    return store.timeline({
      from,
      to,
      entity: args.entity ? idArgument('entity', args.entity) : undefined,
      first: intInRange('first', args.first, 1, LIMITS.pageSize),
    });
  },

  knowledge(
    _: unknown,
    args: Args<{ asOf: string; actor?: string | null; certainty: Certainty; channels?: KnowledgeChannel[] | null; first: number; after?: string | null }>,
    { store }: GraphQLContext,
  ) {
    return store.knowledge({
      asOf: readDay('asOf', args.asOf, 'to'),
      actor: args.actor ? idArgument('actor', args.actor) : undefined,
      certainty: args.certainty,
      channels: args.channels ? listArgument('channels', args.channels, 2) : undefined,
      first: intInRange('first', args.first, 1, LIMITS.pageSize),
      after: orUndefined(args.after),
    });
  },

  raisedConcerns(_: unknown, args: Args<{ asOf: string; actor?: string | null; first: number; after?: string | null }>, { store }: GraphQLContext) {
    return store.raisedConcerns({
      asOf: readDay('asOf', args.asOf, 'to'),
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
};
