import type { Core, NodeSingular } from 'cytoscape';
import { useEffect } from 'react';

/** Below this width the whole graph cannot be shown with labels anyone can read. */
const NARROW_PX = 640;
/** The smallest label, on screen, worth drawing on a narrow screen. */
const READABLE_LABEL_PX = 11;

/** The typical label size in model units (the median: hubs may carry larger labels). */
function typicalFontSize(cy: Core): number {
  const sizes = cy
    .nodes()
    .map((node) => Number(node.numericStyle('font-size')))
    .filter((size) => size > 0)
    .sort((a, b) => a - b);
  return sizes[Math.floor(sizes.length / 2)] ?? 13;
}

/**
 * On a narrow screen (a phone) a laid-out graph fitted whole has labels a few pixels high.
 * There, after each layout, zoom in until the typical label is readable, on the selection or
 * else the best-connected node, and draw no label too small to read; the rest is a pinch or a
 * pan away.
 */
export function useReadableZoom(cy: Core | null, selected: string | null): void {
  useEffect(() => {
    if (!cy || cy.destroyed() || cy.width() >= NARROW_PX) return;
    // Cytoscape compares against the zoom rounded up to a power of two: a label of 10 at zoom
    // 0.85 counts as 10 px. Relation labels (10) come back once zoomed past 1:1.
    cy.style().selector('node, edge').style('min-zoomed-font-size', READABLE_LABEL_PX).update();
    const onLayoutStop = () => {
      if (cy.destroyed() || cy.nodes().empty()) return;
      const zoom = READABLE_LABEL_PX / typicalFontSize(cy);
      if (cy.zoom() >= zoom) return;
      const chosen = selected ? cy.getElementById(selected) : null;
      const centre: NodeSingular = chosen && chosen.nonempty() && chosen.isNode() ? chosen : cy.nodes().max((node) => node.degree(false)).ele;
      cy.zoom(zoom);
      cy.center(centre);
    };
    cy.on('layoutstop', onLayoutStop);
    return () => {
      if (!cy.destroyed()) cy.off('layoutstop', onLayoutStop);
    };
  }, [cy, selected]);
}
