export { explorerReducer, fromUrlState, toUrlState, type ExplorerAction, type ExplorerState } from './explorer';
export { applyFilters, countForFilters, isFiltering, NO_FILTERS, overlapsRange, parseBound, type FilterCounts, type Filters } from './filters';
export { dayToMonthIndex, monthIndexToDay, yearSpan } from './months';
export { DEFAULT_URL_STATE, LAYOUTS, TABS, parseUrlState, serializeUrlState, type LayoutName, type PathQuery, type Tab, type UrlState } from './urlState';
export { appliedOps, canRedo, canUndo, EMPTY_HISTORY, MAX_FOCUS_DEPTH, pushOp, redo, undo, visibleEntityIds, type ViewHistory, type ViewOp } from './view';
export { bindPicture, decodePicture, encodePicture, type Extent, type Picture, type PictureCode, type Point } from './picture';
export { historyStep, placeEntry, readPlace, readPlaceEntry, SETTLE_MS, type PlaceEntry, type Step } from './placeHistory';
export { describeLinkProblems, linkSearch, LINK_PICTURE_MAX_CHARS, pictureParam, unreadLinkParts } from './links';
export { checkViewName, parseSavedViews, withView, withoutView, type SavedView, type StoredViews } from './savedViews';
