export { download, exportName } from './download';
export { CSV_COLUMNS, csvCell, relationsToCsv } from './toCsv';
export { subgraphToJson, type SubgraphExport } from './toJson';
