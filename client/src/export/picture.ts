import type { EntityKind } from '../api/types';
import { DISPUTED_COLOR, KNOWLEDGE_COLORS } from '../graph/palette';
import { estimateMeasure, wrapText, type DrawnEdge, type DrawnNode, type Drawing, type MeasureFor, type Point } from './drawing';
import type { Report } from './report';
import { el, renderXml, type XmlElement } from './xml';

// The picture of the view for a report, as SVG: title, what is on view, filters and as-of date,
// the graph, a legend of what appears in it, and the sources it cites. The graph is drawn as
// vector shapes from the page's drawing, or is the page's own bitmap (for the PNG).

export interface PictureOptions {
  /** How text is measured for wrapping (the page passes the browser's metrics). */
  measureFor?: MeasureFor;
  /** The graph as the page's PNG (data: URL) instead of vector shapes. */
  raster?: string;
  /** Title and the lines about the view (a case file has its own). */
  header?: boolean;
  /** The list of sources cited (a case file has footnotes instead). */
  sources?: boolean;
}

const MARGIN = 28;
const MIN_WIDTH = 900;
const MAX_GRAPH_WIDTH = 1800;
const INK = '#111827';
const MUTED = '#4b5563';

type Shape = DrawnNode['shape'];

/** Outline of a node shape centred on (x, y), as an SVG element. */
function shapeElement(shape: Shape, x: number, y: number, w: number, h: number, paint: Record<string, string | number>): XmlElement {
  const polygon = (unit: number[]) => {
    const points: string[] = [];
    for (let i = 0; i < unit.length; i += 2) points.push(`${round(x + ((unit[i] ?? 0) * w) / 2)},${round(y + ((unit[i + 1] ?? 0) * h) / 2)}`);
    return el('polygon', { points: points.join(' '), 'stroke-linejoin': 'round', ...paint });
  };
  switch (shape) {
    case 'round-rectangle':
    case 'roundrectangle':
    case 'rectangle':
      return el('rect', { x: x - w / 2, y: y - h / 2, width: w, height: h, rx: shape === 'rectangle' ? 0 : Math.min(w / 4, h / 4, 8), ...paint });
    case 'tag':
      return polygon([-1, -1, 1 / 3, -1, 1, 0, 1 / 3, 1, -1, 1]);
    case 'diamond':
    case 'round-diamond':
      return polygon([0, -1, 1, 0, 0, 1, -1, 0]);
    case 'triangle':
    case 'round-triangle':
      return polygon([0, -1, 1, 1, -1, 1]);
    default:
      return el('ellipse', { cx: x, cy: y, rx: w / 2, ry: h / 2, ...paint });
  }
}

const round = (n: number) => Math.round(n * 100) / 100;

function textBlock(lines: readonly string[], x: number, top: number, fontSize: number, attributes: Record<string, string | number>): XmlElement {
  return el(
    'text',
    { x, y: top + fontSize, 'font-size': fontSize, ...attributes },
    lines.map((line, i) => el('tspan', { x, dy: i === 0 ? 0 : fontSize * 1.25 }, line)),
  );
}

function drawNode(node: DrawnNode, measureFor: MeasureFor): XmlElement {
  const paint: Record<string, string | number> = { fill: node.fill };
  if (node.borderWidth > 0) {
    paint.stroke = node.borderColor;
    paint['stroke-width'] = node.borderWidth;
    if (node.borderDashed) paint['stroke-dasharray'] = `${node.borderWidth * 2} ${node.borderWidth * 1.5}`;
  }
  const parts: XmlElement[] = [shapeElement(node.shape, node.x, node.y, node.width, node.height, paint)];
  if (node.disputed) {
    const cx = node.x + node.width / 2 - 8;
    const cy = node.y - node.height / 2 + 8;
    parts.push(
      el('circle', { cx, cy, r: 7.5, fill: DISPUTED_COLOR, stroke: '#ffffff', 'stroke-width': 1 }),
      el('rect', { x: cx - 1, y: cy - 4.8, width: 2, height: 6.2, rx: 1, fill: '#ffffff' }),
      el('circle', { cx, cy: cy + 4, r: 1.2, fill: '#ffffff' }),
    );
  }
  const label = labelBox(node, measureFor);
  if (label) {
    const lineHeight = node.fontSize * 1.25;
    parts.push(
      el('rect', { x: label.x1, y: label.y1, width: label.x2 - label.x1, height: label.y2 - label.y1, rx: 2, fill: '#ffffff', 'fill-opacity': 0.85 }),
      el(
        'text',
        { x: node.x, y: label.y1 + 2 + node.fontSize, 'font-size': node.fontSize, 'text-anchor': 'middle', fill: node.color, 'font-weight': node.bold ? 'bold' : null },
        node.lines.map((line, i) => el('tspan', { x: node.x, dy: i === 0 ? 0 : lineHeight }, line)),
      ),
    );
  }
  return el('g', { 'data-id': node.id, opacity: node.opacity < 1 ? node.opacity : null }, parts);
}

