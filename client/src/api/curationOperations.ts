// Every curation operation the page sends (server/graphql/curation.graphql). Result shapes are in
// curationTypes.ts; curationOperations.test.ts validates each against the schema.

import { EntityDetailFields, FuzzyDateFields, RelationDetailFields, fragment, operation } from './fragments';

const ChangeFields = fragment(
  'ChangeFields',
  'Change',
  `{ id operation author at reason status
     records { kind id created retracted fields { field before after } }
     revertOf { id } revertedBy { id author at } review { reviewer comment at } }`,
);

/** What every mutation answers with: the change, and the record as it now stands. */
const ChangeResultFields = fragment(
  'ChangeResultFields',
  'ChangeResult',
  '{ change { ...ChangeFields } entity { ...EntityDetailFields } relation { ...RelationDetailFields } }',
  [ChangeFields, EntityDetailFields, RelationDetailFields],
);

const mutation = (text: string) => operation(text, [ChangeResultFields]);

/** What an EDTF date means, for the date fields' preview. */
export const PARSE_DATE = operation(`query ParseDate($edtf: String!) { parseDate(edtf: $edtf) { ...FuzzyDateFields } }`, [FuzzyDateFields]);

/** The sources a claim can cite. */
export const SOURCES = `query Sources { sources { id title publisher author reliability } }`;

export const HISTORY = operation(
  `query History($id: ID!, $first: Int, $after: String) {
    history(id: $id, first: $first, after: $after) { items { ...ChangeFields } pageInfo { hasNextPage endCursor } }
  }`,
  [ChangeFields],
);

/** The review queue (status PENDING), or anyone's changes. */
export const CHANGES = operation(
  `query Changes($status: ChangeStatus, $author: String, $first: Int, $after: String) {
    changes(status: $status, author: $author, first: $first, after: $after) { items { ...ChangeFields } pageInfo { hasNextPage endCursor } }
  }`,
  [ChangeFields],
);

export const CREATE_ENTITY = mutation(
  `mutation CreateEntity($input: NewEntityInput!, $reason: String!) {
    createEntity(input: $input, reason: $reason) { ...ChangeResultFields }
  }`,
);

export const UPDATE_ENTITY = mutation(
  `mutation UpdateEntity($id: ID!, $version: Int!, $set: EntityFieldsInput!, $claims: [ClaimInput!], $reason: String!) {
    updateEntity(id: $id, version: $version, set: $set, claims: $claims, reason: $reason) { ...ChangeResultFields }
  }`,
);

export const UPDATE_RELATION = mutation(
  `mutation UpdateRelation($id: ID!, $version: Int!, $set: RelationFieldsInput!, $claims: [ClaimInput!], $reason: String!) {
    updateRelation(id: $id, version: $version, set: $set, claims: $claims, reason: $reason) { ...ChangeResultFields }
  }`,
);

export const CREATE_RELATION = mutation(
  `mutation CreateRelation($input: NewRelationInput!, $reason: String!) {
    createRelation(input: $input, reason: $reason) { ...ChangeResultFields }
  }`,
);

export const ADD_CLAIM = mutation(
  `mutation AddClaim($subject: ID!, $version: Int!, $claim: ClaimInput!, $reason: String!) {
    addClaim(subject: $subject, version: $version, claim: $claim, reason: $reason) { ...ChangeResultFields }
  }`,
);

export const RETRACT_CLAIM = mutation(
  `mutation RetractClaim($subject: ID!, $version: Int!, $claimId: ID!, $reason: String!) {
    retractClaim(subject: $subject, version: $version, claimId: $claimId, reason: $reason) { ...ChangeResultFields }
  }`,
);

export const REVERT_CHANGE = mutation(
  `mutation RevertChange($id: ID!, $reason: String!) {
    revertChange(id: $id, reason: $reason) { ...ChangeResultFields }
  }`,
);

export const REVIEW_CHANGE = mutation(
  `mutation ReviewChange($id: ID!, $accept: Boolean!, $comment: String!) {
    reviewChange(id: $id, accept: $accept, comment: $comment) { ...ChangeResultFields }
  }`,
);

/** Attaches (or replaces) a source's text (editors). */
export const ATTACH_DOCUMENT = mutation(
  `mutation AttachDocument($source: ID!, $text: String!, $reason: String!) {
    attachDocument(source: $source, text: $text, reason: $reason) { ...ChangeResultFields }
  }`,
);

/** Every curation operation by name, for the schema test. */
export const CURATION_OPERATIONS = {
  PARSE_DATE,
  SOURCES,
  HISTORY,
  CHANGES,
  CREATE_ENTITY,
  UPDATE_ENTITY,
  UPDATE_RELATION,
  CREATE_RELATION,
  ADD_CLAIM,
  RETRACT_CLAIM,
  REVERT_CHANGE,
  REVIEW_CHANGE,
  ATTACH_DOCUMENT,
} as const;
