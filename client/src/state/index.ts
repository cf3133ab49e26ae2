export { explorerReducer, fromUrlState, toUrlState, type ExplorerAction, type ExplorerState } from './explorer';
export { applyFilters, countForFilters, isFiltering, NO_FILTERS, overlapsRange, parseBound, type FilterCounts, type Filters } from './filters';
export { dayToMonthIndex, monthIndexToDay, yearSpan } from './months';
export { DEFAULT_URL_STATE, LAYOUTS, TABS, parseUrlState, serializeUrlState, type LayoutName, type PathQuery, type Tab, type UrlState } from './urlState';
export { appliedOps, canRedo, canUndo, EMPTY_HISTORY, pushOp, redo, undo, visibleEntityIds, type ViewHistory, type ViewOp } from './view';
export { tidyPathQuery } from './pathQuery';
