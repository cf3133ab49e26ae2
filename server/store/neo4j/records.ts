import { isDate, isInt } from 'neo4j-driver';
import { parseFuzzyDate, type Claim, type DatasetInfo, type Dispute, type Entity, type EntityKind, type EntityKindInfo, type Figure, type FuzzyDate, type Relation, type RelationType, type Reliability, type Source } from '../../dataset';
import type { EntityRef } from '../GraphStore';

// Turns property maps read from Neo4j back into the data-set model, field for field, so the
// Neo4j store answers with exactly the objects the embedded store holds. The property layout is
// written by cypher/load-*.cypher; dates are stored as `date` values (earliest, latest) plus the
// EDTF string and wording, claims and figures as JSON strings.

type Props = { readonly [key: string]: unknown };

class StoredDataError extends Error {
  constructor(what: string, key: string, value: unknown) {
    super(`Neo4j holds an unexpected ${what}.${key}: ${JSON.stringify(value)} (load the data set again with db:load)`);
    this.name = 'StoredDataError';
  }
}

function props(value: unknown, what: string): Props {
  if (value === null || typeof value !== 'object') throw new StoredDataError(what, '(record)', value);
  return value as Props;
}

function text(record: Props, key: string, what: string): string {
  const value = record[key];
  if (typeof value !== 'string') throw new StoredDataError(what, key, value);
  return value;
}

function optionalText(record: Props, key: string, what: string): string | null {
  const value = record[key];
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') throw new StoredDataError(what, key, value);
  return value;
}

/** A number, whether the driver gives JavaScript numbers or its lossless Integer. */
export function toNumber(value: unknown): number | null {
  if (typeof value === 'number') return value;
  if (isInt(value)) return value.toNumber();
  return null;
}

function count(record: Props, key: string, what: string): number {
  const value = toNumber(record[key]);
  if (value === null) throw new StoredDataError(what, key, record[key]);
  return value;
}

/** Records loaded before versions were stored count as version 1 (as loaded). */
function version(record: Props, what: string): number {
  return record.version === null || record.version === undefined ? 1 : count(record, 'version', what);
}

function texts(record: Props, key: string, what: string): string[] {
  const value = record[key];
  // Neo4j does not keep a property holding an empty list's type; missing means empty.
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) throw new StoredDataError(what, key, value);
  return value as string[];
}