function pathData(points: readonly Point[]): string {
  const [start, ...rest] = points;
  if (!start) return '';
  const end = rest[rest.length - 1];
  const controls = rest.slice(0, -1);
  if (!end) return '';
  if (controls.length === 0) return `M${round(start.x)},${round(start.y)} L${round(end.x)},${round(end.y)}`;
  // Cytoscape's chained quadratic curves: each control point, with the midpoints between
  // neighbouring control points as the joins.
  let d = `M${round(start.x)},${round(start.y)}`;
  controls.forEach((c, i) => {
    const next = controls[i + 1];
    const to = next ? { x: (c.x + next.x) / 2, y: (c.y + next.y) / 2 } : end;
    d += ` Q${round(c.x)},${round(c.y)} ${round(to.x)},${round(to.y)}`;
  });
  return d;
}

/** Length of Cytoscape's triangle arrow for a line of this width. */
function arrowLength(width: number, scale: number): number {
  return 0.3 * Math.max(Math.pow(width * 13.37, 0.9), 29) * scale;
}

function drawEdge(edge: DrawnEdge, measureFor: MeasureFor): XmlElement {
  const parts: XmlElement[] = [];
  const end = edge.points[edge.points.length - 1];
  const before = edge.points[edge.points.length - 2];
  let points = edge.points;
  let arrow: XmlElement | null = null;
  if (edge.arrow && end && before) {
    const dx = end.x - before.x;
    const dy = end.y - before.y;
    const length = Math.hypot(dx, dy) || 1;
    const ux = dx / length;
    const uy = dy / length;
    const size = arrowLength(edge.width, edge.arrowScale);
    const base = { x: end.x - ux * size, y: end.y - uy * size };
    const half = size / 2;
    arrow = el('polygon', {
      points: `${round(end.x)},${round(end.y)} ${round(base.x - uy * half)},${round(base.y + ux * half)} ${round(base.x + uy * half)},${round(base.y - ux * half)}`,
      fill: edge.color,
    });
    // The line stops at the arrow's base, as on the page.
    points = [...edge.points.slice(0, -1), base];
  }
  parts.push(
    el('path', {
      d: pathData(points),
      fill: 'none',
      stroke: edge.color,
      'stroke-width': edge.width,
      'stroke-dasharray': edge.dashed ? `${edge.width * 4} ${edge.width * 3}` : null,
    }),
  );
  if (arrow) parts.push(arrow);
  const start = edge.points[0];
  if (edge.label && start && end) {
    const mid = midpoint(edge.points);
    let angle = (Math.atan2(end.y - start.y, end.x - start.x) * 180) / Math.PI;
    if (angle > 90) angle -= 180;
    if (angle < -90) angle += 180;
    // A light backing, as on the page, so the line does not run through the words.
    const width = measureFor(edge.fontSize)(edge.label) + 2;
    parts.push(
      el(
        'g',
        { transform: `rotate(${round(angle)} ${round(mid.x)} ${round(mid.y)})` },
        el('rect', { x: mid.x - width / 2, y: mid.y - edge.fontSize * 0.65, width, height: edge.fontSize * 1.3, fill: '#ffffff', 'fill-opacity': 0.85 }),
        el('text', { x: mid.x, y: mid.y, 'font-size': edge.fontSize, 'text-anchor': 'middle', 'dominant-baseline': 'central', fill: edge.labelColor }, edge.label),
      ),
    );
  }
  return el('g', { 'data-id': edge.id, opacity: edge.opacity < 1 ? edge.opacity : null }, parts);
}

