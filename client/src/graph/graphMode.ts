import type { CytoscapeOptions } from 'cytoscape';

// Small graphs are drawn as they always were: Canvas 2D, every label, curved edges, the careful
// layout. Above LARGE_GRAPH_ELEMENTS the page switches to its large-graph mode: a lighter style
// (edge labels only on the selection, sizes and fonts by degree), a quick layout, and either
// Cytoscape's WebGL renderer (when the GPU does the work) or Canvas 2D with its viewport options.
// The renderer is fixed when an instance is created, so crossing the threshold makes a new one.

/** Elements (nodes plus edges) above which the graph is drawn in large-graph mode. */
export const LARGE_GRAPH_ELEMENTS = 2000;

export type GraphMode = 'normal' | 'large';
export type RendererName = 'canvas' | 'webgl';
/** What WebGL 2 the browser offers: on a GPU, in software (SwiftShader, llvmpipe), or none. */
export type WebglSupport = 'hardware' | 'software' | 'none';

export function graphModeFor(elementCount: number): GraphMode {
  return elementCount > LARGE_GRAPH_ELEMENTS ? 'large' : 'normal';
}

const SOFTWARE_RENDERERS = /swiftshader|llvmpipe|softpipe|software|basic render/i;

/** Classifies the WebGL renderer string (null: no WebGL 2 context could be made). */
export function classifyWebgl(renderer: string | null): WebglSupport {
  if (renderer === null) return 'none';
  return SOFTWARE_RENDERERS.test(renderer) ? 'software' : 'hardware';
}

/**
 * WebGL only for large graphs and only on a GPU: in software every WebGL frame costs more than
 * a Canvas 2D one (measured here: over a second per frame with SwiftShader, 1,500 nodes and
 * 12,000 edges). `forced` (tests, debugging) wins while the graph is large.
 */
export function rendererFor(mode: GraphMode, support: WebglSupport, forced?: RendererName): RendererName {
  if (mode === 'normal') return 'canvas';
  if (forced) return forced;
  return support === 'hardware' ? 'webgl' : 'canvas';
}

/** A large graph may be zoomed out further, so that "fit" can show all of it in any layout. */
export function zoomRange(mode: GraphMode): { minZoom: number; maxZoom: number } {
  return { minZoom: mode === 'large' ? 0.01 : 0.05, maxZoom: 4 };
}

/**
 * The renderer options of a new instance. Cytoscape reads them from the top level of its options
 * as well as from `renderer: { name: 'canvas', ... }`; the top level is what its typings describe.
 */
export function rendererOptions(mode: GraphMode, renderer: RendererName): Partial<CytoscapeOptions> {
  if (mode === 'normal') return {};
  if (renderer === 'webgl') {
    // Cytoscape's suggested settings for desktop GPUs (its defaults suit phones).
    return { webgl: true, webglTexSize: 4096, webglTexRows: 24, webglBatchSize: 2048, webglTexPerBatch: 16 };
  }
  // Canvas 2D: while panning and zooming, draw a cached texture and leave edges out; one canvas
  // pixel per CSS pixel.
  return { hideEdgesOnViewport: true, textureOnViewport: true, pixelRatio: 1 };
}

/** PNG export: twice the size for small graphs; a large graph's full extent capped so the canvas fits. */
export function pngSize(mode: GraphMode): { scale: number } | { maxWidth: number; maxHeight: number } {
  return mode === 'normal' ? { scale: 2 } : { maxWidth: 8000, maxHeight: 8000 };
}

/**
 * Canvas 2D skips labels smaller than `min-zoomed-font-size` on screen; the WebGL renderer
 * draws every label at every zoom, so the page hides those itself with this test.
 */
export function labelTooSmall(fontSizePx: number, zoom: number, minZoomedFontSizePx: number): boolean {
  return fontSizePx * zoom < minZoomedFontSizePx;
}
