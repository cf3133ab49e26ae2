import type { ClaimFileRecord, DatasetFileRecords, EntityFileRecord, FigureFileRecord, RelationFileRecord } from '../dataset/datasetFileRecords';
import { sheet, SHEETS, type SheetName } from './columns';
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
  /** False when a file could not be read at all: references between records are then not checked (each would be a second report of that one problem). */
  complete: boolean;
}

type Building<T> = { record: T; origin: RecordOrigin; figures: (FigureFileRecord & { claims: ClaimFileRecord[] })[]; claims: ClaimFileRecord[] };

const recordOrigin = (name: SheetName, row: SheetRow): RecordOrigin => ({ origin: { sheet: name, row: row.row }, figures: [], claims: [] });

/** Reads every CSV file of a folder into data-set records, reporting every problem found in the cells and between rows. */
export function assembleRecords(directory: string, problems: SpreadsheetProblem[]): AssembledRecords {
  const rejectedIds = new Set<string>();
  const sheetRows = new Map<SheetName, SheetRow[] | null>();
  for (const { name } of SHEETS) sheetRows.set(name, readSheet(directory, sheet(name), problems));
  const complete = [...sheetRows].every(([name, rows]) => rows !== null || sheet(name).optional);
  const rowsOf = (name: SheetName) => sheetRows.get(name) ?? [];

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
  // A repeated id is reported by the data-set checks; its rows share the claims that name the
  // id, so they are not also reported as having none.
  const collect = <T extends { id: string }>(name: 'entities' | 'relations', byId: Map<string, Building<T>>, list: Building<T>[]) => {
    for (const { record, row } of build(name, 'id')) {
      const first = byId.get(record.id as string);
      const origin = recordOrigin(name, row);
      const entry: Building<T> = first
        ? { record: record as T, origin: { ...origin, figures: first.origin.figures, claims: first.origin.claims }, figures: first.figures, claims: first.claims }
        : { record: record as T, origin, figures: [], claims: [] };
      list.push(entry);
      if (!first) byId.set(entry.record.id, entry);
    }
  };
  collect('entities', entities, entityList);
  collect('relations', relations, relationList);

  const unknownRecord = (id: string) => (relations.has(id) ? `${quote(id)} is a relation; figures belong to entities` : `no entity with id ${quote(id)} in entities.csv`);
  // A figure refused for its own problem: claims that name it are not reported again.
  const rejectedFigures = new Set<string>();
  for (const row of rowsOf('figures')) {
    const figure = rowToRecord(sheet('figures'), row, problems);
    const id = row.cells.get('record');
    if (id === undefined) continue;
    if (!figure) {
      rejectedFigures.add(`${id}\u0000${row.cells.get('figure') ?? ''}`);
      continue;
    }
    const entity = entities.get(id);
    if (entity) {
      entity.figures.push({ ...(figure as FigureFileRecord), claims: [] });
      entity.origin.figures.push({ origin: { sheet: 'figures', row: row.row }, claims: [] });
    } else if (!rejectedIds.has(id) && complete) {
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
      if (!rejectedIds.has(id) && complete) report('record', `no entity or relation with id ${quote(id)}`);
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
      const named = NUMBERED.exec(figureCell)?.[1] ?? figureCell;
      if (!rejectedFigures.has(`${id}\u0000${figureCell}`) && !rejectedFigures.has(`${id}\u0000${named}`)) report('figure', found.replace('%', quote(id)));
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
    complete,
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
