import type { EntitySummary, FuzzyDate, RelationSummary } from '../api/types';
import { describeDate } from '../dates';
import { citationList } from './citations';
import type { Report } from './report';

// The attributes GraphML and GEXF files carry for each node and edge, declared once with their
// types so both formats say the same thing: kind, label, dates (words, EDTF, earliest, latest),
// dispute, claim count and the sources cited.

export type AttributeType = 'string' | 'int' | 'double' | 'boolean';
export type AttributeValue = string | number | boolean | null;

export interface AttributeSpec<T> {
  /** Short, stable key: the column name in Gephi, yEd and Cytoscape. */
  name: string;
  type: AttributeType;
  value(item: T, report: Report): AttributeValue;
}

const dateAttributes = <T extends { date: FuzzyDate | null }>(): AttributeSpec<T>[] => [
  { name: 'date', type: 'string', value: (x) => (x.date ? describeDate(x.date).words : null) },
  { name: 'date_edtf', type: 'string', value: (x) => x.date?.edtf ?? null },
  { name: 'earliest', type: 'string', value: (x) => x.date?.earliest ?? null },
  { name: 'latest', type: 'string', value: (x) => x.date?.latest ?? null },
];

export const NODE_ATTRIBUTES: readonly AttributeSpec<EntitySummary>[] = [
  { name: 'label', type: 'string', value: (e) => e.name },
  // Cytoscape desktop shows a node's "name" column.
  { name: 'name', type: 'string', value: (e) => e.name },
  { name: 'kind', type: 'string', value: (e, r) => r.kinds.look(e.kind).label },
  ...dateAttributes<EntitySummary>(),
  { name: 'disputed', type: 'boolean', value: (e) => e.disputed },
  { name: 'disputed_fields', type: 'string', value: (e) => e.disputedFields.join(', ') || null },
  { name: 'degree', type: 'int', value: (e) => e.degree },
  { name: 'claims', type: 'int', value: (e, r) => r.claimsOf(e.id).length },
  { name: 'sources', type: 'string', value: (e, r) => citationList(r.claimsOf(e.id)) || null },
];

export const EDGE_ATTRIBUTES: readonly AttributeSpec<RelationSummary>[] = [
  { name: 'label', type: 'string', value: (x) => x.label },
  { name: 'type', type: 'string', value: (x) => x.type },
  { name: 'role', type: 'string', value: (x) => x.role },
  ...dateAttributes<RelationSummary>(),
  { name: 'disputed', type: 'boolean', value: (x) => x.disputed },
  { name: 'disputed_fields', type: 'string', value: (x) => x.disputedFields.join(', ') || null },
  { name: 'claims', type: 'int', value: (x, r) => r.claimsOf(x.id).length },
  { name: 'sources', type: 'string', value: (x, r) => citationList(r.claimsOf(x.id)) || null },
  { name: 'note', type: 'string', value: (x, r) => r.noteOf(x.id) },
];

/** Graph-level facts: what the file is a view of. */
export function graphFacts(report: Report): { name: string; value: string }[] {
  return [
    { name: 'title', value: report.title },
    { name: 'view', value: report.subtitle },
    { name: 'filters', value: report.filters },
    { name: 'as_of', value: report.asOf },
    { name: 'exported', value: report.exported },
    { name: 'sources_cited', value: report.sources.map((s) => s.source.title).join('\n') },
  ];
}

/** Where a node was drawn, when the picture is known. */
export type Positions = ReadonlyMap<string, { x: number; y: number }>;
