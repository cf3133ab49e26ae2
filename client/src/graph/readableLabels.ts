import type { Core, EventObject, NodeSingular } from 'cytoscape';
import { HUB_DEGREE, LABEL_SIDES, type Box, labelScale, pickLabels, type LabelCandidate, type LabelSide } from './labels';
import type { StylesheetJson } from 'cytoscape';

// Keeps the labels of an ordinary (not large) graph readable while the user zooms, drags and
// selects: their size on screen stays put (the stylesheet follows the zoom's label scale), and
// where two would collide only the more important is drawn. Relation labels appear on hover and
// on selection. No React in it.

/** Elements under the pointer: their labels are drawn whatever they cover. */
const HOVER = 'hover';
/** Nodes whose label gives way to a more important one. */
const HIDDEN = 'label-hidden';
/** Relations whose label is drawn. */
const EDGE_LABEL = 'show-label';

/** A label moved off its usual place below the node: `label-top`, `label-right`, `label-left`. */
const sideClass = (side: LabelSide) => `label-${side}`;
const MOVED = LABEL_SIDES.filter((side) => side !== 'bottom').map(sideClass);

/** The classes this module owns on elements (syncElements keeps them). */
export const LABEL_CLASSES: ReadonlySet<string> = new Set([HOVER, HIDDEN, EDGE_LABEL, ...MOVED]);

function priorityOf(node: NodeSingular): number {
  if (node.hasClass('faded')) return -1;
  return Number(node.data('degree')) + (node.hasClass('on-path') ? 1000 : 0);
}

/** Hides colliding node labels and shows relation labels by the selection and the pointer. */
export function placeLabels(cy: Core): void {
  const zoom = cy.zoom();
  const pan = cy.pan();
  const rendered = (b: Box) => ({ x1: b.x1 * zoom + pan.x, y1: b.y1 * zoom + pan.y, x2: b.x2 * zoom + pan.x, y2: b.y2 * zoom + pan.y });
  const candidates: LabelCandidate[] = [];
  cy.nodes(':visible').forEach((node) => {
    const label = node.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false });
    if (!(label.w > 0)) return;
    const body = node.boundingBox({ includeNodes: true, includeEdges: false, includeLabels: false, includeOverlays: false });
    candidates.push({
      id: node.id(),
      body: rendered(body),
      width: label.w * zoom,
      height: label.h * zoom,
      forced: node.hasClass('selected') || node.hasClass(HOVER),
      hub: Number(node.data('degree')) >= HUB_DEGREE,
      priority: priorityOf(node),
    });
  });
  const placed = pickLabels(candidates, { x1: 0, y1: 0, x2: cy.width(), y2: cy.height() });
  const pointed = cy.$(`node.selected, node.${HOVER}`).connectedEdges();
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const side = placed.get(node.id());
      if ((side === undefined) !== node.hasClass(HIDDEN)) node.toggleClass(HIDDEN, side === undefined);
      // A hidden label stays where it was: moving it would change nothing on screen.
      if (side === undefined) return;
      for (const moved of MOVED) {
        const wanted = moved === sideClass(side);
        if (wanted !== node.hasClass(moved)) node.toggleClass(moved, wanted);
      }
    });
    cy.edges().forEach((edge) => {
      const show = edge.hasClass('selected') || edge.hasClass(HOVER) || edge.hasClass('on-path') || pointed.contains(edge);
      if (show !== edge.hasClass(EDGE_LABEL)) edge.toggleClass(EDGE_LABEL, show);
    });
  });
}

/**
 * Sets the stylesheet for the zoom's label scale when that changes. Answers whether it did;
 * label sizes (and so the boxes placeLabels measures) change with it.
 */
export function scaleLabels(cy: Core): boolean {
  const styleFor = cy.scratch(STYLE_AT_SCALE) as ((scale: number) => StylesheetJson) | undefined;
  const scale = labelScale(cy.zoom());
  if (!styleFor || cy.scratch('labelScale') === scale) return false;
  cy.scratch('labelScale', scale);
  cy.style(styleFor(scale));
  return true;
}

/** Room around the nodes when fitting, in screen pixels: labels hang below and spread sideways. */
const FIT_MARGIN = { side: 60, top: 24, bottom: 44 };