/** The point halfway along a straight line or a chain of quadratic curves (at t = 0.5 of the middle one). */
function midpoint(points: readonly Point[]): Point {
  const start = points[0] ?? { x: 0, y: 0 };
  const end = points[points.length - 1] ?? start;
  if (points.length === 3) {
    const c = points[1] ?? start;
    return { x: 0.25 * start.x + 0.5 * c.x + 0.25 * end.x, y: 0.25 * start.y + 0.5 * c.y + 0.25 * end.y };
  }
  return { x: (start.x + end.x) / 2, y: (start.y + end.y) / 2 };
}

/** "#1d4ed8" and "rgb(29,78,216)" are the same colour. */
export function sameColour(a: string, b: string): boolean {
  const parse = (c: string) => {
    const hex = /^#([0-9a-f]{6})$/i.exec(c.trim());
    if (hex) {
      const n = Number.parseInt(hex[1] ?? '0', 16);
      return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
    }
    const rgb = /^rgba?\((\d+),\s*(\d+),\s*(\d+)/i.exec(c.trim());
    return rgb ? [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])] : null;
  };
  const x = parse(a);
  const y = parse(b);
  return x !== null && y !== null && x.every((v, i) => v === y[i]);
}

export interface LegendEntry {
  label: string;
  /** The sample drawn before the label. */
  sample: { kind: 'shape'; shape: Shape; fill: string; stroke?: string; dashed?: boolean } | { kind: 'line'; color: string; width: number; dashed?: boolean };
}

/** What the picture's marks mean: only what appears in it. */
export function legendEntries(report: Report, drawing: Drawing): LegendEntry[] {
  const kinds = new Set<EntityKind>(report.entities.map((e) => e.kind));
  const knowledge = report.asOfDay !== null;
  // Knowledge mode recolours some kinds: those keep only their shape in the legend.
  const kindOf = new Map(report.entities.map((e) => [e.id, e.kind]));
  const keepsColour = new Set(
    drawing.nodes.flatMap((n) => {
      const kind = kindOf.get(n.id);
      return kind !== undefined && sameColour(n.fill, report.kinds.look(kind).colour) ? [kind] : [];
    }),
  );
  const entries: LegendEntry[] = report.kinds.list
    .filter((info) => kinds.has(info.kind))
    .map(({ kind, label, shape, colour }) => ({
      label,
      sample: keepsColour.has(kind) || drawing.nodes.length === 0 ? { kind: 'shape', shape, fill: colour } : { kind: 'shape', shape, fill: '#ffffff', stroke: '#374151' },
    }));
  entries.push({ label: 'relation (arrow from the one who acts)', sample: { kind: 'line', color: '#6b7280', width: 1.5 } });
  if (report.entities.some((e) => e.disputed) || report.relations.some((r) => r.disputed)) {
    entries.push({ label: 'disputed: the sources disagree', sample: { kind: 'shape', shape: 'ellipse', fill: '#ffffff', stroke: DISPUTED_COLOR, dashed: true } });
  }
  if (knowledge) {
    entries.push(
      { label: 'certainly knew', sample: { kind: 'shape', shape: 'ellipse', fill: KNOWLEDGE_COLORS.CERTAIN } },
      { label: 'possibly knew', sample: { kind: 'shape', shape: 'ellipse', fill: KNOWLEDGE_COLORS.POSSIBLE } },
      { label: 'raised concerns', sample: { kind: 'shape', shape: 'ellipse', fill: KNOWLEDGE_COLORS.RAISED } },
      { label: 'no record (person or agency)', sample: { kind: 'shape', shape: 'ellipse', fill: KNOWLEDGE_COLORS.NONE } },
    );
  }
  if (report.scope.kind === 'path' && drawing.nodes.some((n) => n.opacity < 1)) {
    entries.push({ label: 'on the path (the rest is faded)', sample: { kind: 'line', color: '#ca8a04', width: 4 } });
  }
  return entries;
}

