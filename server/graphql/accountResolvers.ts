import { requireRole } from '../auth';
import type { GraphQLContext } from './context';

/** `Query.me` and `Query.accounts` (curation.graphql); merged into the resolver map with the rest. */
export const accountResolvers = {
  Query: {
    me: (_: unknown, _args: unknown, { viewer }: GraphQLContext) => viewer,
    accounts(_: unknown, _args: unknown, { viewer, accounts }: GraphQLContext) {
      requireRole(viewer, 'ADMIN');
      return accounts.listAccounts();
    },
  },
};
