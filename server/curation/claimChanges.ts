import { buildClaims, figureSubject } from '../dataset/buildRecords';
import { claimSchema } from '../dataset/fileSchema';
import type { Claim, Entity, Relation } from '../dataset';
import type { RecordChange } from '../store/ChangeStore';
import { currentSubject } from './current';
import { decide, nextVersion, withDisputes, type Curator, type Decision } from './decision';
import { recordInputError } from './errors';
import type { ClaimValue } from './inputs';
import { checkerFor, parseShape } from './recordInput';

/** Every claim id of a record, its figures' included. */
const claimIdsOf = (record: Entity | Relation): string[] => [
  ...record.claims.map((claim) => claim.id),
  ...('figures' in record ? record.figures.flatMap((figure) => figure.claims.map((claim) => claim.id)) : []),
];

function changed(kind: 'entity' | 'relation', before: Entity | Relation, after: Entity | Relation): RecordChange {
  return kind === 'entity'
    ? { kind, id: before.id, before: before as Entity, after: withDisputes(kind, after as Entity) }
    : { kind, id: before.id, before: before as Relation, after: withDisputes(kind, after as Relation) };
}

/** Adds a claim to an entity or relation, or (`figure`) to the first of an entity's figures of that name. */
export async function addClaim(
  curator: Curator,
  args: { subject: string; version: number; claim: ClaimValue; figure?: string | null },
  reason: string,
): Promise<Decision> {
  const { store } = curator;
  const { kind, record } = await currentSubject(store, 'subject', args.subject, args.version);
  const figureIndex = args.figure == null ? -1 : 'figures' in record ? record.figures.findIndex((figure) => figure.name === args.figure) : -1;
  if (args.figure != null && figureIndex === -1) {
    throw recordInputError(record.id, 'figure', `no figure named "${args.figure}" on ${record.id}`);
  }
  const field = figureIndex === -1 ? 'claims' : `figures.${figureIndex}.claims`;
  const figure = figureIndex === -1 ? null : (record as Entity).figures[figureIndex];
  const existing = figure ? figure.claims : record.claims;
  const parsed = parseShape(claimSchema, args.claim, record.id, `${field}.${existing.length}`);
  const checker = await checkerFor(store, { sources: [parsed.source], claimIdsTaken: claimIdsOf(record) });
  const subject = figure ? figureSubject(record.id, figure.name) : record.id;
  const [claim] = buildClaims(checker.checks, { file: kind, record: record.id }, field, [parsed], subject, existing.length) as [Claim];
  checker.done();
  const after: Entity | Relation = figure
    ? { ...(record as Entity), figures: (record as Entity).figures.map((item, index) => (index === figureIndex ? { ...item, claims: [...item.claims, claim] } : item)) }
    : { ...record, claims: [...record.claims, claim] };
  after.version = nextVersion(record);
  return decide(curator, 'addClaim', reason, [changed(kind, record, after)]);
}

/** Removes a claim; refused when it is the last of its record or figure (a fact stays cited). */
export async function retractClaim(curator: Curator, args: { subject: string; version: number; claimId: string }, reason: string): Promise<Decision> {
  const { kind, record } = await currentSubject(curator.store, 'subject', args.subject, args.version);
  const without = (claims: Claim[]) => claims.filter((claim) => claim.id !== args.claimId);
  let after: Entity | Relation;
  if (record.claims.some((claim) => claim.id === args.claimId)) {
    if (record.claims.length === 1) throw recordInputError(record.id, 'claims', 'needs at least one claim');
    after = { ...record, claims: without(record.claims) };
  } else {
    const figureIndex = 'figures' in record ? record.figures.findIndex((figure) => figure.claims.some((claim) => claim.id === args.claimId)) : -1;
    if (figureIndex === -1) throw recordInputError(record.id, 'claimId', `no claim "${args.claimId}" on ${record.id}`);
    const entity = record as Entity;
    if (entity.figures[figureIndex]?.claims.length === 1) throw recordInputError(record.id, `figures.${figureIndex}.claims`, 'needs at least one claim');
    after = { ...entity, figures: entity.figures.map((figure, index) => (index === figureIndex ? { ...figure, claims: without(figure.claims) } : figure)) };
  }
  after.version = nextVersion(record);
  return decide(curator, 'retractClaim', reason, [changed(kind, record, after)]);
}
