import type { ElementDefinition, EventObject } from 'cytoscape';
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import {
  applyPicture,
  centreOn,
  decorate,
  fitReadable,
  graphModeFor,
  hideSmallLabels,
  placeNearNeighbours,
  pictureOf,
  pngSize,
  restoreViewport,
  runLayout,
  syncElements,
  type Decorations,
  type PictureOutcome,
  type Viewport,
  viewportFitting,
} from '../graph';
import { readDrawing, type Drawing } from '../export/drawing';
import { useCytoscape, type CytoscapeEvents } from '../hooks/useCytoscape';
import type { HoverTarget } from './HoverCard';
import type { LayoutName, Picture } from '../state';
import { useProfile } from '../profile';

/** Margin around a fitted path, in screen pixels, and how close a short path may be brought. */
const PATH_FIT_PADDING = 50;
const PATH_FIT_MAX_ZOOM = 1.5;

export interface GraphCanvasHandle {
  fit(): void;
  /** Zooms about the middle of the view by `factor` (above 1 zooms in). */
  zoomBy(factor: number): void;
  relayout(): void;
  /** The graph as drawn (for the exports' pictures) and the page's own bitmap of it (data: URL). */
  picture(): { drawing: Drawing; png: string };
  /** Where every node is and the area in view; null when the graph is not on screen or has more than `maxNodes` nodes. */
  placement(maxNodes?: number): Picture | null;
}

/** A picture to put back (see state/picture.ts) once its nodes are drawn; `seq` makes asking twice count twice. */
export interface PictureRequest {
  token: string;
  seq: number;
}

interface Props extends CytoscapeEvents {
  elements: ElementDefinition[];
  layout: LayoutName;
  decorations: Decorations;
  /** Centre on this entity once it is drawn; `seq` makes asking twice count twice. */
  centerRequest: { id: string; seq: number } | null;
  /** Positions and area in view to restore instead of laying out (a link, a saved view, Back). */
  picture?: PictureRequest | null;
  onPicture?: (seq: number, outcome: PictureOutcome) => void;
  /** Show these entities whole (a found path) once all are drawn; once per `key`. */
  fitRequest: { ids: readonly string[]; key: string } | null;
  description: string;
  handle: Ref<GraphCanvasHandle>;
  /** The element under the pointer, or null when it leaves (or the view moves). */
  onHover?: (target: HoverTarget | null) => void;
}

/**
 * The Cytoscape canvas: draws `elements`, lays them out, paints decorations. Above the
 * large-graph threshold the instance is replaced by one in large-graph mode (and back below
 * it); nodes keep their places across the swap.
 */
