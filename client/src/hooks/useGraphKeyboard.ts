import type { Core, NodeSingular } from 'cytoscape';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { EntityKind } from '../api';
import { KEYBOARD_FOCUS_CLASS } from '../graph';
import { isArrowKey, nodeInDirection, type ArrowKey } from '../graph/keyboardNav';
import { useProfile, type KindRegistry } from '../profile';

/** What the graph's keys do beyond moving the focus; the page decides what each means. */
export interface GraphKeyActions {
  /** Enter or Space on a node: select it and show its details. */
  onOpen: (id: string) => void;
  /** F or T on a node: make it the start or the end of a path. */
  onPathEnd: (side: 'from' | 'to', id: string) => void;
  /** Escape with no earlier node to go back to. */
  onLeave: () => void;
  /** "/": go to the search box. */
  onSearch: () => void;
}

/** The keys, said once to screen readers when the graph takes the focus (aria-describedby). */
export const GRAPH_KEYS_HINT =
  'Arrow keys move to the neighbour that lies that way; Enter shows its details; F starts a path from it, T ends one at it; Escape goes back; slash goes to the search.';

/** The ring's width and gap on screen, whatever the zoom (Cytoscape sizes in model units). */
const RING_PX = 3;
const RING_GAP_PX = 3;
/** How close to the edge of the canvas a focused node may come before the view follows it. */
const EDGE_MARGIN = 40;

function describe(node: NodeSingular, kinds: KindRegistry): string {
  const kind = kinds.look(node.data('kind') as EntityKind).label;
  const neighbours = node.neighborhood('node').length;
  return `${node.data('name') ?? node.id()}, ${kind.toLowerCase()}, ${neighbours} neighbour${neighbours === 1 ? '' : 's'} on view.`;
}

/** Pans (without zooming) so the node is on screen with a margin, if it is not already. */
function keepInView(cy: Core, node: NodeSingular): void {
  const { x, y } = node.renderedPosition();
  if (x > EDGE_MARGIN && y > EDGE_MARGIN && x < cy.width() - EDGE_MARGIN && y < cy.height() - EDGE_MARGIN) return;
  cy.stop(true, true);
  cy.animate({ center: { eles: node } }, { duration: 200 });
}

/** The node a freshly focused graph starts on: the selection when drawn, else the node nearest the middle of the view. */
function startingNode(cy: Core, preferred: readonly (string | null)[]): NodeSingular | null {
  for (const id of preferred) {
    if (!id) continue;
    const node = cy.getElementById(id);
    if (node.nonempty() && node.isNode()) return node;
  }
  const middle = { x: cy.width() / 2, y: cy.height() / 2 };
  let best: NodeSingular | null = null;
  let bestDistance = Infinity;
  cy.nodes().forEach((node) => {
    const at = node.renderedPosition();
    const distance = Math.hypot(at.x - middle.x, at.y - middle.y);
    if (distance < bestDistance) {
      best = node;
      bestDistance = distance;
    }
  });
  return best;
}

/**
 * The graph by keyboard: the container takes the focus, one node at a time carries a visible
 * ring, arrow keys move the ring to the neighbour in the arrow's direction (by on-screen
 * position), Escape walks back along the way taken, and each move is announced through
 * `announcement` (for an aria-live region).
 */
