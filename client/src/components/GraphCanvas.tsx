import type { ElementDefinition } from 'cytoscape';
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import {
  decorate,
  graphModeFor,
  hideSmallLabels,
  placeNearNeighbours,
  pngSize,
  restoreViewport,
  runLayout,
  syncElements,
  type Decorations,
  type Viewport,
  viewportFitting,
} from '../graph';
import { readDrawing, type Drawing } from '../export/drawing';
import { useCytoscape, type CytoscapeEvents } from '../hooks/useCytoscape';
import type { LayoutName } from '../state';
import { useProfile } from '../profile';

/** Margin around a fitted path, in screen pixels, and how close a short path may be brought. */
const PATH_FIT_PADDING = 50;
const PATH_FIT_MAX_ZOOM = 1.5;

export interface GraphCanvasHandle {
  fit(): void;
  relayout(): void;
  /** The graph as drawn (for the exports' pictures) and the page's own bitmap of it (data: URL). */
  picture(): { drawing: Drawing; png: string };
}

interface Props extends CytoscapeEvents {
  elements: ElementDefinition[];
  layout: LayoutName;
  decorations: Decorations;
  /** Centre on this entity once it is drawn; `seq` makes asking twice count twice. */
  centerRequest: { id: string; seq: number } | null;
  /** Show these entities whole (a found path) once all are drawn; once per `key`. */
  fitRequest: { ids: readonly string[]; key: string } | null;
  description: string;
  handle: Ref<GraphCanvasHandle>;
}

/**
 * The Cytoscape canvas: draws `elements`, lays them out, paints decorations. Above the
 * large-graph threshold the instance is replaced by one in large-graph mode (and back below
 * it); nodes keep their places across the swap.
 */
export function GraphCanvas({ elements, layout, decorations, centerRequest, fitRequest, description, handle, onSelect, onExpand }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const events = useRef<CytoscapeEvents>({ onSelect, onExpand });
  events.current = { onSelect, onExpand };
  const mode = graphModeFor(elements.length);
  const handover = useRef<Viewport | null>(null);
  const { kinds } = useProfile();
  const { cy, renderer } = useCytoscape(container, events, mode, handover, kinds.list);
  const laidOut = useRef<{ layout: LayoutName; centre: string | null } | null>(null);
  const centred = useRef(0);
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
  }, [cy, renderer, mode, elements, layout, selected]);

  useEffect(() => {
    if (cy && !cy.destroyed()) decorate(cy, decorations);
  }, [cy, decorations, elements]);

  // Once per request: a new instance must not jump back to an entity centred long ago.
  useEffect(() => {
    if (!cy || cy.destroyed() || !centerRequest || centerRequest.seq === centred.current) return;
    const node = cy.getElementById(centerRequest.id);
    if (node.empty()) return;
    centred.current = centerRequest.seq;
    // Zoom in to at least 1:1 and put the node in the middle; computing the pan ourselves keeps
    // zoom and centring from fighting over the same animation.
    const zoom = Math.max(cy.zoom(), 1);
    const { x, y } = node.position();
    cy.stop(true, true);
    cy.animate({ zoom, pan: { x: cy.width() / 2 - x * zoom, y: cy.height() / 2 - y * zoom } }, { duration: 250 });
  }, [cy, centerRequest]);

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
      fit: () => cy?.animate({ fit: { eles: cy.elements(), padding: 40 } }, { duration: 250 }),
      relayout: () => {
        if (cy) runLayout(cy, { name: layout, selected, mode });
      },
      picture: () => {
        if (!cy) throw new Error('The graph is not drawn yet.');
        return { drawing: readDrawing(cy), png: cy.png({ output: 'base64uri', full: true, bg: '#ffffff', ...pngSize(mode) }) };
      },
    }),
    [cy, layout, selected, mode],
  );

  return <div ref={container} className="graph-canvas" role="img" aria-label={description} data-testid="graph-canvas" />;
}
