import { GEOMETRY, placeX, type ChronoItem, type ChronologyLayout, type ItemX, type PlacedItem, type TimeScale } from '../chronology';

// The chronology drawn on a canvas, for data sets with thousands of items where SVG elements
// would be too many: the same layout as the SVG, only the rows in the visible window, labels
// culled to what is on screen.

export interface CanvasArrow {
  item: ChronoItem;
  y1: number;
  y2: number;
}

export interface CanvasView {
  width: number;
  /** Top of the visible window in layout coordinates, and its height. */
  top: number;
  height: number;
  pixelRatio: number;
}

const COLORS = {
  laneAlt: '#f9fafb',
  rule: '#e5e7eb',
  possible: 'rgba(254, 243, 199, 0.85)',
  certain: 'rgba(254, 226, 226, 0.85)',
  knowledgeFill: '#fecaca',
  knowledgeStroke: '#991b1b',
  factFill: '#d1d5db',
  factStroke: '#4b5563',
  entityFill: '#ede9fe',
  entityStroke: '#7c3aed',
  claimed: '#dc2626',
  label: '#111827',
  selected: '#1d4ed8',
  active: '#f59e0b',
};

/** Draws the visible window; returns nothing, keeps no state. */
export function drawChronologyCanvas(
  context: CanvasRenderingContext2D,
  layout: ChronologyLayout,
  scale: TimeScale,
  view: CanvasView,
  highlight: { selected: string | null; active: string | null },
  arrows: readonly CanvasArrow[],
): void {
  const { width, top, height, pixelRatio } = view;
  const { fontSize, rowHeight } = GEOMETRY;
  context.setTransform(pixelRatio, 0, 0, pixelRatio, 0, -top * pixelRatio);
  context.clearRect(0, top, width, height);
  const bottom = top + height;
  layout.lanes.forEach(({ lane, y, height: h }, i) => {
    if (y > bottom || y + h < top) return;
    context.fillStyle = i % 2 === 0 ? '#fff' : COLORS.laneAlt;
    context.fillRect(0, y, width, h);
    for (const k of lane.knew) {
      const half = k.channel === 'INSTITUTIONAL';
      const y0 = half ? y + h / 2 : y;
      const possibleX = Math.max(0, k.possibleFrom === null ? 0 : scale(k.possibleFrom));
      const certainX = k.certainFrom === null ? width : Math.min(width, scale(k.certainFrom));
      context.fillStyle = COLORS.possible;
      if (certainX > possibleX) context.fillRect(possibleX, y0, certainX - possibleX, half ? h / 2 : h);
      context.fillStyle = COLORS.certain;
      if (certainX < width) context.fillRect(certainX, y0, width - certainX, half ? h / 2 : h);
    }
    context.fillStyle = COLORS.rule;
    context.fillRect(0, y + h - 1, width, 1);
  });
  context.strokeStyle = COLORS.knowledgeStroke;
  context.fillStyle = COLORS.knowledgeStroke;
  context.lineWidth = 1.5;
  for (const a of arrows) {
    if (Math.max(a.y1, a.y2) < top || Math.min(a.y1, a.y2) > bottom) continue;
    const x = placeX(a.item, scale).anchor;
    if (x < 0 || x > width) continue;
    const down = a.y2 > a.y1 ? 1 : -1;
    context.beginPath();
    context.moveTo(x, a.y1);
    context.lineTo(x, a.y2);
    context.stroke();
    context.beginPath();
    context.moveTo(x, a.y2);
    context.lineTo(x - 4, a.y2 - 7 * down);
    context.lineTo(x + 4, a.y2 - 7 * down);
    context.fill();
  }
  context.font = `${fontSize}px system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif`;
  context.textBaseline = 'alphabetic';
  for (const placed of layout.items) {
    if (placed.y > bottom || placed.y + rowHeight < top) continue;
    const x = placeX(placed.item, scale);
    if (x.x1 > width || Math.max(x.x2, x.x1 + placed.labelWidth) < 0) continue;
    drawItem(context, placed, x, highlight);
  }
}

function drawItem(context: CanvasRenderingContext2D, placed: PlacedItem, x: ItemX, highlight: { selected: string | null; active: string | null }): void {
  const { item, y, label } = placed;
  const { barHeight, fontSize } = GEOMETRY;
  const barY = y + 4;
  const [fill, stroke] = item.knowledge ? [COLORS.knowledgeFill, COLORS.knowledgeStroke] : item.relationType ? [COLORS.factFill, COLORS.factStroke] : [COLORS.entityFill, COLORS.entityStroke];
  context.fillStyle = COLORS.claimed;
  for (const c of x.claimed) context.fillRect(c.x1, barY + barHeight + 1, c.x2 - c.x1, 4);
  if (x.openStart || x.openEnd) {
    const gradient = context.createLinearGradient(x.x1, 0, x.x2, 0);
    gradient.addColorStop(x.openStart ? 0 : 1, 'rgba(107, 114, 128, 0)');
    gradient.addColorStop(x.openStart ? 1 : 0, stroke);
    context.fillStyle = gradient;
    context.fillRect(x.x1, barY, x.x2 - x.x1, barHeight);
  } else {
    context.fillStyle = fill;
    context.fillRect(x.x1, barY, x.x2 - x.x1, barHeight);
    context.strokeStyle = stroke;
    context.lineWidth = 1;
    context.strokeRect(x.x1 + 0.5, barY + 0.5, x.x2 - x.x1 - 1, barHeight - 1);
  }
  const selected = item.id === highlight.selected;
  if (selected || item.key === highlight.active) {
    context.strokeStyle = selected ? COLORS.selected : COLORS.active;
    context.lineWidth = 3;
    context.strokeRect(x.x1 - 2, barY - 2, x.x2 - x.x1 + 4, barHeight + 4);
  }
  context.fillStyle = selected ? COLORS.selected : COLORS.label;
  context.fillText(label, Math.min(x.x1, ...x.claimed.map((c) => c.x1)), barY + barHeight + fontSize + 3);
}

/** The item under a point (layout coordinates), if any. */
export function itemAt(layout: ChronologyLayout, scale: TimeScale, px: number, py: number): PlacedItem | null {
  for (const placed of layout.items) {
    if (py < placed.y || py > placed.y + GEOMETRY.rowHeight) continue;
    const x = placeX(placed.item, scale);
    if (px >= x.x1 - 2 && px <= Math.max(x.x2, x.x1 + placed.labelWidth) + 2) return placed;
  }
  return null;
}
