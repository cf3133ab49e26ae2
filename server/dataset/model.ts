import type { SourceDocument } from '../documents/model';
import type { FuzzyDate } from './dates';

// The in-memory model of one validated data set. Both stores are built from it, and the
// GraphQL layer speaks it, so every derived value (disputes, claim counts) is computed once,
// here, and the stores cannot disagree about it.

/** A kind named in the data set's kinds.json, e.g. "Person". */
export type EntityKind = string;

/** How a kind is named and drawn, and whether it can know things (kinds.json). */
export interface EntityKindInfo {
  kind: EntityKind;
  label: string;
  plural: string;
  shape: string;
  colour: string;
  actor: boolean;
}

/** What the data set is about (dataset.json). */
export interface DatasetInfo {
  title: string;
  period: FuzzyDate;
  description: string;
}
export type Reliability = 'HIGH' | 'MEDIUM' | 'LOW';

export interface Claim {
  /** Stable and unique within the data set, made from the subject and the citation (claimId.ts). */
  id: string;
  sourceId: string;
  /** Paragraph in the source, "¶12" (non-empty lines counted from 1). */
  locator: string;
  /** The date as this source gives it. */
  date: FuzzyDate | null;
  note: string;
  stance: 'supports' | 'contradicts';
  /** Our note that the source itself is probably in error here. */
  erratum: string | null;
}

export interface Figure {
  name: string;
  value: number;
  qualifier: 'exactly' | 'about' | 'at least' | 'more than' | 'at most';
  unit: string | null;
  claims: Claim[];
}

export interface Entity {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  summary: string;
  date: FuzzyDate | null;
  figures: Figure[];
  claims: Claim[];
  /** Fields on which the sources disagree, e.g. ["date"]; empty when none. */
  disputedFields: string[];
  /** 1 as loaded from the data set; each applied change to the record adds 1. */
  version: number;
}

export interface Relation {
  id: string;
  type: string;
  /** Human label of the type from the vocabulary, e.g. "warned". */
  label: string;
  from: string;
  to: string;
  role: string | null;
  date: FuzzyDate | null;
  note: string | null;
  claims: Claim[];
  disputedFields: string[];
  /** 1 as loaded from the data set; each applied change to the record adds 1. */
  version: number;
}

export interface Source {
  id: string;
  title: string;
  publisher: string | null;
  author: string | null;
  published: FuzzyDate | null;
  reliability: Reliability;
  note: string | null;
  claimCount: number;
}

export interface RelationType {
  type: string;
  label: string;
  description: string;
  carriesKnowledge: boolean;
  /** How institutional knowledge crosses a relation of this type; null when it does not. */
  passesKnowledge: KnowledgeFlow | null;
  /** The `from` end authored the `to` end, so raised the concerns the `to` end raised. */
  creditsAuthor: boolean;
}

export type KnowledgeFlow = 'forward' | 'backward' | 'both';

export interface Dispute {
  subject: { kind: 'entity' | 'relation'; id: string };
  /** "date", "occurred", or "figure:<name>". */
  field: string;
  claims: Claim[];
}

export interface Dataset {
  /** Folder name, e.g. "rotherham". */
  name: string;
  info: DatasetInfo;
  kinds: EntityKindInfo[];
  sources: Source[];
  vocabulary: RelationType[];
  entities: Entity[];
  relations: Relation[];
  disputes: Dispute[];
  /** The texts of sources, where attached (the optional documents/ folder); ordered by id. */
  documents?: SourceDocument[];
}