function legendSample(sample: LegendEntry['sample'], x: number, y: number): XmlElement {
  if (sample.kind === 'line') {
    return el('line', { x1: x, y1: y, x2: x + 22, y2: y, stroke: sample.color, 'stroke-width': sample.width, 'stroke-dasharray': sample.dashed ? '5 3' : null });
  }
  const paint: Record<string, string | number> = { fill: sample.fill, stroke: sample.stroke ?? '#ffffff', 'stroke-width': sample.stroke ? 2 : 1 };
  if (sample.dashed) paint['stroke-dasharray'] = '3 2';
  return shapeElement(sample.shape, x + 11, y, 16, 16, paint);
}

/** Label box of a node as drawNode lays it out. */
function labelBox(node: DrawnNode, measureFor: MeasureFor): { x1: number; y1: number; x2: number; y2: number } | null {
  if (node.lines.length === 0) return null;
  const width = Math.max(...node.lines.map(measureFor(node.fontSize, node.bold)));
  const top = node.y + node.height / 2 + 2;
  return { x1: node.x - width / 2 - 2, y1: top, x2: node.x + width / 2 + 2, y2: top + node.fontSize * 1.25 * node.lines.length + 2 };
}

/**
 * The page's bounding box grown to hold the labels as this picture wraps them (its font metrics
 * can differ a little from Cytoscape's), with a small margin.
 */
function drawnBox(drawing: Drawing, measureFor: MeasureFor): Drawing['box'] {
  const box = { ...drawing.box };
  for (const node of drawing.nodes) {
    const label = labelBox(node, measureFor);
    for (const part of label ? [label] : []) {
      box.x1 = Math.min(box.x1, part.x1);
      box.y1 = Math.min(box.y1, part.y1);
      box.x2 = Math.max(box.x2, part.x2);
      box.y2 = Math.max(box.y2, part.y2);
    }
  }
  const pad = 12;
  return { x1: box.x1 - pad, y1: box.y1 - pad, x2: box.x2 + pad, y2: box.y2 + pad };
}

/** The report picture as an SVG document, with its size in CSS pixels. */
export function pictureDocument(report: Report, drawing: Drawing, options: PictureOptions = {}): { svg: string; width: number; height: number } {
  const element = pictureElement(report, drawing, options);
  return { svg: renderXml(element, { declaration: true }), width: Number(element.attributes.width), height: Number(element.attributes.height) };
}

/** The report picture as an SVG document. */
export function pictureSvg(report: Report, drawing: Drawing, options: PictureOptions = {}): string {
  return pictureDocument(report, drawing, options).svg;
}