export function useGraphKeyboard(cy: Core | null, container: RefObject<HTMLDivElement | null>, actions: RefObject<GraphKeyActions>, selected: string | null) {
  const focused = useRef<string | null>(null);
  const trail = useRef<string[]>([]);
  /** The node last asked for by focusNode, which may still be on its way to the graph. */
  const requested = useRef<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const { kinds } = useProfile();

  const paint = useCallback(() => {
    if (!cy || cy.destroyed()) return;
    cy.$(`.${KEYBOARD_FOCUS_CLASS}`).removeClass(KEYBOARD_FOCUS_CLASS).removeStyle('outline-width outline-offset');
    // As :focus-visible does for outlines: a ring after keys, none after a click or a tap.
    if (!container.current?.matches(':focus-visible') || !focused.current) return;
    const zoom = cy.zoom();
    cy.getElementById(focused.current)
      .addClass(KEYBOARD_FOCUS_CLASS)
      .style({ 'outline-width': RING_PX / zoom, 'outline-offset': RING_GAP_PX / zoom });
  }, [cy, container]);

  const moveTo = useCallback(
    (node: NodeSingular, { remember, follow = true }: { remember: boolean; follow?: boolean }) => {
      if (!cy) return;
      if (remember && focused.current && focused.current !== node.id()) trail.current.push(focused.current);
      focused.current = node.id();
      paint();
      if (follow) keepInView(cy, node);
      setAnnouncement(describe(node, kinds));
    },
    [cy, paint, kinds],
  );

  /** Puts the focus on the graph, on `id` when given (once it is drawn, if it is still coming). */
  const focusNode = useCallback(
    (id: string | null) => {
      if (id && id !== focused.current) {
        trail.current = [];
        focused.current = id;
      }
      requested.current = id;
      // Scrolled into view if need be: on a phone the graph may be above the fold.
      container.current?.focus();
      if (!cy || !focused.current) return;
      const node = cy.getElementById(focused.current);
      if (node.nonempty()) moveTo(node, { remember: false });
    },
    [cy, container, moveTo],
  );

  const selection = useRef(selected);
  selection.current = selected;

  useEffect(() => {
    const element = container.current;
    if (!cy || !element) return;

    // A click gives the canvas the focus before the tap: ring, announcement and panning wait for
    // the keys, or the view would move (and the page redraw) between the two clicks of a double click.
    let pointing = false;
    const onPointerDown = () => {
      pointing = true;
    };
    const onPointerUp = () => {
      pointing = false;
    };
    const onFocus = () => {
      if (pointing) return;
      const current = focused.current ? cy.getElementById(focused.current) : null;
      // Asked for by focusNode but not drawn yet: wait for it (onAdd) rather than pick another.
      if (current && current.empty() && focused.current === requested.current) return;
      const node = current && current.nonempty() ? current : startingNode(cy, [selection.current]);
      if (node) moveTo(node, { remember: false });
    };
    const onBlur = () => paint();
    const arrow = (key: ArrowKey, from: NodeSingular) => {
      const neighbours = from.neighborhood().nodes();
      // A node with no neighbours on view would trap the focus: let it reach any node.
      const pool = neighbours.nonempty() ? neighbours : cy.nodes().not(from).nodes();
      const next = nodeInDirection(
        from.position(),
        pool.map((node) => ({ id: node.id(), position: node.position() })),
        key,
      );
      if (next) moveTo(cy.getElementById(next), { remember: true });
      else setAnnouncement(`No neighbour of ${from.data('name') ?? from.id()} lies that way.`);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.target !== element || event.altKey || event.ctrlKey || event.metaKey) return;
      const node = focused.current ? cy.getElementById(focused.current) : null;
      const id = node && node.nonempty() ? node.id() : null;
      const key = event.key;
      if (isArrowKey(key)) {
        event.preventDefault();
        if (node && id) arrow(key, node);
        else onFocus();
      } else if ((key === 'Enter' || key === ' ') && id) {
        event.preventDefault();
        actions.current.onOpen(id);
      } else if (key === 'Escape') {
        event.preventDefault();
        const back = trail.current.pop();
        const previous = back ? cy.getElementById(back) : null;
        if (previous && previous.nonempty()) moveTo(previous, { remember: false });
        else actions.current.onLeave();
      } else if ((key === 'f' || key === 'F' || key === 't' || key === 'T') && id) {
        event.preventDefault();
        actions.current.onPathEnd(key.toLowerCase() === 'f' ? 'from' : 'to', id);
      } else if (key === '/') {
        event.preventDefault();
        actions.current.onSearch();
      }
    };
    // A node tapped with the mouse or a finger becomes where the keys carry on from. The focus
    // itself is not moved here: focusing the canvas around a click made double clicks miss.
    const onTap = (event: { target: NodeSingular }) => {
      trail.current = [];
      focused.current = event.target.id();
      paint();
    };
    // A node asked for before it was drawn (a search hit being fetched) gets the ring once it is.
    const onAdd = (event: { target: NodeSingular }) => {
      if (event.target.id() === focused.current && document.activeElement === element) moveTo(event.target, { remember: false });
    };
    element.addEventListener('pointerdown', onPointerDown);
    window.addEventListener('pointerup', onPointerUp);
    element.addEventListener('focus', onFocus);
    cy.on('zoom', paint);
    element.addEventListener('blur', onBlur);
    element.addEventListener('keydown', onKeyDown);
    cy.on('tap', 'node', onTap);
    cy.on('add', 'node', onAdd);
    return () => {
      element.removeEventListener('pointerdown', onPointerDown);
      window.removeEventListener('pointerup', onPointerUp);
      element.removeEventListener('focus', onFocus);
      element.removeEventListener('blur', onBlur);
      element.removeEventListener('keydown', onKeyDown);
      if (!cy.destroyed()) {
        cy.off('tap', 'node', onTap);
        cy.off('zoom', paint);
        cy.off('add', 'node', onAdd);
      }
    };
  }, [cy, container, actions, moveTo, paint]);

  return { announcement, focusNode, repaint: paint };
}
