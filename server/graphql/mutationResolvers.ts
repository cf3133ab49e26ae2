import {
  addClaim,
  createEntity,
  createRelation,
  createSource,
  mergeEntities,
  retractClaim,
  retractEntity,
  retractRelation,
  revertChange,
  reviewChange,
  submitChange,
  subjectOf,
  updateEntity,
  updateRelation,
  type ClaimValue,
  type Curator,
  type Decision,
  type EntityFields,
  type NewEntity,
  type NewRelation,
  type NewSource,
  type RelationFields,
} from '../curation';
import type { Change, ChangeStore } from '../store/ChangeStore';
import { idArgument } from './arguments';
import type { GraphQLContext } from './context';
import { allowChange } from './curationAccess';
import type { Role } from '../auth';

// Mutations stay thin: check who may, let server/curation decide the change, hand it to the store.

type Args<T> = T & Record<string, unknown>;
interface Reason {
  reason: string;
}

/** What a mutation answers: the change and the record it is about (ChangeResult resolvers). */
export interface ChangeOutcome {
  change: Change;
}

/** Decides a change as the signed-in account and applies it (or proposes it, under review). */
async function change(context: GraphQLContext, role: Role, decideAs: (curator: Curator, changes: ChangeStore) => Promise<Decision>): Promise<ChangeOutcome> {
  const { viewer, changes } = allowChange(context, role);
  const { draft } = await decideAs({ store: context.store, author: viewer.name }, changes);
  return { change: await submitChange(changes, draft, { role: viewer.role, reviewRequired: context.curation.reviewRequired }) };
}

/** A change any contributor may make (or, with `role`, only that role and above). */
export const contribute = (context: GraphQLContext, decideAs: (curator: Curator) => Promise<Decision>, role: Role = 'CONTRIBUTOR') => change(context, role, decideAs);

export const mutationResolvers = {
  createEntity: (_: unknown, args: Args<{ input: NewEntity } & Reason>, context: GraphQLContext) =>
    contribute(context, (curator) => createEntity(curator, args.input, args.reason)),

  updateEntity: (_: unknown, args: Args<{ id: string; version: number; set: EntityFields; claims?: ClaimValue[] | null } & Reason>, context: GraphQLContext) =>
    contribute(context, (curator) => updateEntity(curator, { ...args, id: idArgument('id', args.id) }, args.reason)),

  retractEntity: (_: unknown, args: Args<{ id: string; version: number } & Reason>, context: GraphQLContext) =>
    contribute(context, (curator) => retractEntity(curator, { id: idArgument('id', args.id), version: args.version }, args.reason)),

  createRelation: (_: unknown, args: Args<{ input: NewRelation } & Reason>, context: GraphQLContext) =>
    contribute(context, (curator) => createRelation(curator, args.input, args.reason)),

  updateRelation: (_: unknown, args: Args<{ id: string; version: number; set: RelationFields; claims?: ClaimValue[] | null } & Reason>, context: GraphQLContext) =>
    contribute(context, (curator) => updateRelation(curator, { ...args, id: idArgument('id', args.id) }, args.reason)),

  retractRelation: (_: unknown, args: Args<{ id: string; version: number } & Reason>, context: GraphQLContext) =>
    contribute(context, (curator) => retractRelation(curator, { id: idArgument('id', args.id), version: args.version }, args.reason)),

  addClaim: (_: unknown, args: Args<{ subject: string; version: number; claim: ClaimValue; figure?: string | null } & Reason>, context: GraphQLContext) =>
    contribute(context, (curator) => addClaim(curator, { ...args, subject: idArgument('subject', args.subject) }, args.reason)),

  retractClaim: (_: unknown, args: Args<{ subject: string; version: number; claimId: string } & Reason>, context: GraphQLContext) =>
    contribute(context, (curator) => retractClaim(curator, { ...args, subject: idArgument('subject', args.subject) }, args.reason)),

  createSource: (_: unknown, args: Args<{ input: NewSource } & Reason>, context: GraphQLContext) =>
    contribute(context, (curator) => createSource(curator, args.input, args.reason)),

  mergeEntities: (_: unknown, args: Args<{ keep: string; keepVersion: number; merge: string; mergeVersion: number } & Reason>, context: GraphQLContext) =>
    contribute(context, (curator) => mergeEntities(curator, { ...args, keep: idArgument('keep', args.keep), merge: idArgument('merge', args.merge) }, args.reason)),

  revertChange: (_: unknown, args: Args<{ id: string } & Reason>, context: GraphQLContext) =>
    change(context, 'EDITOR', (curator, changes) => revertChange(curator, changes, { id: idArgument('id', args.id) }, args.reason)),

  async reviewChange(_: unknown, args: Args<{ id: string; accept: boolean; comment: string }>, context: GraphQLContext): Promise<ChangeOutcome> {
    const { viewer, changes } = allowChange(context, 'EDITOR');
    return { change: await reviewChange(changes, { ...args, id: idArgument('id', args.id) }, viewer.name) };
  },
};

/**
 * The record a change is about, as the change left it; null while pending or once retracted.
 * A committed change's `after` is exactly what the store holds (the change contract says so on
 * both stores), so the answer needs no read, and its version is the one this change made.
 */
async function standing(outcome: ChangeOutcome, kind: 'entity' | 'relation' | 'source', context: GraphQLContext) {
  const subject = subjectOf(outcome.change);
  if (outcome.change.status !== 'APPLIED' || subject?.kind !== kind) return null;
  const written = outcome.change.records.filter((record) => record.kind === kind && record.id === subject.id).at(-1);
  if (written) return written.after;
  // Attaching a document is about its source, which the change does not write: read it.
  const [source] = await context.store.sourcesByIds([subject.id]);
  return source ?? null;
}

export const changeResultResolvers = {
  ChangeResult: {
    entity: (outcome: ChangeOutcome, _: unknown, context: GraphQLContext) => standing(outcome, 'entity', context),
    relation: (outcome: ChangeOutcome, _: unknown, context: GraphQLContext) => standing(outcome, 'relation', context),
    source: (outcome: ChangeOutcome, _: unknown, context: GraphQLContext) => standing(outcome, 'source', context),
  },
};
