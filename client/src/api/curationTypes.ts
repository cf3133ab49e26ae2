// Hand-written shapes of what curationOperations.ts selects, and of the inputs it sends.

import type { EntityDetail, FuzzyDate, PageInfo, Reliability, RelationDetail, Stance } from './types';

export type ChangeStatus = 'APPLIED' | 'PENDING' | 'REJECTED';
export type ChangeOperation =
  | 'CREATE_ENTITY'
  | 'UPDATE_ENTITY'
  | 'RETRACT_ENTITY'
  | 'CREATE_RELATION'
  | 'UPDATE_RELATION'
  | 'RETRACT_RELATION'
  | 'ADD_CLAIM'
  | 'RETRACT_CLAIM'
  | 'CREATE_SOURCE'
  | 'MERGE_ENTITIES'
  | 'REVERT_CHANGE';
export type RecordKind = 'ENTITY' | 'RELATION' | 'SOURCE' | 'REDIRECT';

export interface FieldChange {
  field: string;
  /** JSON of the value before; null when absent. */
  before: string | null;
  after: string | null;
}

export interface RecordChange {
  kind: RecordKind;
  id: string;
  created: boolean;
  retracted: boolean;
  fields: FieldChange[];
}

export interface Change {
  id: string;
  operation: ChangeOperation;
  author: string;
  at: string;
  reason: string;
  status: ChangeStatus;
  records: RecordChange[];
  revertOf: { id: string } | null;
  revertedBy: { id: string; author: string; at: string } | null;
  review: { reviewer: string; comment: string; at: string } | null;
}

export interface ChangeResult {
  change: Change;
  entity: EntityDetail | null;
  relation: RelationDetail | null;
}

export interface ChangeConnection {
  items: Change[];
  pageInfo: PageInfo;
}

export interface SourceChoice {
  id: string;
  title: string;
  publisher: string | null;
  author: string | null;
  reliability: Reliability;
}

export interface ParseDateResult {
  parseDate: FuzzyDate;
}

export interface SourcesResult {
  sources: SourceChoice[];
}

export interface HistoryResult {
  history: ChangeConnection;
}

export interface ChangesResult {
  changes: ChangeConnection;
}

export interface DateInput {
  edtf: string;
  text?: string | null;
}

export interface ClaimInput {
  source: string;
  locator: string;
  note: string;
  date?: DateInput | null;
  stance?: Stance;
}

export interface EntityFieldsInput {
  name?: string;
  aliases?: string[];
  summary?: string;
  date?: DateInput | null;
}

export interface RelationFieldsInput {
  role?: string | null;
  date?: DateInput | null;
  note?: string | null;
}

export interface NewRelationInput {
  type: string;
  from: string;
  to: string;
  role?: string | null;
  date?: DateInput | null;
  note?: string | null;
  claims: ClaimInput[];
}
