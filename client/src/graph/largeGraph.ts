import type { Core, LayoutOptions, Position } from 'cytoscape';
import { spreadEvenly } from './evenSpread';
import { labelTooSmall } from './graphMode';
import { withSeededRandom } from './seededRandom';

// What the page does differently to the Cytoscape instance of a large graph, with no React in it.

/** Room each node gets in the large-graph layout, in model pixels (a short label fits at 1:1). */
const NODE_SPACING = 130;

/**
 * fcose's spectral draft alone: about a second for 1,500 nodes and 12,000 edges, where its
 * force-directed phase runs at least five iterations per node (minutes). The draft packs the
 * hubs into a tight core, so it is then spread into an even disc (spreadEvenly) and fitted.
 * Deterministic like the small-graph layout.
 */
export function runDraftLayout(cy: Core, seed: number): void {
  withSeededRandom(seed, () =>
    cy.layout({ name: 'fcose', quality: 'draft', randomize: true, animate: false, fit: false, nodeDimensionsIncludeLabels: false } as LayoutOptions).run(),
  );
  const placed = cy.nodes().map((node) => ({ id: node.id(), ...node.position() }));
  const spread = spreadEvenly(placed, NODE_SPACING);
  cy.batch(() => {
    cy.nodes().positions((node) => spread.get(node.id()) ?? node.position());
  });
  cy.fit(undefined, 40);
}

/**
 * The WebGL renderer draws every label whatever its size on screen (Canvas 2D skips those under
 * min-zoomed-font-size): give such nodes the `quiet` class, which the large style draws without
 * a label. Touches only nodes whose state changes, so calling it on every zoom event is cheap.
 */
export function hideSmallLabels(cy: Core): void {
  const zoom = cy.zoom();
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const small = labelTooSmall(node.numericStyle('font-size'), zoom, node.numericStyle('min-zoomed-font-size'));
      if (small !== node.hasClass('quiet')) node.toggleClass('quiet', small);
    });
  });
}

export interface Viewport {
  positions: Map<string, Position>;
  zoom: number;
  pan: Position;
}

/** Where every node is and what is in view, to hand over to a new instance. */
export function viewportOf(cy: Core): Viewport {
  const positions = new Map<string, Position>();
  cy.nodes().forEach((node) => {
    positions.set(node.id(), { ...node.position() });
  });
  return { positions, zoom: cy.zoom(), pan: { ...cy.pan() } };
}

/** Puts nodes back where an earlier instance had them; returns the ids of the nodes it had not. */
export function restoreViewport(cy: Core, viewport: Viewport): string[] {
  const missing: string[] = [];
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const position = viewport.positions.get(node.id());
      if (position) node.position(position);
      else missing.push(node.id());
    });
  });
  cy.viewport({ zoom: viewport.zoom, pan: viewport.pan });
  return missing;
}
