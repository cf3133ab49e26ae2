export { importSpreadsheets, type ImportCounts } from './importSpreadsheets';
export { SpreadsheetError, formatProblem, type SpreadsheetProblem } from './SpreadsheetError';
export { SHEETS, type Sheet, type Column } from './columns';
export { datasetToSpreadsheets } from './datasetToSpreadsheets';
export { writeTemplate, TemplateExistsError } from './writeTemplate';
