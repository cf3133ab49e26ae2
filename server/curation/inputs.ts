import type { EntityKind, Reliability } from '../dataset';

// What the mutations receive (GraphQL's input types, enums already mapped to the model's
// values). Optional fields may be null (left out) or undefined; every value is checked with
// the data-set file schemas before use, so these only say what a caller is expected to send.

export interface DateValue {
  edtf: string;
  text?: string | null;
}

export interface ClaimValue {
  source: string;
  locator: string;
  date?: DateValue | null;
  note: string;
  stance?: 'supports' | 'contradicts' | null;
  erratum?: string | null;
}

export interface FigureValue {
  name: string;
  value: number;
  qualifier?: string | null;
  unit?: string | null;
  claims: ClaimValue[];
}

export interface NewEntity {
  id?: string | null;
  kind: EntityKind;
  name: string;
  aliases?: string[] | null;
  summary: string;
  date?: DateValue | null;
  figures?: FigureValue[] | null;
  claims: ClaimValue[];
}

/** A field left out (undefined) stays; null clears it. */
export interface EntityFields {
  name?: string | null;
  aliases?: string[] | null;
  summary?: string | null;
  date?: DateValue | null;
}

export interface NewRelation {
  id?: string | null;
  type: string;
  from: string;
  to: string;
  role?: string | null;
  date?: DateValue | null;
  note?: string | null;
  claims: ClaimValue[];
}

export interface RelationFields {
  role?: string | null;
  date?: DateValue | null;
  note?: string | null;
}

export interface NewSource {
  id: string;
  title: string;
  publisher?: string | null;
  author?: string | null;
  published?: DateValue | null;
  reliability: Reliability;
  note?: string | null;
}
