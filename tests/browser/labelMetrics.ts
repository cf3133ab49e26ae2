import type { Page } from 'playwright-core';

/** One node label as Cytoscape draws it, in pixels of the graph's container. */
export interface DrawnLabel {
  id: string;
  name: string;
  text: string;
  /** Font size times zoom: the size a reader sees. */
  renderedPx: number;
  box: { x1: number; y1: number; x2: number; y2: number };
}

export interface LabelMetrics {
  zoom: number;
  nodes: number;
  /** Labels Cytoscape actually draws (not blank, not below its min-zoomed-font-size). */
  drawn: DrawnLabel[];
  /** Names whose label is shortened (ends with "…") or runs off the canvas. */
  cutOff: string[];
  /** Pairs of drawn labels on the canvas whose boxes overlap. */
  overlaps: [string, string][];
}

/**
 * Measures the node labels of the graph as drawn now: which are drawn, at what size, which are
 * cut off and which overlap. Boxes come from Cytoscape's own label bounds (model coordinates),
 * turned into rendered pixels with the current zoom and pan.
 */
export function measureLabels(page: Page): Promise<LabelMetrics> {
  return page.evaluate(() => {
    const cy = window.__cy;
    if (!cy) throw new Error('no graph on the page');
    const zoom = cy.zoom();
    const pan = cy.pan();
    const width = cy.width();
    const height = cy.height();
    const drawn: DrawnLabel[] = [];
    const cutOff: string[] = [];
    cy.nodes(':visible').forEach((node) => {
      const text = String(node.style('label') ?? '');
      const fontPx = parseFloat(String(node.style('font-size')));
      const minPx = parseFloat(String(node.style('min-zoomed-font-size')));
      const renderedPx = fontPx * zoom;
      // Cytoscape's own test (eleTextBiggerThanMin): the zoom rounded up to a power of two.
      const textureScale = 2 ** Math.ceil(Math.log2(zoom * window.devicePixelRatio));
      if (text.trim() === '' || fontPx * textureScale < minPx || Number(node.style('text-opacity')) === 0) return;
      const b = node.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeMainLabels: true, includeOverlays: false });
      const box = { x1: b.x1 * zoom + pan.x, y1: b.y1 * zoom + pan.y, x2: b.x2 * zoom + pan.x, y2: b.y2 * zoom + pan.y };
      const name = String(node.data('name'));
      drawn.push({ id: node.id(), name, text, renderedPx, box });
      const offCanvas = box.x2 < 0 || box.y2 < 0 || box.x1 > width || box.y1 > height;
      if (!offCanvas && (text.includes('…') || box.x1 < 0 || box.y1 < 0 || box.x2 > width || box.y2 > height)) cutOff.push(name);
    });
    // Only what can be seen: labels wholly off the canvas overlap nothing a reader sees.
    const seen = drawn.filter(({ box }) => box.x2 > 0 && box.y2 > 0 && box.x1 < width && box.y1 < height);
    const overlaps: [string, string][] = [];
    for (let i = 0; i < seen.length; i++) {
      for (let j = i + 1; j < seen.length; j++) {
        const first = seen[i]!;
        const second = seen[j]!;
        const a = first.box;
        const c = second.box;
        const w = Math.min(a.x2, c.x2) - Math.max(a.x1, c.x1);
        const h = Math.min(a.y2, c.y2) - Math.max(a.y1, c.y1);
        // A pixel of touching backgrounds is not an overlap a reader notices.
        if (w > 1 && h > 1) overlaps.push([first.name, second.name]);
      }
    }
    return { zoom, nodes: cy.nodes().length, drawn, cutOff, overlaps };
  });
}

/** A one-line summary of label metrics, for test logs and reports. */
export function summarise(metrics: LabelMetrics): string {
  const sizes = metrics.drawn.map((label) => label.renderedPx).sort((a, b) => a - b);
  const at = (index: number) => (sizes[index] ?? 0).toFixed(1);
  return (
    `zoom ${metrics.zoom.toFixed(3)}; ${metrics.drawn.length} of ${metrics.nodes} labels drawn; ` +
    `rendered font ${at(0)}–${at(sizes.length - 1)} px (median ${at(Math.floor(sizes.length / 2))}); ` +
    `${metrics.cutOff.length} cut off; ${metrics.overlaps.length} overlapping pairs`
  );
}
