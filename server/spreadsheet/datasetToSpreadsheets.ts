import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type ClaimFileRecord, type DatasetFileRecords, type EntityFileRecord, readDatasetJson } from '../dataset/datasetFileRecords';
import { loadDataset } from '../dataset/loadDataset';
import { DOCUMENTS_FOLDER } from '../documents/readDocumentFiles';
import { sheet, SHEETS, type Column, type SheetName } from './columns';
import { LIST_SEPARATOR } from './rowToRecord';
import { toCsv } from './writeCsv';

// The data-set records written as the spreadsheet form, as columns.ts lays it out: an import of
// what this writes gives the same records back.

function fieldValue(record: object, field: string): unknown {
  let value: unknown = record;
  for (const key of field.split('.')) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return value;
}

function cellText(column: Column, value: unknown, where: string): string {
  if (value === undefined || value === null) return '';
  if (column.type === 'yesno') return value ? 'yes' : 'no';
  if (column.type === 'list') {
    const values = value as string[];
    const bad = values.find((item) => item.includes(LIST_SEPARATOR));
    if (bad !== undefined) throw new Error(`${where}: the ${column.name} value "${bad}" holds "${LIST_SEPARATOR}", which separates values in a cell`);
    return values.join(` ${LIST_SEPARATOR} `);
  }
  return String(value);
}

/** One row of a sheet: the record's value for each column, and the given cells for columns with no field (record, figure). */
function toRow(name: SheetName, record: object, keys: Record<string, string> = {}): string[] {
  return sheet(name).columns.map((column) => (column.field === null ? (keys[column.name] ?? '') : cellText(column, fieldValue(record, column.field), `${name} ${keys.record ?? ''}`)));
}

/** A figure's name as a claim names it: with " #n" when the entity has several of that name. */
function figureNames(entity: EntityFileRecord): string[] {
  const figures = entity.figures ?? [];
  return figures.map((figure, index) => {
    const same = figures.filter((other) => other.name === figure.name);
    if (same.length === 1 && !/ #\d+$/.test(figure.name)) return figure.name;
    return `${figure.name} #${figures.slice(0, index + 1).filter((other) => other.name === figure.name).length}`;
  });
}

/** The rows of every sheet for a data set's records. */
export function spreadsheetRows(records: DatasetFileRecords): Record<SheetName, string[][]> {
  const claims: string[][] = [];
  const figures: string[][] = [];
  const addClaims = (list: readonly ClaimFileRecord[], recordId: string, figure?: string) => {
    for (const claim of list) claims.push(toRow('claims', claim, { record: recordId, ...(figure === undefined ? {} : { figure }) }));
  };
  for (const entity of records.entities) {
    addClaims(entity.claims, entity.id);
    const names = figureNames(entity);
    (entity.figures ?? []).forEach((figure, index) => {
      figures.push(toRow('figures', figure, { record: entity.id }));
      addClaims(figure.claims, entity.id, names[index]);
    });
  }
  for (const relation of records.relations) addClaims(relation.claims, relation.id);
  return {
    dataset: [toRow('dataset', records.info)],
    kinds: records.kinds.map((kind) => toRow('kinds', kind)),
    vocabulary: records.vocabulary.map((type) => toRow('vocabulary', type)),
    sources: records.sources.map((source) => toRow('sources', source)),
    entities: records.entities.map((entity) => toRow('entities', entity)),
    relations: records.relations.map((relation) => toRow('relations', relation)),
    figures,
    claims,
  };
}

/**
 * Writes a data set as CSV files into `outDir` (created if needed; files of the same names are
 * replaced). `from` is a data-set folder (checked with loadDataset first; its documents/ folder
 * is copied too) or the records themselves.
 */
export async function datasetToSpreadsheets(from: string | DatasetFileRecords, outDir: string): Promise<void> {
  let records: DatasetFileRecords;
  if (typeof from === 'string') {
    await loadDataset(resolve(from));
    records = readDatasetJson(resolve(from));
  } else {
    records = from;
  }
  const rows = spreadsheetRows(records);
  mkdirSync(outDir, { recursive: true });
  for (const of of SHEETS) {
    writeFileSync(join(outDir, of.file), toCsv(of.columns.map((column) => column.name), rows[of.name]));
  }
  if (typeof from === 'string' && existsSync(join(from, DOCUMENTS_FOLDER))) {
    cpSync(join(from, DOCUMENTS_FOLDER), join(outDir, DOCUMENTS_FOLDER), { recursive: true });
  }
}
