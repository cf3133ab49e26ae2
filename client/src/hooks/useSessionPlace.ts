import { useCallback, useRef, useState, type RefObject } from 'react';
import type { GraphCanvasHandle, PictureRequest } from '../components/GraphCanvas';
import type { PictureOutcome } from '../graph';
import { decodePicture, describeLinkProblems, encodePicture, LINK_PICTURE_MAX_CHARS, linkSearch, pictureParam, readPlace, type SavedView } from '../state';
import { useExplorerState } from './useExplorerState';

/**
 * Above this many nodes a history entry keeps no picture (Back lays out afresh): the picture is
 * taken on every change, and reading 1,500 positions takes tens of milliseconds.
 */
const HISTORY_PICTURE_MAX_NODES = 500;

interface PendingPicture extends PictureRequest {
  /** Say so when it cannot be restored (a link or saved view; Back falls back quietly). */
  announce: boolean;
  /** Centre on this when the picture cannot be restored. */
  selected: string | null;
}

export interface Link {
  url: string;
  search: string;
  /** Set when the link could not carry everything (the positions of a very large graph). */
  note: string | null;
}

/**
 * The explorer state with the user's place kept: history entries for Back and Forward, the
 * picture a link or a saved view brings, links to copy, views to open, and a notice when a link
 * could not be read. `centre` is filled in by the caller once its actions exist.
 */
export function useSessionPlace(canvas: RefObject<GraphCanvasHandle | null>) {
  const centre = useRef<(id: string) => void>(() => {});
  const [picture, setPicture] = useState<PendingPicture | null>(() => {
    const token = pictureParam(window.location.search);
    return token && decodePicture(token).ok ? { token, seq: 1, announce: true, selected: null } : null;
  });
  const [notice, setNotice] = useState<string | null>(() => describeLinkProblems(window.location.search));
  const show = useCallback((token: string, announce: boolean, selected: string | null) => setPicture((p) => ({ token, seq: (p?.seq ?? 0) + 1, announce, selected })), []);

  const capture = useCallback(() => {
    const now = canvas.current?.placement(HISTORY_PICTURE_MAX_NODES);
    return now ? encodePicture(now) : null;
  }, [canvas]);

  const [state, dispatch, { open }] = useExplorerState({
    capture,
    onRestored: ({ picture: token, selected, selectionChanged }) => {
      if (token) show(token, false, selected);
      else if (selected && selectionChanged) centre.current(selected);
    },
  });

  const onPicture = useCallback(
    (seq: number, outcome: PictureOutcome) => {
      if (outcome.ok || !picture || picture.seq !== seq) return;
      if (picture.announce) setNotice(`The positions and zoom this link keeps could not be restored (${outcome.reason}); the graph is laid out afresh.`);
      if (picture.selected) centre.current(picture.selected);
    },
    [picture],
  );

  const link = useCallback((): Link => {
    const now = canvas.current?.placement() ?? null;
    let token = now ? encodePicture(now) : null;
    let note: string | null = null;
    if (token && token.length > LINK_PICTURE_MAX_CHARS) {
      token = null;
      note = 'The graph is too large for a link to keep its positions: the link keeps the view and filters, and the page lays it out afresh.';
    }
    const search = linkSearch(state, token);
    return { url: `${window.location.origin}${window.location.pathname}${search}`, search, note };
  }, [canvas, state]);

  const openView = useCallback(
    (view: SavedView) => {
      const problems = describeLinkProblems(view.search);
      setNotice(problems ? problems.replace('This link', `The view “${view.name}”`) : null);
      const next = readPlace(view.search, null);
      const token = pictureParam(view.search);
      const readable = token && decodePicture(token).ok ? token : null;
      open(next, readable);
      if (readable) show(readable, true, next.selected);
      else if (next.selected) centre.current(next.selected);
    },
    [open, show],
  );

  return { state, dispatch, picture, onPicture, link, openView, notice, dismissNotice: () => setNotice(null), centre };
}
