import type { ElementDefinition } from 'cytoscape';
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import { decorate, placeNearNeighbours, runLayout, syncElements, type Decorations } from '../graph';
import { useCytoscape, type CytoscapeEvents } from '../hooks/useCytoscape';
import type { LayoutName } from '../state';

export interface GraphCanvasHandle {
  fit(): void;
  relayout(): void;
  png(): Promise<Blob>;
}

interface Props extends CytoscapeEvents {
  elements: ElementDefinition[];
  layout: LayoutName;
  decorations: Decorations;
  /** Centre on this entity once it is drawn; `seq` makes asking twice count twice. */
  centerRequest: { id: string; seq: number } | null;
  description: string;
  handle: Ref<GraphCanvasHandle>;
}

/** The Cytoscape canvas: draws `elements`, lays them out, paints decorations. */
export function GraphCanvas({ elements, layout, decorations, centerRequest, description, handle, onSelect, onExpand }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const events = useRef<CytoscapeEvents>({ onSelect, onExpand });
  events.current = { onSelect, onExpand };
  const cy = useCytoscape(container, events);
  const laidOut = useRef<{ layout: LayoutName; centre: string | null } | null>(null);
  const selected = decorations.selected;

  // Elements and layout together: a new layout or a first drawing lays out from scratch; added
  // nodes are placed near their neighbours and settled incrementally; removals move nothing.
  useEffect(() => {
    if (!cy) return;
    const { added, removed } = syncElements(cy, elements);
    const previous = laidOut.current;
    // Concentric circles centre on the selected entity; selecting a relation or nothing keeps the old centre.
    const selectedNode = selected !== null && cy.getElementById(selected).nonempty() && cy.getElementById(selected).isNode();
    const centre = layout === 'concentric' ? (selectedNode ? selected : (previous?.centre ?? null)) : null;
    if (cy.nodes().empty()) {
      laidOut.current = null;
      return;
    }
    if (!previous || previous.layout !== layout || previous.centre !== centre) {
      runLayout(cy, { name: layout, selected: centre });
    } else if (added.some((id) => cy.getElementById(id).isNode())) {
      placeNearNeighbours(cy, added.filter((id) => cy.getElementById(id).isNode()));
      runLayout(cy, { name: layout, incremental: true, selected: centre });
    } else if (removed.length > 0 && layout === 'time') {
      runLayout(cy, { name: layout });
    }
    laidOut.current = { layout, centre };
  }, [cy, elements, layout, selected]);

  useEffect(() => {
    if (cy) decorate(cy, decorations);
  }, [cy, decorations, elements]);

  useEffect(() => {
    if (!cy || !centerRequest) return;
    const node = cy.getElementById(centerRequest.id);
    if (node.empty()) return;
    // Zoom in to at least 1:1 and put the node in the middle; computing the pan ourselves keeps
    // zoom and centring from fighting over the same animation.
    const zoom = Math.max(cy.zoom(), 1);
    const { x, y } = node.position();
    cy.stop(true, true);
    cy.animate({ zoom, pan: { x: cy.width() / 2 - x * zoom, y: cy.height() / 2 - y * zoom } }, { duration: 250 });
  }, [cy, centerRequest]);

  useImperativeHandle(
    handle,
    () => ({
      fit: () => cy?.animate({ fit: { eles: cy.elements(), padding: 40 } }, { duration: 250 }),
      relayout: () => {
        if (cy) runLayout(cy, { name: layout, selected });
      },
      png: () => {
        if (!cy) return Promise.reject(new Error('The graph is not drawn yet.'));
        return cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff' });
      },
    }),
    [cy, layout, selected],
  );

  return <div ref={container} className="graph-canvas" role="img" aria-label={description} data-testid="graph-canvas" />;
}
