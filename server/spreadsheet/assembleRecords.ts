import type { ClaimFileRecord, DatasetFileRecords, EntityFileRecord, FigureFileRecord, RelationFileRecord } from '../dataset/datasetFileRecords';
import { sheet, type SheetName } from './columns';
import type { RecordOrigin, RowOrigin } from './origins';
import { readSheet, type SheetRow } from './readSheet';
import { rowToRecord, type RowRecord } from './rowToRecord';
import { quote, type SpreadsheetProblem } from './SpreadsheetError';

/** The data-set records the CSV files describe, and where each came from. */
export interface AssembledRecords {
  records: Omit<DatasetFileRecords, 'info'> & { info: DatasetFileRecords['info'] | null };
  /** Per list of records (kinds, entities, ...), the origin of each record, in the same order. */
  origins: { [K in Exclude<keyof DatasetFileRecords, 'info'>]: RecordOrigin[] } & { info: RecordOrigin | null };
  /** Keys of rows refused for a problem of their own: references to them raise no second problem. */
  rejectedIds: Set<string>;
}

type Building<T> = { record: T; origin: RecordOrigin; figures: (FigureFileRecord & { claims: ClaimFileRecord[] })[]; claims: ClaimFileRecord[] };

const recordOrigin = (name: SheetName, row: SheetRow): RecordOrigin => ({ origin: { sheet: name, row: row.row }, figures: [], claims: [] });