/** The report picture as an SVG element (for embedding in HTML). */
export function pictureElement(report: Report, drawing: Drawing, options: PictureOptions = {}): XmlElement {
  const measureFor = options.measureFor ?? estimateMeasure;
  const header = options.header ?? true;
  const withSources = options.sources ?? true;
  const box = options.raster ? drawing.box : drawnBox(drawing, measureFor);
  const boxWidth = Math.max(1, box.x2 - box.x1);
  const boxHeight = Math.max(1, box.y2 - box.y1);
  const scale = boxWidth > MAX_GRAPH_WIDTH ? MAX_GRAPH_WIDTH / boxWidth : 1;
  const graphWidth = boxWidth * scale;
  const graphHeight = boxHeight * scale;
  const inner = Math.max(MIN_WIDTH, graphWidth);
  const width = inner + 2 * MARGIN;
  const out: XmlElement[] = [el('rect', { x: 0, y: 0, width: '100%', height: '100%', fill: '#ffffff' })];
  let y = MARGIN;

  const lines = (text: string, size: number, bold = false) => wrapText(text, inner, measureFor(size, bold));
  if (header) {
    const title = lines(report.title, 22, true);
    out.push(textBlock(title, MARGIN, y, 22, { 'font-weight': 'bold', fill: INK }));
    y += title.length * 22 * 1.25 + 6;
    for (const [text, size, color] of [
      [report.subtitle, 15, INK],
      [report.filters, 13, MUTED],
      [report.asOf, 13, MUTED],
      [report.exported, 12, MUTED],
    ] as const) {
      const wrapped = lines(text, size);
      out.push(textBlock(wrapped, MARGIN, y, size, { fill: color }));
      y += wrapped.length * size * 1.25 + 3;
    }
    y += 10;
  }

  // The graph, centred, with a thin frame.
  const left = MARGIN + (inner - graphWidth) / 2;
  out.push(el('rect', { x: MARGIN - 0.5, y: y - 0.5, width: inner + 1, height: graphHeight + 1, fill: 'none', stroke: '#d1d5db' }));
  if (options.raster) {
    out.push(el('image', { x: left, y, width: graphWidth, height: graphHeight, href: options.raster, preserveAspectRatio: 'xMidYMid meet' }));
  } else {
    out.push(
      el(
        'g',
        { transform: `translate(${round(left - box.x1 * scale)} ${round(y - box.y1 * scale)}) scale(${round(scale * 10000) / 10000})`, 'font-family': drawing.fontFamily },
        el('g', { class: 'edges' }, drawing.edges.map((e) => drawEdge(e, measureFor))),
        el('g', { class: 'nodes' }, drawing.nodes.map((n) => drawNode(n, measureFor))),
      ),
    );
  }
  y += graphHeight + 16;

  // Legend: samples and labels in rows.
  const legend = legendEntries(report, drawing);
  const legendMeasure = measureFor(13);
  out.push(textBlock(['Legend'], MARGIN, y, 13, { 'font-weight': 'bold', fill: INK }));
  let x = MARGIN + legendMeasure('Legend') + 16;
  const rowHeight = 22;
  for (const entry of legend) {
    const itemWidth = 28 + legendMeasure(entry.label) + 18;
    if (x + itemWidth > MARGIN + inner) {
      x = MARGIN;
      y += rowHeight;
    }
    out.push(legendSample(entry.sample, x, y + 9), textBlock([entry.label], x + 28, y, 13, { fill: INK }));
    x += itemWidth;
  }
  y += rowHeight + 8;

  if (withSources) {
    const heading = `Sources cited by what is on view (${report.sources.length})`;
    out.push(textBlock([heading], MARGIN, y, 14, { 'font-weight': 'bold', fill: INK }));
    y += 24;
    const columns = inner >= 1100 ? 2 : 1;
    const gap = 24;
    const columnWidth = (inner - gap * (columns - 1)) / columns;
    const measure = measureFor(12);
    const items = report.sources.map((s, i) => wrapText(`${i + 1}. ${s.source.title}`, columnWidth - 16, measure));
    // Fill the columns in order, each about as tall as the others.
    const total = items.reduce((n, item) => n + item.length, 0);
    const perColumn = Math.ceil(total / columns);
    let column = 0;
    let used = 0;
    let top = y;
    let bottom = y;
    for (const item of items) {
      if (used > 0 && used + item.length > perColumn && column < columns - 1) {
        column += 1;
        used = 0;
        top = y;
      }
      out.push(textBlock(item, MARGIN + column * (columnWidth + gap), top, 12, { fill: INK }));
      top += item.length * 15 + 4;
      used += item.length;
      bottom = Math.max(bottom, top);
    }
    if (items.length === 0) {
      out.push(textBlock(['None: nothing on view carries a citation.'], MARGIN, y, 12, { fill: MUTED }));
      bottom = y + 16;
    }
    y = bottom + 4;
  }
  const height = Math.ceil(y + MARGIN - 10);
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width: Math.ceil(width),
      height,
      viewBox: `0 0 ${Math.ceil(width)} ${height}`,
      'font-family': drawing.fontFamily,
      role: 'img',
      'aria-label': `${report.title}: ${report.subtitle}`,
    },
    el('title', {}, `${report.title}: ${report.subtitle}`),
    out,
  );
}
