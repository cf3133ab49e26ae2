import type { FuzzyDate } from '../api/types';
import { describeDate } from '../dates';
import { citationList } from './citations';
import type { Report } from './report';
import { toCsv, type CsvValue } from '../../../server/spreadsheet/writeCsv';

// The view as two spreadsheets: one row per entity, one row per relation. Dates in words, as
// EDTF and as their earliest and latest day; sources by title and paragraph. RFC 4180 quoting,
// CRLF, a BOM so spreadsheets read "¶" and accents right, and formulas defused (server/spreadsheet/writeCsv.ts).

type Cell = CsvValue;

function dateCells(date: FuzzyDate | null): Cell[] {
  return date ? [describeDate(date).words, date.edtf, date.earliest, date.latest] : ['undated', null, null, null];
}

const yesNo = (value: boolean) => (value ? 'yes' : 'no');

export const ENTITY_COLUMNS = [
  'ID', 'Name', 'Kind', 'Date', 'Date (EDTF)', 'Earliest', 'Latest', 'Disputed', 'Disputed fields',
  'Relations on view', 'Claims', 'Sources',
] as const;

/** One row per entity on view. */
export function entitiesCsv(report: Report): string {
  const relationCount = new Map<string, number>();
  for (const relation of report.relations) {
    for (const id of new Set([relation.from.id, relation.to.id])) relationCount.set(id, (relationCount.get(id) ?? 0) + 1);
  }
  const rows = report.entities.map((entity) => {
    const claims = report.claimsOf(entity.id);
    return [
      entity.id, entity.name, report.kinds.look(entity.kind).label, ...dateCells(entity.date), yesNo(entity.disputed), entity.disputedFields.join(', '),
      relationCount.get(entity.id) ?? 0, claims.length, citationList(claims),
    ];
  });
  return toCsv(ENTITY_COLUMNS, rows);
}

export const RELATION_COLUMNS = [
  'ID', 'From', 'Relation', 'To', 'Type', 'Role', 'Date', 'Date (EDTF)', 'Earliest', 'Latest', 'Disputed', 'Disputed fields',
  'Note', 'Claims', 'Sources', 'From ID', 'To ID', 'From kind', 'To kind',
] as const;

/** One row per relation on view, in date order. */
export function relationsCsv(report: Report): string {
  const rows = report.relations.map((relation) => {
    const claims = report.claimsOf(relation.id);
    return [
      relation.id, relation.from.name, relation.label, relation.to.name, relation.type, relation.role, ...dateCells(relation.date),
      yesNo(relation.disputed), relation.disputedFields.join(', '), report.noteOf(relation.id), claims.length, citationList(claims),
      relation.from.id, relation.to.id, report.kinds.look(relation.from.kind).label, report.kinds.look(relation.to.kind).label,
    ];
  });
  return toCsv(RELATION_COLUMNS, rows);
}
