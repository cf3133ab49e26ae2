import type { Core, EdgeSingular } from 'cytoscape';
import { bindPicture, decodePicture, type Extent, type Picture } from '../state/picture';

// Taking the picture on screen from a Cytoscape instance and putting one back, with no React in
// it. The codec is state/picture.ts.

/** Runs `work` once the canvas has a size: a hidden tab's canvas measures 0 by 0. */
export function whenSized(cy: Core, work: () => void): void {
  if (cy.destroyed()) return;
  if (cy.width() > 0 && cy.height() > 0) work();
  else cy.one('resize', () => whenSized(cy, work));
}

/** Every node's position and the area in view; null when nothing is drawn or the canvas is hidden. */
export function pictureOf(cy: Core): Picture | null {
  if (cy.destroyed() || cy.nodes().empty() || cy.width() === 0 || cy.height() === 0) return null;
  const positions = new Map<string, { x: number; y: number }>();
  cy.nodes().forEach((node) => {
    positions.set(node.id(), { ...node.position() });
  });
  const { x1, y1, x2, y2 } = cy.extent();
  return { positions, extent: { x1, y1, x2, y2 } };
}

/** Zooms and pans so that `extent` fills the canvas, centred: all of it in view, whatever the canvas's shape. */
export function showExtent(cy: Core, extent: Extent): void {
  const width = extent.x2 - extent.x1;
  const height = extent.y2 - extent.y1;
  const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), Math.min(cy.width() / width, cy.height() / height)));
  const centre = { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 };
  cy.viewport({ zoom, pan: { x: cy.width() / 2 - centre.x * zoom, y: cy.height() / 2 - centre.y * zoom } });
}

export type PictureOutcome = { ok: true } | { ok: false; reason: string };

/** Puts every node where the token says and shows its area; changes nothing when it does not fit these nodes. */
export function applyPicture(cy: Core, token: string): PictureOutcome {
  const read = decodePicture(token);
  if (!read.ok) return read;
  const picture = bindPicture(read.code, cy.nodes().map((node) => node.id()));
  if (!picture) return { ok: false, reason: 'the graph on view is not the one the picture was taken of' };
  cy.stop(true, true);
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const point = picture.positions.get(node.id());
      if (point) node.position(point);
    });
  });
  whenSized(cy, () => showExtent(cy, picture.extent));
  return { ok: true };
}

/** Brings a node (or a relation's midpoint) to the middle, zoomed in to at least 1:1. False when it is not drawn. */
export function centreOn(cy: Core, id: string): boolean {
  const element = cy.getElementById(id);
  if (element.empty()) return false;
  whenSized(cy, () => {
    if (element.removed()) return;
    const zoom = Math.max(cy.zoom(), 1);
    const { x, y } = element.isNode() ? element.position() : (element as EdgeSingular).midpoint();
    // Computing the pan ourselves keeps zoom and centring from fighting over one animation.
    cy.stop(true, true);
    cy.animate({ zoom, pan: { x: cy.width() / 2 - x * zoom, y: cy.height() / 2 - y * zoom } }, { duration: 250 });
  });
  return true;
}
