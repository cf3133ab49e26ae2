import cytoscape, { type Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { useEffect, useState, type RefObject } from 'react';
import { GRAPH_STYLE } from '../graph';

cytoscape.use(fcose);

declare global {
  interface Window {
    /** The graph, for end-to-end tests and curious investigators with a console. */
    __cy?: Core;
  }
}

export interface CytoscapeEvents {
  onSelect: (id: string | null) => void;
  onExpand: (id: string) => void;
}

/** A Cytoscape instance living in `container` for as long as the component does. */
export function useCytoscape(container: RefObject<HTMLDivElement | null>, events: RefObject<CytoscapeEvents>): Core | null {
  const [cy, setCy] = useState<Core | null>(null);
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const instance = cytoscape({
      container: element,
      style: GRAPH_STYLE,
      elements: [],
      minZoom: 0.05,
      maxZoom: 4,
      autounselectify: true,
      boxSelectionEnabled: false,
    });
    instance.on('tap', 'node, edge', (event) => events.current.onSelect(event.target.id()));
    instance.on('tap', (event) => {
      if (event.target === instance) events.current.onSelect(null);
    });
    instance.on('dbltap', 'node', (event) => events.current.onExpand(event.target.id()));
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    window.__cy = instance;
    setCy(instance);
    return () => {
      observer.disconnect();
      if (window.__cy === instance) delete window.__cy;
      instance.destroy();
      setCy(null);
    };
  }, [container, events]);
  return cy;
}
