// Every GraphQL operation the page sends, in one place. The result shapes are in types.ts;
// operations.test.ts parses and validates each document against the server's schema.

import { ClaimFields, EntityDetailFields, EntityRefFields, EntitySummaryFields, FuzzyDateFields, RelationDetailFields, RelationSummaryFields, operation } from './fragments';

/**
 * How many entities there are, in all and of each kind, what the data set is about, and its
 * vocabulary: the first thing the page asks, to know how to draw it and whether it can load it whole.
 */
export const GRAPH_OVERVIEW = operation(
  `query GraphOverview {
    all: entities(first: 0) { totalCount }
    kinds { kind label plural shape colour actor count }
    dataset { title description period { ...FuzzyDateFields } }
    vocabulary { type label description carriesKnowledge passesKnowledge creditsAuthor }
  }`,
  [FuzzyDateFields],
);

/**
 * One page of the graph (of one kind, or of all): entities and their outgoing relations (every
 * relation is some entity's outgoing one, so the pages together hold all of them).
 */
export const GRAPH_PAGE = operation(
  `query GraphPage($first: Int!, $after: String, $kind: EntityKind, $relationsPerEntity: Int!) {
    entities(kind: $kind, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { ...EntitySummaryFields relations(direction: OUT, first: $relationsPerEntity) { ...RelationSummaryFields } } }
    }
  }`,
  [EntitySummaryFields, RelationSummaryFields],
);

/** Everything the details panel shows about one entity, with its relations' claims. */
export const ENTITY_DETAIL = operation(
  `query EntityDetail($id: ID!) {
    entity(id: $id) { ...EntityDetailFields }
  }`,
  [EntityDetailFields],
);

export const SEARCH = operation(
  `query Search($text: String!, $first: Int!) {
    search(text: $text, first: $first) { score entity { ...EntitySummaryFields summary aliases } }
  }`,
  [EntitySummaryFields],
);

export const NEIGHBORHOOD = operation(
  `query Neighborhood($id: ID!, $depth: Int!, $limit: Int!) {
    neighborhood(id: $id, depth: $depth, limit: $limit) {
      truncated
      nodes { ...EntitySummaryFields }
      edges { ...RelationSummaryFields }
    }
  }`,
  [EntitySummaryFields, RelationSummaryFields],
);

export const PATHS = operation(
  `query Paths($from: ID!, $to: ID!, $maxHops: Int!, $limit: Int!, $excludeEntities: [ID!], $excludeTypes: [RelationType!]) {
    paths(from: $from, to: $to, maxHops: $maxHops, limit: $limit, excludeEntities: $excludeEntities, excludeTypes: $excludeTypes) {
      length
      nodes { ...EntitySummaryFields }
      edges { ...RelationDetailFields }
    }
  }`,
  [EntitySummaryFields, RelationDetailFields],
);

export const TIMELINE = operation(
  `query Timeline($first: Int!) {
    timeline(first: $first) { title date { ...FuzzyDateFields } entity { id } relation { id } }
  }`,
  [FuzzyDateFields],
);

/** Who knew (certainly or possibly) as of a date: per actor and channel, every warning with its claims. */
export const KNOWLEDGE = operation(
  `query Knowledge($asOf: String!, $first: Int = 50, $after: String, $evidence: Int = 50) {
    knowledge(asOf: $asOf, certainty: POSSIBLE, first: $first, after: $after) {
      certainty
      channel
      since { ...FuzzyDateFields }
      actor { ...EntityRefFields }
      via { ...RelationDetailFields }
      chain { ...RelationSummaryFields }
      evidence(first: $evidence) { ...RelationDetailFields }
      cursor
    }
  }`,
  [FuzzyDateFields, EntityRefFields, RelationDetailFields, RelationSummaryFields],
);

/** Who raised concerns by a date, with the warnings they (or what they wrote) gave. */
export const RAISED_CONCERNS = operation(
  `query RaisedConcerns($asOf: String!, $first: Int = 100, $after: String, $relations: Int = 100) {
    raisedConcerns(asOf: $asOf, first: $first, after: $after) {
      actor { ...EntityRefFields }
      since { ...FuzzyDateFields }
      relations(first: $relations) { ...RelationSummaryFields }
      cursor
    }
  }`,
  [EntityRefFields, FuzzyDateFields, RelationSummaryFields],
);

/** Claims of every entity and relation, for the CSV export and the chronology (paged like GRAPH_PAGE). */
export const ALL_CLAIMS = operation(
  `query AllClaims($first: Int!, $after: String, $relationsPerEntity: Int!) {
    entities(first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { node { id claims { ...ClaimFields } relations(direction: OUT, first: $relationsPerEntity) { id note claims { ...ClaimFields } } } }
    }
  }`,
  [ClaimFields],
);

/** All outgoing relations of one entity, when a page cut its list short. */
export const ENTITY_OUT_RELATIONS = operation(
  `query EntityOutRelations($id: ID!, $first: Int!) {
    entity(id: $id) { id relations(direction: OUT, first: $first) { ...RelationSummaryFields } }
  }`,
  [RelationSummaryFields],
);

/** Claims of all outgoing relations of one entity, when an ALL_CLAIMS page cut its list short. */
export const ENTITY_OUT_RELATION_CLAIMS = operation(
  `query EntityOutRelationClaims($id: ID!, $first: Int!) {
    entity(id: $id) { id relations(direction: OUT, first: $first) { id note claims { ...ClaimFields } } }
  }`,
  [ClaimFields],
);

/** Every operation by name, for the schema test. */
/** How many claims an entity has, for the hover card. */
export const ENTITY_CLAIM_COUNT = operation(
  `query EntityClaimCount($id: ID!) {
    entity(id: $id) { id claims { id } }
  }`,
);

export const OPERATIONS = {
  GRAPH_OVERVIEW,
  GRAPH_PAGE,
  ENTITY_DETAIL,
  SEARCH,
  NEIGHBORHOOD,
  PATHS,
  TIMELINE,
  KNOWLEDGE,
  RAISED_CONCERNS,
  ALL_CLAIMS,
  ENTITY_OUT_RELATIONS,
  ENTITY_OUT_RELATION_CLAIMS,
  ENTITY_CLAIM_COUNT,
} as const;