export function GraphCanvas({ elements, layout, decorations, centerRequest, picture = null, onPicture, fitRequest, description, handle, onSelect, onExpand, onHover }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const events = useRef<CytoscapeEvents>({ onSelect, onExpand });
  events.current = { onSelect, onExpand };
  const mode = graphModeFor(elements.length);
  const handover = useRef<Viewport | null>(null);
  const { kinds } = useProfile();
  const { cy, renderer } = useCytoscape(container, events, mode, handover, kinds.list);
  const laidOut = useRef<{ layout: LayoutName; centre: string | null } | null>(null);
  const centred = useRef(0);
  const pictured = useRef(0);
  const pictureDone = useRef(onPicture);
  pictureDone.current = onPicture;
  const fitted = useRef<string | null>(null);
  const selected = decorations.selected;

  // Elements and layout together: a new layout or a first drawing lays out from scratch; added
  // nodes are placed near their neighbours and settled incrementally; removals move nothing.
  // Effects of the render that swaps instances still see the old, destroyed one: skip those.
  useEffect(() => {
    if (!cy || cy.destroyed()) return;
    const { added, removed } = syncElements(cy, elements);
    const inherited = handover.current;
    handover.current = null;
    const addedNodes = inherited ? restoreViewport(cy, inherited) : added.filter((id) => cy.getElementById(id).isNode());
    const previous = laidOut.current;
    // Concentric circles centre on the selected entity; selecting a relation or nothing keeps the old centre.
    const selectedNode = selected !== null && cy.getElementById(selected).nonempty() && cy.getElementById(selected).isNode();
    const centre = layout === 'concentric' ? (selectedNode ? selected : (previous?.centre ?? null)) : null;
    if (cy.nodes().empty()) {
      laidOut.current = null;
      return;
    }
    if (picture && picture.seq !== pictured.current) {
      pictured.current = picture.seq;
      const outcome = applyPicture(cy, picture.token);
      pictureDone.current?.(picture.seq, outcome);
      if (outcome.ok) {
        laidOut.current = { layout, centre };
        if (renderer === 'webgl') hideSmallLabels(cy);
        return;
      }
    }
    // Mostly new nodes (undoing a focus, say) have nothing to settle around: start from scratch.
    const mostlyNew = addedNodes.length > cy.nodes().length / 2;
    if (!previous || previous.layout !== layout || previous.centre !== centre || mostlyNew) {
      runLayout(cy, { name: layout, selected: centre, mode });
    } else if (addedNodes.length > 0) {
      placeNearNeighbours(cy, addedNodes);
      runLayout(cy, { name: layout, incremental: true, selected: centre, mode });
    }
    laidOut.current = { layout, centre };
    if (renderer === 'webgl') hideSmallLabels(cy);
  }, [cy, renderer, mode, elements, layout, selected, picture]);

  useEffect(() => {
    if (cy && !cy.destroyed()) decorate(cy, decorations);
  }, [cy, decorations, elements]);

  const hover = useRef(onHover);
  hover.current = onHover;
  useEffect(() => {
    if (!cy) return;
    const over = (event: EventObject) => {
      const at = event.renderedPosition;
      hover.current?.({ id: String(event.target.id()), x: at.x, y: at.y, width: cy.width(), height: cy.height() });
    };
    const away = () => hover.current?.(null);
    cy.on('mouseover', 'node, edge', over);
    cy.on('mouseout', 'node, edge', away);
    cy.on('viewport remove', away);
    // A pointer that jumps off the canvas may leave no mouseout behind.
    const box = container.current;
    box?.addEventListener('mouseleave', away);
    return () => {
      box?.removeEventListener('mouseleave', away);
      cy.off('mouseover', 'node, edge', over);
      cy.off('mouseout', 'node, edge', away);
      cy.off('viewport remove', away);
      away();
    };
  }, [cy]);

  // Once per request: a new instance must not jump back to an entity centred long ago.
  useEffect(() => {
    if (!cy || cy.destroyed() || !centerRequest || centerRequest.seq === centred.current) return;
    if (centreOn(cy, centerRequest.id)) centred.current = centerRequest.seq;
  }, [cy, centerRequest, elements]);

  // After the layout effect above, so the path's nodes have their places; retried as elements
  // arrive, because a path's entities join the graph a render after the path is found.
  useEffect(() => {
    if (!cy || cy.destroyed() || !fitRequest || fitRequest.key === fitted.current) return;
    const wanted = new Set(fitRequest.ids);
    const nodes = cy.nodes().filter((node) => wanted.has(node.id()));
    if (nodes.length < wanted.size) return;
    fitted.current = fitRequest.key;
    // The panel beside the graph may just have changed width: measure before fitting.
    cy.resize();
    const box = nodes.boundingBox({ includeLabels: true });
    const view = viewportFitting(box, cy.width(), cy.height(), { padding: PATH_FIT_PADDING, minZoom: cy.minZoom(), maxZoom: PATH_FIT_MAX_ZOOM });
    cy.stop(true, true);
    cy.animate(view, { duration: 300 });
  }, [cy, fitRequest, elements]);

  useImperativeHandle(
    handle,
    () => ({
      fit: () => {
        if (!cy) return;
        cy.stop(true, true);
        if (mode === 'large') cy.animate({ fit: { eles: cy.elements(), padding: 40 } }, { duration: 250 });
        else fitReadable(cy);
      },
      zoomBy: (factor) => {
        if (!cy) return;
        cy.stop(true, true);
        const level = Math.min(Math.max(cy.zoom() * factor, cy.minZoom()), cy.maxZoom());
        cy.animate({ zoom: { level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } } }, { duration: 200 });
      },
      relayout: () => {
        if (cy) runLayout(cy, { name: layout, selected, mode });
      },
      picture: () => {
        if (!cy) throw new Error('The graph is not drawn yet.');
        return { drawing: readDrawing(cy), png: cy.png({ output: 'base64uri', full: true, bg: '#ffffff', ...pngSize(mode) }) };
      },
      placement: (maxNodes = Infinity) => (cy && !cy.destroyed() && cy.nodes().length <= maxNodes ? pictureOf(cy) : null),
    }),
    [cy, layout, selected, mode],
  );

  return <div ref={container} className="graph-canvas" role="img" aria-label={description} data-testid="graph-canvas" />;
}