function json<T>(record: Props, key: string, what: string): T {
  return JSON.parse(text(record, key, what)) as T;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A Neo4j `date` as an ISO day ("2014-08-26"); null stays null. The row queries send years
 * 0-9999 already as Cypher's toString(date), which is the same text (see toEntityRow); any other
 * string is refused, as a stored string would have been before.
 */
function isoDay(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' && ISO_DAY.test(value)) return value;
  if (isDate(value)) return value.toString();
  throw new StoredDataError('date', '(value)', value);
}

function fuzzyDate(record: Props, what: string): FuzzyDate | null {
  const edtf = optionalText(record, 'edtf', what);
  if (edtf === null) return null;
  return { edtf, earliest: isoDay(record.earliest), latest: isoDay(record.latest), text: optionalText(record, 'dateText', what) };
}

/** How a record was read: `skipClaims` when the statement left claims and figures out (ClaimsNeed). */
export interface ReadShape {
  skipClaims?: boolean;
  /** The statement read id, kind and name only (and maybe aliases). */
  namesOnly?: boolean;
}

export function toEntity(value: unknown, shape: ReadShape = {}): Entity {
  const record = props(value, 'entity');
  const skip = shape.skipClaims === true || shape.namesOnly === true;
  if (shape.namesOnly === true) {
    const name = text(record, 'name', 'entity');
    return { id: text(record, 'id', 'entity'), kind: text(record, 'kind', 'entity') as EntityKind, name, aliases: texts(record, 'aliases', 'entity'), summary: '', date: null, figures: [], claims: [], disputedFields: [], version: version(record, 'entity') };
  }
  return {
    id: text(record, 'id', 'entity'),
    kind: text(record, 'kind', 'entity') as EntityKind,
    name: text(record, 'name', 'entity'),
    aliases: texts(record, 'aliases', 'entity'),
    summary: text(record, 'summary', 'entity'),
    date: fuzzyDate(record, 'entity'),
    figures: skip ? [] : json<Figure[]>(record, 'figuresJson', 'entity'),
    claims: skip ? [] : json<Claim[]>(record, 'claimsJson', 'entity'),
    disputedFields: texts(record, 'disputedFields', 'entity'),
    version: version(record, 'entity'),
  };
}

/**
 * Bulk queries (neighborhood, paths) send each entity and relation as a list of values in a fixed
 * order instead of a property map: the driver then decodes no key strings and no map per record,
 * and dates of years 0-9999 arrive as ISO strings (`toString(date)`, identical to the driver's
 * Date.toString() in that range) instead of Date structures it rebuilds with 64-bit Integer
 * arithmetic. At 100k entities (neighbourhood depth 2, ~430 entities + ~600 relations per
 * answer) this took the driver's decoding from ~25 ms to ~7 ms per answer. The Cypher side is
 * written from these orders by rowCypher.ts.
 */
export const ENTITY_ROW = ['id', 'kind', 'name', 'aliases', 'summary', 'edtf', 'earliest', 'latest', 'dateText', 'figuresJson', 'claimsJson', 'disputedFields', 'version'] as const;
export const RELATION_ROW = ['id', 'type', 'label', 'from', 'to', 'role', 'edtf', 'earliest', 'latest', 'dateText', 'note', 'claimsJson', 'disputedFields', 'version'] as const;

/** The property map of a row sent in the order of `fields`. */
function fromRow(value: unknown, fields: readonly string[], what: string): Props {
  if (!Array.isArray(value) || value.length !== fields.length) throw new StoredDataError(what, '(row)', value);
  return Object.fromEntries(fields.map((field, index) => [field, value[index]]));
}

export const toEntityRow = (value: unknown): Entity => toEntity(fromRow(value, ENTITY_ROW, 'entity'));
export const toRelationRow = (value: unknown): Relation => toRelation(fromRow(value, RELATION_ROW, 'relation'));

/** From the projection `r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id}`. */
export function toRelation(value: unknown, shape: ReadShape = {}): Relation {
  const record = props(value, 'relation');
  return {
    id: text(record, 'id', 'relation'),
    type: text(record, 'type', 'relation'),
    label: text(record, 'label', 'relation'),
    from: text(record, 'from', 'relation'),
    to: text(record, 'to', 'relation'),
    role: optionalText(record, 'role', 'relation'),
    date: fuzzyDate(record, 'relation'),
    note: optionalText(record, 'note', 'relation'),
    claims: shape.skipClaims === true ? [] : json<Claim[]>(record, 'claimsJson', 'relation'),
    disputedFields: texts(record, 'disputedFields', 'relation'),
    version: version(record, 'relation'),
  };
}

function endRef(record: Props, end: 'from' | 'to'): EntityRef {
  return { id: text(record, end, 'relation'), kind: text(record, `${end}Kind`, 'relation') as EntityKind, name: text(record, `${end}Name`, 'relation') };
}

/** The ends of a relation read by relations-of.cypher (`fromKind`, `fromName`, `toKind`, `toName`). */
export function toRelationEnds(value: unknown): [EntityRef, EntityRef] {
  const record = props(value, 'relation');
  return [endRef(record, 'from'), endRef(record, 'to')];
}

export function toSource(value: unknown): Source {
  const record = props(value, 'source');
  return {
    id: text(record, 'id', 'source'),
    title: text(record, 'title', 'source'),
    publisher: optionalText(record, 'publisher', 'source'),
    author: optionalText(record, 'author', 'source'),
    published: fuzzyDate(record, 'source'),
    reliability: text(record, 'reliability', 'source') as Reliability,
    note: optionalText(record, 'note', 'source'),
    claimCount: count(record, 'claimCount', 'source'),
  };
}

export function toRelationType(value: unknown): RelationType {
  const record = props(value, 'relation type');
  const carriesKnowledge = record.carriesKnowledge;
  if (typeof carriesKnowledge !== 'boolean') throw new StoredDataError('relation type', 'carriesKnowledge', carriesKnowledge);
  const { passesKnowledge, creditsAuthor } = record;
  if (passesKnowledge !== null && passesKnowledge !== 'forward' && passesKnowledge !== 'backward' && passesKnowledge !== 'both') {
    throw new StoredDataError('relation type', 'passesKnowledge', passesKnowledge);
  }
  if (typeof creditsAuthor !== 'boolean') throw new StoredDataError('relation type', 'creditsAuthor', creditsAuthor);
  return {
    type: text(record, 'type', 'relation type'),
    label: text(record, 'label', 'relation type'),
    description: text(record, 'description', 'relation type'),
    carriesKnowledge,
    passesKnowledge,
    creditsAuthor,
  };
}

export function toKind(value: unknown): EntityKindInfo {
  const record = props(value, 'kind');
  if (typeof record.actor !== 'boolean') throw new StoredDataError('kind', 'actor', record.actor);
  return {
    kind: text(record, 'kind', 'kind'),
    label: text(record, 'label', 'kind'),
    plural: text(record, 'plural', 'kind'),
    shape: text(record, 'shape', 'kind'),
    colour: text(record, 'colour', 'kind'),
    actor: record.actor,
  };
}

export function toDatasetInfo(value: unknown): DatasetInfo {
  const record = props(value, 'data set');
  return {
    title: text(record, 'title', 'data set'),
    description: text(record, 'description', 'data set'),
    period: parseFuzzyDate(text(record, 'periodEdtf', 'data set'), optionalText(record, 'periodText', 'data set')),
  };
}

export function toDispute(value: unknown): Dispute {
  const record = props(value, 'dispute');
  const kind = text(record, 'subjectKind', 'dispute');
  if (kind !== 'entity' && kind !== 'relation') throw new StoredDataError('dispute', 'subjectKind', kind);
  return {
    subject: { kind, id: text(record, 'subjectId', 'dispute') },
    field: text(record, 'field', 'dispute'),
    claims: json<Claim[]>(record, 'claimsJson', 'dispute'),
  };
}
