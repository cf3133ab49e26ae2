import type { z } from 'zod';
import { claimIds } from '../dataset/claimId';
import { locatorProblem } from '../documents';
import type { RecordChecks } from '../dataset/buildRecords';
import type { GraphStore } from '../store/GraphStore';
import { refuseIssues, type RecordIssue } from './errors';

// Checks what a change would write with the data-set loader's own schemas (fileSchema.ts) and
// record builders (buildRecords.ts), so a rule and its message exist once.

/** GraphQL sends an explicit null for an optional field; the file format leaves it out. */
export function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== null && item !== undefined).map(([key, item]) => [key, withoutNulls(item)]));
}

/** Shape-checks one value of a record with a file schema; `prefix` places its fields in the record. */
export function parseShape<S extends z.ZodType>(schema: S, raw: unknown, record: string, prefix = ''): z.infer<S> {
  const result = schema.safeParse(withoutNulls(raw));
  if (result.success) return result.data;
  refuseIssues(
    result.error.issues.map((problem) => {
      const path = [prefix, ...problem.path.map(String)].filter(Boolean).join('.');
      return { record, field: path || '-', message: problem.message };
    }),
  );
  throw new Error('unreachable: a failed parse has issues');
}

export interface Checker {
  checks: RecordChecks;
  /** Throws RecordInputError when anything was reported. */
  done(): void;
}

/** What a checker reads before the (synchronous) builders run. */
export interface CheckerNeeds {
  /** Sources the claims cite (and whose documents bound their locators). */
  sources?: readonly string[];
  /** Entities a relation points at. */
  entities?: readonly string[];
  /** Ids the record's claims already have, so new ones do not repeat them (a promise when the record is still being read: both reads then wait on the store together). */
  claimIdsTaken?: Iterable<string> | Promise<Iterable<string>>;
  /** The data set's kinds (a new entity), and its vocabulary (a new relation): read only when asked, as most changes check neither. */
  kinds?: boolean;
  vocabulary?: boolean;
}

/** A check the caller did not ask the checker to read for: a mistake in the code, not in the input. */
function notRead(what: string): never {
  throw new Error(`the checker was not asked to read ${what} (checkerFor needs)`);
}

/**
 * The checks buildRecords.ts runs, answered from the store: what `needs` names is read first
 * (the builders are synchronous), every read at once.
 */
export async function checkerFor(store: GraphStore, needs: CheckerNeeds): Promise<Checker> {
  const sourceIds = [...new Set(needs.sources ?? [])];
  const entityIds = [...new Set(needs.entities ?? [])];
  const [sources, entities, vocabulary, kinds, documents, claimIdsTaken] = await Promise.all([
    store.sourcesByIds(sourceIds),
    store.entitiesByIds(entityIds),
    needs.vocabulary ? store.vocabulary() : null,
    needs.kinds ? store.kinds() : null,
    store.documents(sourceIds),
    needs.claimIdsTaken,
  ]);
  const paragraphCounts = new Map(documents.flatMap((document) => (document ? [[document.sourceId, document.paragraphCount] as const] : [])));
  const knownSources = new Set(sourceIds.filter((_, index) => sources[index]));
  // Only an entity that is itself (not a merged-away id standing for another) can be a relation end.
  const knownEntities = new Set(entityIds.filter((id, index) => entities[index]?.id === id));
  const types = vocabulary && new Map(vocabulary.map((type) => [type.type, type]));
  const kindNames = kinds && new Set(kinds.map((kind) => kind.kind));
  const issues: RecordIssue[] = [];
  return {
    checks: {
      report: (place, field, message) => issues.push({ record: place.record, field, message }),
      citeSource: (id) => knownSources.has(id),
      hasEntity: (id) => knownEntities.has(id),
      isKind: (kind) => (kindNames ?? notRead("the data set's kinds")).has(kind),
      relationType: (type) => (types ?? notRead("the data set's vocabulary")).get(type),
      claimId: claimIds(claimIdsTaken),
      locatorProblem(sourceId, locator) {
        const count = paragraphCounts.get(sourceId);
        return count === undefined ? null : locatorProblem(sourceId, locator, count);
      },
    },
    done: () => refuseIssues(issues),
  };
}

/** Sources cited by claims (and figures' claims) as the caller sent them. */
export const citedSources = (claims: readonly { source?: unknown }[] | null | undefined): string[] =>
  (claims ?? []).map((claim) => claim.source).filter((source): source is string => typeof source === 'string');