/** Most a layout is stretched along one axis to take the shape of the canvas. */
const MAX_STRETCH = 1.6;

/**
 * Stretches the layout along its short axis towards the canvas's shape, so a wide graph on a
 * tall canvas uses the height too: more room between nodes for their labels.
 */
export function stretchToView(cy: Core): void {
  const nodes = cy.nodes(':visible');
  if (nodes.length < 3) return;
  const box = nodes.boundingBox({ includeNodes: true, includeEdges: false, includeLabels: false, includeOverlays: false });
  const view = (cy.width() - 2 * FIT_MARGIN.side) / Math.max(1, cy.height() - FIT_MARGIN.top - FIT_MARGIN.bottom);
  const graph = box.w / Math.max(box.h, 1);
  if (!(view > 0) || !(graph > 0)) return;
  const stretchY = Math.min(MAX_STRETCH, Math.max(1, graph / view));
  const stretchX = Math.min(MAX_STRETCH, Math.max(1, view / graph));
  if (stretchX === 1 && stretchY === 1) return;
  const cx = box.x1 + box.w / 2;
  const cyMid = box.y1 + box.h / 2;
  cy.batch(() => {
    nodes.positions((node) => {
      const { x, y } = node.position();
      return { x: cx + (x - cx) * stretchX, y: cyMid + (y - cyMid) * stretchY };
    });
  });
}

/**
 * Fits the nodes' bodies, with room around them for labels. Not Cytoscape's fit, which counts
 * every label, hidden or not, at the size it had before the fit changed the zoom.
 */
export function fitReadable(cy: Core): void {
  const nodes = cy.nodes(':visible');
  if (nodes.empty()) return;
  const box = nodes.boundingBox({ includeNodes: true, includeEdges: false, includeLabels: false, includeOverlays: false });
  const width = Math.max(1, cy.width() - 2 * FIT_MARGIN.side);
  const height = Math.max(1, cy.height() - FIT_MARGIN.top - FIT_MARGIN.bottom);
  const fitted = Math.min(width / Math.max(box.w, 1), height / Math.max(box.h, 1));
  const zoom = Math.min(Math.max(fitted, cy.minZoom()), cy.maxZoom());
  cy.viewport({
    zoom,
    pan: { x: cy.width() / 2 - (box.x1 + box.w / 2) * zoom, y: FIT_MARGIN.top + height / 2 - (box.y1 + box.h / 2) * zoom },
  });
  scaleLabels(cy);
  placeLabels(cy);
}

/** Where keepLabelsReadable leaves the stylesheet maker for scaleLabels. */
const STYLE_AT_SCALE = 'styleAtLabelScale';

/**
 * Keeps `cy`'s labels readable from now on: at most once a frame after the viewport, the
 * elements, their positions or their classes change; `styleAtScale` gives the stylesheet with
 * labels at a scale. Returns the function that stops it.
 */
export function keepLabelsReadable(cy: Core, styleAtScale: (scale: number) => StylesheetJson): () => void {
  cy.scratch(STYLE_AT_SCALE, styleAtScale);
  let frame = 0;
  let placing = false;
  const update = () => {
    frame = 0;
    if (cy.destroyed()) return;
    placing = true;
    scaleLabels(cy);
    placeLabels(cy);
    placing = false;
  };
  const schedule = () => {
    if (!placing && frame === 0) frame = requestAnimationFrame(update);
  };
  // Leaving anything clears every hover mark: a pointer that jumps off the canvas may leave
  // no mouseout for what it was over last.
  const over = (event: EventObject) => {
    cy.$(`.${HOVER}`).not(event.target).removeClass(HOVER);
    event.target.addClass(HOVER);
  };
  const out = () => {
    cy.$(`.${HOVER}`).removeClass(HOVER);
  };
  cy.on('viewport resize add remove position class', schedule);
  cy.on('mouseover', 'node, edge', over);
  cy.on('mouseout', 'node, edge', out);
  const container = cy.container();
  container?.addEventListener('mouseleave', out);
  update();
  return () => {
    if (frame !== 0) cancelAnimationFrame(frame);
    cy.off('viewport resize add remove position class', schedule);
    cy.off('mouseover', 'node, edge', over);
    cy.off('mouseout', 'node, edge', out);
    container?.removeEventListener('mouseleave', out);
  };
}
