import cytoscape, { type Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { useEffect, useState, type RefObject } from 'react';
import type { KindInfo } from '../api';
import {
  graphStyle,
  detectWebgl,
  hideSmallLabels,
  keepLabelsReadable,
  rendererFor,
  rendererOptions,
  zoomRange,
  viewportOf,
  type GraphMode,
  type RendererName,
  type Viewport,
} from '../graph';

cytoscape.use(fcose);

declare global {
  interface Window {
    /** The graph, for end-to-end tests and curious investigators with a console. */
    __cy?: Core;
    /** 'large' while the graph is drawn in large-graph mode (see graph/graphMode.ts). */
    __graphMode?: GraphMode;
    /** The renderer of the current instance. */
    __graphRenderer?: RendererName;
    /** Set before the page loads (tests, debugging) to pick the renderer of large graphs. */
    __forceRenderer?: RendererName;
  }
}

export interface CytoscapeEvents {
  onSelect: (id: string | null) => void;
  onExpand: (id: string) => void;
}

export interface CytoscapeInstance {
  cy: Core | null;
  renderer: RendererName;
}

/**
 * Frees the WebGL contexts of an instance's canvases now, rather than whenever they are collected
 * (browsers keep only a few alive). Every instance, not only WebGL ones: once Cytoscape 3.34 has
 * made a WebGL instance, its constructor gives later Canvas 2D instances an unused WebGL canvas
 * too (it counts the layer on a prototype the page cannot reach).
 */
function releaseWebgl(canvases: readonly HTMLCanvasElement[]): void {
  for (const canvas of canvases) {
    // A canvas holding a 2D context answers null here and gets no new context.
    canvas.getContext('webgl2')?.getExtension('WEBGL_lose_context')?.loseContext();
  }
}

/**
 * A Cytoscape instance living in `container` while the component does, made anew when `mode`
 * changes (the renderer cannot change on a live instance). The old instance's positions and
 * viewport are left in `handover` for the new one.
 */
export function useCytoscape(
  container: RefObject<HTMLDivElement | null>,
  events: RefObject<CytoscapeEvents>,
  mode: GraphMode,
  handover: RefObject<Viewport | null>,
  kinds: readonly KindInfo[],
): CytoscapeInstance {
  const [current, setCurrent] = useState<CytoscapeInstance>({ cy: null, renderer: 'canvas' });
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const renderer = rendererFor(mode, mode === 'large' ? detectWebgl() : 'none', window.__forceRenderer);
    const instance = cytoscape({
      container: element,
      style: graphStyle(mode, kinds),
      elements: [],
      autounselectify: true,
      boxSelectionEnabled: false,
      ...zoomRange(mode),
      ...rendererOptions(mode, renderer),
    });
    if (renderer === 'webgl') instance.on('zoom', () => hideSmallLabels(instance));
    const stopLabels = mode === 'large' ? null : keepLabelsReadable(instance, (scale) => graphStyle(mode, kinds, scale));
    instance.on('tap', 'node, edge', (event) => events.current.onSelect(event.target.id()));
    instance.on('tap', (event) => {
      if (event.target === instance) events.current.onSelect(null);
    });
    instance.on('dbltap', 'node', (event) => events.current.onExpand(event.target.id()));
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    element.dataset.graphMode = mode;
    element.dataset.renderer = renderer;
    window.__cy = instance;
    window.__graphMode = mode;
    window.__graphRenderer = renderer;
    setCurrent({ cy: instance, renderer });
    return () => {
      observer.disconnect();
      stopLabels?.();
      handover.current = instance.nodes().nonempty() ? viewportOf(instance) : null;
      if (window.__cy === instance) {
        delete window.__cy;
        delete window.__graphMode;
        delete window.__graphRenderer;
      }
      const canvases = [...element.querySelectorAll('canvas')];
      instance.destroy();
      releaseWebgl(canvases);
      setCurrent({ cy: null, renderer: 'canvas' });
    };
  }, [container, events, mode, handover, kinds]);
  return current;
}
