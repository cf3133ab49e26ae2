import { useCallback, useEffect, useReducer, useRef, type Dispatch } from 'react';
import { explorerReducer, historyStep, pictureParam, placeEntry, readPlace, readPlaceEntry, serializeUrlState, toUrlState, type ExplorerAction, type ExplorerState, type Step } from '../state';

export interface PlaceOptions {
  /** The picture on screen now as a token, kept with the place being left; null when there is none. */
  capture: () => string | null;
  /** Back or Forward brought back a place: its picture, when one was kept, and its selection. */
  onRestored: (place: { picture: string | null; selected: string | null; selectionChanged: boolean }) => void;
}

export interface PlaceControls {
  /** Goes to a whole state (a saved view) as a new place, with the picture to show there. */
  open: (state: ExplorerState, picture: string | null) => void;
}

function sameHistory(a: ExplorerState, b: ExplorerState): boolean {
  return a.history.applied === b.history.applied && JSON.stringify(a.history.ops) === JSON.stringify(b.history.ops);
}

function urlOf(state: ExplorerState): string {
  return `${window.location.pathname}${serializeUrlState(toUrlState(state))}${window.location.hash}`;
}

/**
 * The explorer state, started from the URL and written back to it: the places a user would go
 * back to get their own history entries (state/placeHistory.ts says which), and Back and Forward
 * bring them back, the page's undo stack and the picture on screen included.
 */
export function useExplorerState(options?: PlaceOptions): readonly [ExplorerState, Dispatch<ExplorerAction>, PlaceControls] {
  const [state, rawDispatch] = useReducer(explorerReducer, undefined, () => readPlace(window.location.search, window.history.state));
  const written = useRef(state);
  const lastStep = useRef<Step | null>(null);
  const leaving = useRef<string | null>(null);
  const opening = useRef<{ picture: string | null } | null>(null);
  const latest = useRef(options);
  latest.current = options;

  // The first entry keeps its URL as it came (a link's picture included) and learns its undo stack.
  useEffect(() => {
    const kept = readPlaceEntry(window.history.state)?.picture ?? pictureParam(window.location.search);
    window.history.replaceState(placeEntry(written.current, kept), '', window.location.href);
  }, []);

  useEffect(() => {
    const previous = written.current;
    if (previous === state) return;
    written.current = state;
    const now = performance.now();
    const decision = opening.current ? { mode: 'push' as const, step: { kind: 'place' as const, at: now } } : historyStep(previous, state, lastStep.current, now);
    lastStep.current = decision.step;
    if (decision.mode === 'push') {
      // The place being left keeps what was on screen, for Back to show it again.
      const current = readPlaceEntry(window.history.state);
      if (current && leaving.current) window.history.replaceState({ ...current, picture: leaving.current }, '', window.location.href);
      window.history.pushState(placeEntry(state, opening.current?.picture ?? null), '', urlOf(state));
    } else {
      window.history.replaceState(placeEntry(state, null), '', urlOf(state));
    }
    leaving.current = null;
    opening.current = null;
  }, [state]);

  useEffect(() => {
    const onPop = (event: PopStateEvent) => {
      const restored = readPlace(window.location.search, event.state);
      const previous = written.current;
      // An entry that differs only by its #fragment (a skip link, say) is the place already shown.
      const sameUrl = urlOf(restored) === urlOf(previous);
      if (sameUrl && (!readPlaceEntry(event.state) || sameHistory(restored, previous))) return;
      // Already what the URL says: the write-back effect must not push it again.
      written.current = restored;
      lastStep.current = null;
      rawDispatch({ type: 'restore', state: restored });
      const picture = readPlaceEntry(event.state)?.picture ?? pictureParam(window.location.search);
      latest.current?.onRestored({ picture, selected: restored.selected, selectionChanged: restored.selected !== previous.selected });
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const dispatch = useCallback((action: ExplorerAction) => {
    leaving.current = latest.current?.capture() ?? null;
    rawDispatch(action);
  }, []);

  const open = useCallback((next: ExplorerState, picture: string | null) => {
    leaving.current = latest.current?.capture() ?? null;
    opening.current = { picture };
    rawDispatch({ type: 'restore', state: next });
  }, []);

  return [state, dispatch, { open }] as const;
}