/** Reads every CSV file of a folder into data-set records, reporting every problem found in the cells and between rows. */
export function assembleRecords(directory: string, problems: SpreadsheetProblem[]): AssembledRecords {
  const rejectedIds = new Set<string>();
  const rowsOf = (name: SheetName) => readSheet(directory, sheet(name), problems) ?? [];

  // Each sheet's rows as records; a refused row's key is remembered so nothing cascades from it.
  const build = (name: SheetName, key: string) => {
    const built: { record: RowRecord; row: SheetRow }[] = [];
    for (const row of rowsOf(name)) {
      const record = rowToRecord(sheet(name), row, problems);
      if (record) built.push({ record, row });
      else if (row.cells.has(key)) rejectedIds.add(row.cells.get(key) as string);
    }
    return built;
  };
  const plain = <T>(name: SheetName, key: string) => {
    const built = build(name, key);
    return { records: built.map((entry) => entry.record as T), origins: built.map((entry) => recordOrigin(name, entry.row)) };
  };

  const info = build('dataset', 'title');
  const infoRows = info.length;
  if (infoRows > 1) {
    for (const extra of info.slice(1)) problems.push({ file: sheet('dataset').file, row: extra.row.row, column: null, message: 'only one row is allowed: the inquiry' });
  }
  if (infoRows === 0 && !problems.some((problem) => problem.file === sheet('dataset').file)) {
    problems.push({ file: sheet('dataset').file, row: 2, column: null, message: 'needs one row describing the inquiry' });
  }
  const kinds = plain<DatasetFileRecords['kinds'][number]>('kinds', 'kind');
  const vocabulary = plain<DatasetFileRecords['vocabulary'][number]>('vocabulary', 'type');
  const sources = plain<DatasetFileRecords['sources'][number]>('sources', 'id');

  const entities = new Map<string, Building<EntityFileRecord>>();
  const relations = new Map<string, Building<RelationFileRecord>>();
  const entityList: Building<EntityFileRecord>[] = [];
  const relationList: Building<RelationFileRecord>[] = [];
  for (const { record, row } of build('entities', 'id')) {
    const entry = { record: record as EntityFileRecord, origin: recordOrigin('entities', row), figures: [], claims: [] };
    entityList.push(entry);
    if (!entities.has(entry.record.id)) entities.set(entry.record.id, entry);
  }
  for (const { record, row } of build('relations', 'id')) {
    const entry = { record: record as RelationFileRecord, origin: recordOrigin('relations', row), figures: [], claims: [] };
    relationList.push(entry);
    if (!relations.has(entry.record.id)) relations.set(entry.record.id, entry);
  }

  const unknownRecord = (id: string) => (relations.has(id) ? `${quote(id)} is a relation; figures belong to entities` : `no entity with id ${quote(id)} in entities.csv`);
  for (const row of rowsOf('figures')) {
    const figure = rowToRecord(sheet('figures'), row, problems);
    const id = row.cells.get('record');
    if (!figure || id === undefined) continue;
    const entity = entities.get(id);
    if (entity) {
      entity.figures.push({ ...(figure as FigureFileRecord), claims: [] });
      entity.origin.figures.push({ origin: { sheet: 'figures', row: row.row }, claims: [] });
    } else if (!rejectedIds.has(id)) {
      problems.push({ file: sheet('figures').file, row: row.row, column: 'record', message: unknownRecord(id) });
    }
  }

  for (const row of rowsOf('claims')) {
    const claim = rowToRecord(sheet('claims'), row, problems) as ClaimFileRecord | null;
    const id = row.cells.get('record');
    if (!claim || id === undefined) continue;
    const origin: RowOrigin = { sheet: 'claims', row: row.row };
    const report = (column: string, message: string) => problems.push({ file: sheet('claims').file, row: row.row, column, message });
    const target = entities.get(id) ?? relations.get(id);
    if (!target) {
      if (!rejectedIds.has(id)) report('record', `no entity or relation with id ${quote(id)}`);
      continue;
    }
    const figureCell = row.cells.get('figure');
    if (figureCell === undefined) {
      target.claims.push(claim);
      target.origin.claims.push(origin);
      continue;
    }
    const found = findFigure(target.figures, figureCell);
    if (typeof found === 'string') {
      report('figure', found.replace('%', quote(id)));
      continue;
    }
    (target.figures[found] as Building<EntityFileRecord>['figures'][number]).claims.push(claim);
    (target.origin.figures[found] as RecordOrigin['figures'][number]).claims.push(origin);
  }

  const finish = <T>(entry: Building<T>): T => ({ ...entry.record, ...(entry.figures.length > 0 ? { figures: entry.figures } : {}), claims: entry.claims });
  return {
    records: {
      info: (info[0]?.record as DatasetFileRecords['info'] | undefined) ?? null,
      kinds: kinds.records,
      vocabulary: vocabulary.records,
      sources: sources.records,
      entities: entityList.map(finish),
      relations: relationList.map(finish),
    },
    origins: {
      info: info[0] ? recordOrigin('dataset', info[0].row) : null,
      kinds: kinds.origins,
      vocabulary: vocabulary.origins,
      sources: sources.origins,
      entities: entityList.map((entry) => entry.origin),
      relations: relationList.map((entry) => entry.origin),
    },
    rejectedIds,
  };
}

const NUMBERED = /^(.*) #(\d+)$/;

/**
 * The index of the figure a claim's `figure` cell names: its name, or "name #n" for the n-th of
 * several figures with that name. A message (with % for the record's id) when there is none.
 */
function findFigure(figures: readonly { name: string }[], cell: string): number | string {
  const sameName = (name: string) => figures.flatMap((figure, index) => (figure.name === name ? [index] : []));
  const exact = sameName(cell);
  if (exact.length === 1) return exact[0] as number;
  if (exact.length > 1) return `${exact.length} figures of % are named ${quote(cell)}: write ${quote(`${cell} #1`)} for the first of them in figures.csv`;
  const numbered = NUMBERED.exec(cell);
  if (numbered) {
    const candidates = sameName(numbered[1] as string);
    const position = Number(numbered[2]);
    if (candidates.length > 0) {
      if (position >= 1 && position <= candidates.length) return candidates[position - 1] as number;
      return `% has ${candidates.length} figure(s) named ${quote(numbered[1] as string)}, not ${position}`;
    }
  }
  return `% has no figure named ${quote(cell)} in figures.csv`;
}
