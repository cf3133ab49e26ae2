export { loadDataset, DEFAULT_DATASET_DIR } from './loadDataset';
export { DatasetError, formatIssue, type DatasetIssue } from './DatasetError';
export { parseFuzzyDate, parseDateBound, DateParseError, MAX_EDTF_LENGTH, type FuzzyDate } from './dates';
export type * from './model';
export { findDisputes } from './buildDataset';
