import type { Filters } from './filters';
import { DEFAULT_URL_STATE, type LayoutName, type PathQuery, type Tab, type UrlState } from './urlState';
import { EMPTY_HISTORY, appliedOps, assertNever, pushOp, redo, undo, type ViewHistory, type ViewOp } from './view';

// The explorer's state and every way it changes, with no React in it: the page's hooks only
// dispatch these actions, and the URL is a projection of this state.

export interface ExplorerState {
  selected: string | null;
  history: ViewHistory;
  filters: Filters;
  layout: LayoutName;
  asOf: string | null;
  path: PathQuery | null;
  tab: Tab;
}

export type ExplorerAction =
  | { type: 'select'; id: string | null }
  | { type: 'op'; op: ViewOp }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'filters'; filters: Filters }
  | { type: 'layout'; layout: LayoutName }
  | { type: 'asOf'; asOf: string | null }
  | { type: 'path'; path: PathQuery | null }
  | { type: 'tab'; tab: Tab }
  /** Back, Forward, or a saved view: the whole state of an earlier place. */
  | { type: 'restore'; state: ExplorerState };

export function explorerReducer(state: ExplorerState, action: ExplorerAction): ExplorerState {
  switch (action.type) {
    case 'select':
      return state.selected === action.id ? state : { ...state, selected: action.id };
    case 'op': {
      // Hiding the selected entity also clears the selection, so the panel never describes
      // something the graph no longer shows.
      const selected = action.op.kind === 'hide' && action.op.id === state.selected ? null : state.selected;
      return { ...state, selected, history: pushOp(state.history, action.op) };
    }
    case 'undo':
      return { ...state, history: undo(state.history) };
    case 'redo':
      return { ...state, history: redo(state.history) };
    case 'filters':
      return { ...state, filters: action.filters };
    case 'layout':
      return { ...state, layout: action.layout };
    case 'asOf':
      return { ...state, asOf: action.asOf };
    case 'path':
      return { ...state, path: action.path };
    case 'tab':
      return { ...state, tab: action.tab };
    case 'restore':
      return action.state;
    default:
      return assertNever(action);
  }
}

/** The explorer state a permalink describes (its operations all applied). */
export function fromUrlState(url: UrlState): ExplorerState {
  return {
    selected: url.selected,
    history: url.ops.length > 0 ? { ops: url.ops, applied: url.ops.length } : EMPTY_HISTORY,
    filters: url.filters,
    layout: url.layout,
    asOf: url.asOf,
    path: url.path,
    tab: url.tab,
  };
}

/** What goes into the permalink: the redo tail is not part of what the page shows. */
export function toUrlState(state: ExplorerState): UrlState {
  return {
    ...DEFAULT_URL_STATE,
    selected: state.selected,
    ops: appliedOps(state.history),
    filters: state.filters,
    layout: state.layout,
    asOf: state.asOf,
    path: state.path,
    tab: state.tab,
  };
}
