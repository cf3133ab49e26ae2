import { useCallback, useEffect, useMemo, useRef, type RefObject } from 'react';
import type { GraphCanvasHandle } from '../components/GraphCanvas';
import type { PathQuery, Tab } from '../state';
import type { GraphKeyActions } from './useGraphKeyboard';
import { isPhoneScreen } from './phoneScreen';

type End = { id: string; name: string } | null;
export interface PathEnds {
  from: End;
  to: End;
}
type Side = keyof PathEnds;

interface Regions {
  header: RefObject<HTMLElement | null>;
  view: RefObject<HTMLElement | null>;
  paths: RefObject<HTMLElement | null>;
  details: RefObject<HTMLElement | null>;
}

interface Options {
  canvas: RefObject<GraphCanvasHandle | null>;
  regions: Regions;
  tab: Tab;
  selected: string | null;
  ends: PathEnds;
  setEnds: (ends: PathEnds) => void;
  nameOf: (id: string) => string;
  select: (id: string | null) => void;
  onFind: (query: PathQuery) => void;
}

/** Where the focus goes once the path panel has redrawn for new ends. */
type PathFocus = 'from' | 'to' | 'find' | 'results';

const OTHER: Record<Side, Side> = { from: 'to', to: 'from' };

/**
 * Where the keyboard focus goes as the user works, so that a task takes few keys and the focus
 * never falls to <body>: a picked search hit puts the focus on its node in the graph; a chosen
 * path end moves on to the other end, then to "Find paths" (or straight to the paths, when the
 * graph's F and T keys complete the pair); Enter on a node opens its details, Escape there comes
 * back to the graph.
 */
export function useKeyboardFlow({ canvas, regions, tab, selected, ends, setEnds, nameOf, select, onFind }: Options) {
  const pendingPathFocus = useRef<PathFocus | null>(null);

  /** The graph when it is shown, else whatever view replaced it. */
  const focusView = useCallback(
    (id: string | null = null) => {
      if (tab === 'graph') canvas.current?.focus(id);
      else regions.view.current?.focus();
    },
    [tab, canvas, regions.view],
  );
  // Opening a node's details on a phone turns them into a sheet over the screen: scrolling the
  // page down to where they sat would carry the graph away.
  const focusDetails = useCallback((options?: FocusOptions) => regions.details.current?.focus(options), [regions.details]);
  const focusSearch = useCallback(() => regions.header.current?.querySelector<HTMLInputElement>('.search-box input')?.focus(), [regions.header]);

  /** Sets one end of the path; completes the query when asked to and the other end is known. */
  const choosePathEnd = useCallback(
    (side: Side, id: string, { find }: { find: boolean }) => {
      const next = { ...ends, [side]: { id, name: nameOf(id) } };
      setEnds(next);
      const other = next[OTHER[side]];
      if (find && other && other.id !== id) {
        onFind({ from: next.from!.id, to: next.to!.id });
        pendingPathFocus.current = 'results';
      } else {
        pendingPathFocus.current = other ? 'find' : OTHER[side];
      }
    },
    [ends, setEnds, nameOf, onFind],
  );

  /** Ends picked in the path panel's own boxes: move on to the next thing to fill in. */
  const onPathEnds = useCallback(
    (next: PathEnds) => {
      const changed: Side | null = next.from?.id !== ends.from?.id ? 'from' : next.to?.id !== ends.to?.id ? 'to' : null;
      setEnds(next);
      if (changed && next[changed]) pendingPathFocus.current = next[OTHER[changed]] ? 'find' : OTHER[changed];
    },
    [ends, setEnds],
  );

  // After the panel has redrawn (its boxes are remade when an end changes).
  useEffect(() => {
    const target = pendingPathFocus.current;
    const panel = regions.paths.current;
    if (!target || !panel) return;
    pendingPathFocus.current = null;
    const selector = { from: '[data-testid=path-from]', to: '[data-testid=path-to]', find: '[data-testid=path-find]', results: null }[target];
    const element = selector ? panel.querySelector<HTMLElement>(selector) : panel;
    (element ?? panel).focus();
  }, [ends, regions.paths]);

  const graphKeys = useMemo<GraphKeyActions>(
    () => ({
      onOpen: (id) => {
        select(id);
        focusDetails({ preventScroll: true });
      },
      onPathEnd: (side, id) => choosePathEnd(side, id, { find: true }),
      onLeave: () => select(null),
      onSearch: focusSearch,
    }),
    [select, focusDetails, choosePathEnd, focusSearch],
  );

  const isSheet = isPhoneScreen;
  /** Closes the phone's bottom sheet: the selection goes, the focus returns to its node. */
  const closeDetails = useCallback(() => {
    const was = selected;
    select(null);
    focusView(was);
  }, [selected, select, focusView]);
  const onDetailsEscape = useCallback(() => (isSheet() ? closeDetails() : focusView(selected)), [closeDetails, focusView, selected]);

  return {
    graphKeys,
    /** A hit picked in the main search: its node takes the focus. */
    onSearchPicked: (id: string) => focusView(id),
    onPathEnds,
    /** "Path from/to here" in the details: as the graph's F and T, but leaving the search to the user. */
    choosePathEnd: (side: Side, id: string) => choosePathEnd(side, id, { find: false }),
    skipToView: () => focusView(selected),
    skipToDetails: () => focusDetails(),
    closeDetails,
    onDetailsEscape,
  };
}
