// Hand-written TypeScript shapes of what the operations in operations.ts select. They mirror
// the selection sets, not the whole schema: operations.test.ts validates the documents against
// server/graphql/schema.graphql, so a schema change that breaks a selection fails a test.

/** An EntityKind value of the data set's kinds, e.g. "PERSON" (see `KindInfo`). */
export type EntityKind = string;
export type Reliability = 'HIGH' | 'MEDIUM' | 'LOW';
export type Stance = 'SUPPORTS' | 'CONTRADICTS';
export type Certainty = 'CERTAIN' | 'POSSIBLE';

export interface FuzzyDate {
  edtf: string;
  earliest: string | null;
  latest: string | null;
  text: string | null;
}

export interface Source {
  id: string;
  title: string;
  publisher: string | null;
  author: string | null;
  published: FuzzyDate | null;
  reliability: Reliability;
  note: string | null;
}

export interface Claim {
  /** Stable: made from the claim's subject and citation. */
  id: string;
  source: Source;
  locator: string;
  date: FuzzyDate | null;
  note: string | null;
  stance: Stance;
  erratum: string | null;
}

export interface Figure {
  name: string;
  value: number;
  qualifier: string;
  unit: string | null;
  claims: Claim[];
}

/** The smallest useful description of an entity: enough to draw and label it. */
export interface EntityRef {
  id: string;
  kind: EntityKind;
  name: string;
}

export interface EntitySummary extends EntityRef {
  date: FuzzyDate | null;
  disputed: boolean;
  disputedFields: string[];
  degree: number;
}

export interface RelationSummary {
  id: string;
  type: string;
  label: string;
  role: string | null;
  from: EntityRef;
  to: EntityRef;
  date: FuzzyDate | null;
  disputed: boolean;
  disputedFields: string[];
}

export interface RelationDetail extends RelationSummary {
  note: string | null;
  /** 1 as loaded; each applied change adds 1 (edits name the version they were made against). */
  version: number;
  claims: Claim[];
}

export interface EntityDetail extends EntitySummary {
  version: number;
  aliases: string[];
  summary: string | null;
  claims: Claim[];
  figures: Figure[];
  relations: RelationDetail[];
}

export interface RelationTypeInfo {
  type: string;
  label: string;
  description: string;
  carriesKnowledge: boolean;
  passesKnowledge: 'FORWARD' | 'BACKWARD' | 'BOTH' | null;
  creditsAuthor: boolean;
}

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

/** A kind of entity as the data set names and draws it (the API's `kinds`). */
export interface KindInfo {
  kind: EntityKind;
  label: string;
  plural: string;
  /** A Cytoscape node shape. */
  shape: string;
  colour: string;
  /** Can know things: gets a lane in the chronology and a who-knew colour. */
  actor: boolean;
  count: number;
}

/** What the data set is about (the API's `dataset`). */
export interface DatasetInfo {
  title: string;
  description: string;
  period: FuzzyDate;
}

export interface GraphOverviewResult {
  all: { totalCount: number };
  kinds: KindInfo[];
  dataset: DatasetInfo;
  vocabulary: RelationTypeInfo[];
}

export interface GraphPageResult {
  entities: {
    totalCount: number;
    pageInfo: PageInfo;
    edges: { node: EntitySummary & { relations: RelationSummary[] } }[];
  };
}

export interface EntityDetailResult {
  entity: EntityDetail | null;
}

export interface SearchHit {
  score: number;
  entity: EntitySummary & { summary: string | null; aliases: string[] };
}

export interface SearchResult {
  search: SearchHit[];
}

export interface Subgraph {
  truncated: boolean;
  nodes: EntitySummary[];
  edges: RelationSummary[];
}

export interface NeighborhoodResult {
  neighborhood: Subgraph;
}

export interface Path {
  length: number;
  nodes: EntitySummary[];
  edges: RelationDetail[];
}

export interface PathsResult {
  paths: Path[];
}

export interface TimelineItem {
  title: string;
  date: FuzzyDate;
  entity: { id: string } | null;
  relation: { id: string } | null;
}

export interface TimelineResult {
  timeline: TimelineItem[];
}

export type KnowledgeChannel = 'DIRECT' | 'INSTITUTIONAL';

export interface Knowledge {
  certainty: Certainty;
  channel: KnowledgeChannel;
  since: FuzzyDate;
  actor: EntityRef;
  via: RelationDetail;
  /** INSTITUTIONAL: the links followed from the receiver of `via` to the actor; empty for DIRECT. */
  chain: RelationSummary[];
  /** Every knowledge-carrying relation of this channel that reached the actor, in date order. */
  evidence: RelationDetail[];
  cursor: string;
}

export interface RaisedConcern {
  actor: EntityRef;
  since: FuzzyDate;
  relations: RelationSummary[];
  cursor: string;
}

export interface RaisedConcernsResult {
  raisedConcerns: RaisedConcern[];
}

export interface KnowledgeResult {
  knowledge: Knowledge[];
}

export interface AllClaimsResult {
  entities: {
    pageInfo: PageInfo;
    edges: { node: { id: string; claims: Claim[]; relations: { id: string; note: string | null; claims: Claim[] }[] } }[];
  };
}

export interface EntityOutRelationsResult {
  entity: { id: string; relations: RelationSummary[] } | null;
}

export interface EntityOutRelationClaimsResult {
  entity: { id: string; relations: { id: string; note: string | null; claims: Claim[] }[] } | null;
}
