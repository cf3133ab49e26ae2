import { DateParseError, parseFuzzyDate } from '../dataset';
import type { Change, ChangePage, ChangeStatus, RecordChange } from '../store/ChangeStore';
import { BadInputError } from '../store/errors';
import { LIMITS, idArgument, intInRange } from './arguments';
import type { GraphQLContext } from './context';
import { canSee } from './curationAccess';
import { roleAtLeast } from '../auth';

// History and review queue reads, and how a change is shown: the fields each record changed.

type Args<T> = T & Record<string, unknown>;

const EMPTY: ChangePage = { items: [], hasNextPage: false };

function connection(page: ChangePage, after: string | null | undefined) {
  return {
    items: page.items,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: after !== undefined && after !== null,
      startCursor: page.items[0]?.id ?? null,
      endCursor: page.items.at(-1)?.id ?? null,
    },
  };
}

/** "since": an ISO instant, or a day (its first instant, UTC). */
function readSince(since: string): string {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(since);
  const at = Date.parse(day ? `${since}T00:00:00.000Z` : since);
  if (!/^\d{4}-\d{2}-\d{2}/.test(since) || Number.isNaN(at)) {
    throw new BadInputError('since', `"since" must be an ISO instant or day, like "2026-01-31" or "2026-01-31T12:00:00Z"; got ${JSON.stringify(since)}`);
  }
  return new Date(at).toISOString();
}

const first = (value: number) => intInRange('first', value, 1, LIMITS.pageSize);

export const changeQueryResolvers = {
  async history(_: unknown, args: Args<{ id: string; first: number; after?: string | null }>, { curation, viewer }: GraphQLContext) {
    const page = curation.changes ? await curation.changes.history(idArgument('id', args.id), { first: first(args.first), after: args.after ?? undefined }) : EMPTY;
    return connection({ ...page, items: page.items.filter((change) => canSee(viewer, change)) }, args.after);
  },

  async changes(
    _: unknown,
    args: Args<{ first: number; after?: string | null; author?: string | null; since?: string | null; status: ChangeStatus }>,
    { curation, viewer }: GraphQLContext,
  ) {
    const query = { first: first(args.first), after: args.after ?? undefined, author: args.author ?? undefined, since: args.since ? readSince(args.since) : undefined, status: args.status };
    if (!curation.changes) return connection(EMPTY, args.after);
    // Proposals: an editor sees everyone's, anyone else only their own.
    if (args.status !== 'APPLIED' && !roleAtLeast(viewer, 'EDITOR')) {
      if (viewer === null || (query.author !== undefined && query.author !== viewer.name)) return connection(EMPTY, args.after);
      query.author = viewer.name;
    }
    return connection(await curation.changes.changes(query), args.after);
  },

  async change(_: unknown, args: Args<{ id: string }>, { curation, viewer }: GraphQLContext) {
    const found = curation.changes ? await curation.changes.change(idArgument('id', args.id)) : null;
    return found && canSee(viewer, found) ? found : null;
  },

  parseDate(_: unknown, args: Args<{ edtf: string; text?: string | null }>) {
    try {
      return parseFuzzyDate(args.edtf.trim(), args.text ?? null);
    } catch (error) {
      if (error instanceof DateParseError) throw new BadInputError('edtf', `"edtf": ${error.message}`);
      throw error;
    }
  },
};

/** JSON of a field's value; null for an empty one. */
const json = (value: unknown): string | null => (value === null || value === undefined ? null : JSON.stringify(value));

/** The fields whose value differs between before and after, in the order the record lists them. */
export function changedFields(record: RecordChange): { field: string; before: string | null; after: string | null }[] {
  const before = (record.before ?? {}) as Record<string, unknown>;
  const after = (record.after ?? {}) as Record<string, unknown>;
  const names = [...new Set([...Object.keys(after), ...Object.keys(before)])];
  return names
    .map((field) => ({ field, before: json(before[field]), after: json(after[field]) }))
    .filter((field) => field.before !== field.after);
}

/** How many of a record's changes are searched for the one that reverted a change. */
const REVERT_SEARCH = 200;

export const changeTypeResolvers = {
  ChangeOperation: {
    CREATE_ENTITY: 'createEntity',
    UPDATE_ENTITY: 'updateEntity',
    RETRACT_ENTITY: 'retractEntity',
    CREATE_RELATION: 'createRelation',
    UPDATE_RELATION: 'updateRelation',
    RETRACT_RELATION: 'retractRelation',
    ADD_CLAIM: 'addClaim',
    RETRACT_CLAIM: 'retractClaim',
    CREATE_SOURCE: 'createSource',
    MERGE_ENTITIES: 'mergeEntities',
    REVERT_CHANGE: 'revertChange',
    ATTACH_DOCUMENT: 'attachDocument',
  },
  RecordKind: { ENTITY: 'entity', RELATION: 'relation', SOURCE: 'source', REDIRECT: 'redirect', DOCUMENT: 'document' },

  Change: {
    async revertOf(change: Change, _: unknown, { curation, viewer }: GraphQLContext) {
      const reverted = change.revertOf && curation.changes ? await curation.changes.change(change.revertOf) : null;
      return reverted && canSee(viewer, reverted) ? reverted : null;
    },
    async revertedBy(change: Change, _: unknown, { curation, viewer }: GraphQLContext) {
      const [record] = change.records;
      if (!record || !curation.changes || change.status !== 'APPLIED') return null;
      // A revert touches the same records, so it is in the history of the first.
      const later = await curation.changes.history(record.id, { first: REVERT_SEARCH });
      return later.items.find((candidate) => candidate.revertOf === change.id && candidate.status === 'APPLIED' && canSee(viewer, candidate)) ?? null;
    },
  },

  RecordChange: {
    created: (record: RecordChange) => record.before === null,
    retracted: (record: RecordChange) => record.after === null,
    fields: changedFields,
  },
};
