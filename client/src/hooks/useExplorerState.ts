import { useEffect, useReducer } from 'react';
import { explorerReducer, fromUrlState, toUrlState, parseUrlState, serializeUrlState } from '../state';

/** The explorer state, started from the URL and written back to it on every change. */
export function useExplorerState() {
  const [state, dispatch] = useReducer(explorerReducer, undefined, () => fromUrlState(parseUrlState(window.location.search)));
  useEffect(() => {
    const search = serializeUrlState(toUrlState(state));
    if (search !== window.location.search) {
      // replaceState: exploring is many small steps; the page's own undo covers going back.
      window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}${window.location.hash}`);
    }
  }, [state]);
  return [state, dispatch] as const;
}
