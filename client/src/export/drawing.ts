import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { estimateWidth, type Measure } from '../chronology/labels';

// The graph as drawn on the page, read from Cytoscape once: positions, sizes, shapes, colours and
// labels in model coordinates. The SVG writer draws from this; GraphML and GEXF take positions.

export interface Point {
  x: number;
  y: number;
}

export interface DrawnNode {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  shape: string;
  fill: string;
  borderColor: string;
  borderWidth: number;
  borderDashed: boolean;
  opacity: number;
  disputed: boolean;
  /** The label as wrapped on the page (empty when it has none). */
  lines: string[];
  fontSize: number;
  bold: boolean;
  color: string;
}

export interface DrawnEdge {
  id: string;
  /** Source end, control points of a curve (if any), target end. */
  points: Point[];
  color: string;
  width: number;
  dashed: boolean;
  arrow: boolean;
  arrowScale: number;
  opacity: number;
  label: string;
  fontSize: number;
  labelColor: string;
}

export interface Drawing {
  /** Bounding box of everything drawn, labels included. */
  box: { x1: number; y1: number; x2: number; y2: number };
  nodes: DrawnNode[];
  edges: DrawnEdge[];
  fontFamily: string;
}

/** Measures text in a font size (and weight); the page measures with the real font. */
export type MeasureFor = (fontSize: number, bold?: boolean) => Measure;

export const estimateMeasure: MeasureFor = (fontSize, bold) => {
  const measure = estimateWidth(fontSize);
  return bold ? (text) => measure(text) * 1.08 : measure;
};

/** Breaks text into lines no wider than `maxWidth`, at spaces; a word longer than that gets a line of its own. */
export function wrapText(text: string, maxWidth: number, measure: Measure): string[] {
  const words = text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

function px(value: string | number | undefined): number {
  const n = typeof value === 'number' ? value : Number.parseFloat(String(value ?? '0'));
  return Number.isFinite(n) ? n : 0;
}

function readNode(node: NodeSingular, measureFor: MeasureFor): DrawnNode {
  const { x, y } = node.position();
  const label = String(node.style('label') ?? '');
  const fontSize = px(node.style('font-size'));
  const bold = /bold|[6-9]00/.test(String(node.style('font-weight')));
  const wrap = String(node.style('text-wrap')) === 'wrap';
  const maxWidth = px(node.style('text-max-width'));
  return {
    id: node.id(),
    x,
    y,
    width: node.width(),
    height: node.height(),
    shape: String(node.style('shape')),
    fill: String(node.style('background-color')),
    borderColor: String(node.style('border-color')),
    borderWidth: px(node.style('border-width')),
    borderDashed: String(node.style('border-style')) === 'dashed',
    opacity: node.effectiveOpacity(),
    disputed: node.hasClass('disputed'),
    lines: label === '' ? [] : wrap ? wrapText(label, maxWidth, measureFor(fontSize, bold)) : [label],
    fontSize,
    bold,
    color: String(node.style('color')),
  };
}

function readEdge(edge: EdgeSingular): DrawnEdge {
  const curve = String(edge.style('curve-style'));
  const controls = curve === 'bezier' || curve === 'unbundled-bezier' ? (edge.controlPoints() ?? []) : curve === 'segments' ? (edge.segmentPoints() ?? []) : [];
  return {
    id: edge.id(),
    points: [edge.sourceEndpoint(), ...controls, edge.targetEndpoint()].map((p) => ({ x: p.x, y: p.y })),
    color: String(edge.style('line-color')),
    width: px(edge.style('width')),
    dashed: String(edge.style('line-style')) === 'dashed',
    arrow: String(edge.style('target-arrow-shape')) !== 'none',
    arrowScale: px(edge.style('arrow-scale')) || 1,
    opacity: edge.effectiveOpacity(),
    label: String(edge.style('label') ?? ''),
    fontSize: px(edge.style('font-size')),
    labelColor: String(edge.style('color')),
  };
}

/** What Cytoscape has drawn, in model coordinates; labels wrapped with the browser's metrics unless told otherwise. */
export function readDrawing(cy: Core, measureFor?: MeasureFor): Drawing {
  if (cy.nodes().empty()) throw new Error('Nothing is on view to draw.');
  const box = cy.elements().boundingBox({ includeLabels: true, includeOverlays: false });
  const fontFamily = String(cy.nodes().first().style('font-family'));
  const measure = measureFor ?? canvasMeasure(fontFamily);
  return {
    box: { x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2 },
    nodes: cy.nodes().map((node) => readNode(node, measure)),
    edges: cy.edges().map((edge) => readEdge(edge)),
    fontFamily,
  };
}

/** Measures with the browser's own font metrics. */
export function canvasMeasure(fontFamily: string): MeasureFor {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return estimateMeasure;
  return (fontSize, bold) => (text) => {
    context.font = `${bold ? 'bold ' : ''}${fontSize}px ${fontFamily}`;
    return context.measureText(text).width;
  };
}
