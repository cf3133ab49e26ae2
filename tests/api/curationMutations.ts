import { updateEntity } from '../../server/curation';
import type { ChangeStore } from '../../server/store/ChangeStore';
import type { GraphStore } from '../../server/store/GraphStore';

// One valid call of every mutation against the tiny fixture, independent of each other, so a
// test can run all of them in one graph. `revertChange` and `reviewChange` act on a change and
// a proposal recorded before the server started (prepareChanges).

export const CHANGE_RESULT = 'change { id status operation author } entity { id version } relation { id version } source { id }';

const claim = { source: 'src-d', locator: '¶2', note: 'Our summary of the regional review.' };

export interface Prepared {
  /** An applied change to revert. */
  applied: string;
  /** A pending proposal to review. */
  pending: string;
  /** A claim of person:zoe-bronte (which has two) to retract. */
  zoeClaim: string;
}

/** Every mutation of the API. */
export const MUTATIONS = [
  'createEntity',
  'updateEntity',
  'retractEntity',
  'createRelation',
  'updateRelation',
  'retractRelation',
  'addClaim',
  'retractClaim',
  'createSource',
  'mergeEntities',
  'revertChange',
  'reviewChange',
] as const;
export type MutationName = (typeof MUTATIONS)[number];

export function mutationCalls(prepared: Prepared): Record<MutationName, { query: string; variables: Record<string, unknown> }> {
  const call = (signature: string, field: string, variables: Record<string, unknown>) => ({
    query: `mutation(${signature}) { ${field} { ${CHANGE_RESULT} } }`,
    variables: { reason: 'Permission matrix.', ...variables },
  });
  return {
    createEntity: call('$input: NewEntityInput!, $reason: String!', 'createEntity(input: $input, reason: $reason)', {
      input: { kind: 'AGENCY', name: 'Northtown Review Panel', summary: 'Reviewed the inquiry.', claims: [claim] },
    }),
    updateEntity: call('$set: EntityFieldsInput!, $reason: String!', 'updateEntity(id: "person:a-smith", version: 1, set: $set, reason: $reason)', {
      set: { summary: 'Chief executive of Northtown Council, 1998 to 2010.' },
    }),
    retractEntity: call('$reason: String!', 'retractEntity(id: "event:operation-lantern", version: 1, reason: $reason)', {}),
    createRelation: call('$input: NewRelationInput!, $reason: String!', 'createRelation(input: $input, reason: $reason)', {
      input: { type: 'WARNED', from: 'person:c-patel', to: 'agency:safeguarding-board', date: { edtf: '2009-07' }, claims: [claim] },
    }),
    updateRelation: call('$set: RelationFieldsInput!, $reason: String!', 'updateRelation(id: "rel:smith-held-role-council", version: 1, set: $set, reason: $reason)', {
      set: { role: 'chief executive' },
    }),
    retractRelation: call('$reason: String!', 'retractRelation(id: "rel:jones-attended-meeting", version: 1, reason: $reason)', {}),
    addClaim: call('$claim: ClaimInput!, $reason: String!', 'addClaim(subject: "person:b-jones", version: 1, claim: $claim, reason: $reason)', { claim }),
    retractClaim: call('$claimId: ID!, $reason: String!', 'retractClaim(subject: "person:zoe-bronte", version: 1, claimId: $claimId, reason: $reason)', {
      claimId: prepared.zoeClaim,
    }),
    createSource: call('$input: NewSourceInput!, $reason: String!', 'createSource(input: $input, reason: $reason)', {
      input: { id: 'src-e', title: 'A later review', reliability: 'MEDIUM' },
    }),
    mergeEntities: call('$reason: String!', 'mergeEntities(keep: "person:c-patel", keepVersion: 1, merge: "person:e-novak", mergeVersion: 1, reason: $reason)', {}),
    revertChange: call('$id: ID!, $reason: String!', 'revertChange(id: $id, reason: $reason)', { id: prepared.applied }),
    reviewChange: {
      query: `mutation($id: ID!) { reviewChange(id: $id, accept: true, comment: "Checked against the source.") { ${CHANGE_RESULT} } }`,
      variables: { id: prepared.pending },
    },
  };
}

/** Records (before the server starts) a change by the admin and a proposal by the contributor. */
export async function prepareChanges(store: GraphStore & ChangeStore): Promise<Prepared> {
  const [zoe] = await store.entitiesByIds(['person:zoe-bronte']);
  const summary = (id: string, text: string, author: string) => updateEntity({ store, author }, { id, version: 1, set: { summary: text } }, 'Prepared for a test.');
  const applied = await store.commit((await summary('agency:northtown-police', 'The police force of Northtown.', 'adam')).draft);
  const pending = await store.propose((await summary('agency:northtown-council', 'The council of Northtown.', 'conor')).draft);
  return { applied: applied.id, pending: pending.id, zoeClaim: zoe!.claims[1]!.id };
}
