import type { KindInfo } from '../api/types';
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, graphFacts, type AttributeSpec, type AttributeValue, type Positions } from './graphAttributes';
import type { Report } from './report';
import { el, renderXml, type XmlElement } from './xml';

// GraphML of the view, for yEd, Cytoscape desktop and Gephi: every attribute declared with its
// type; x, y and a colour where the picture is known (Gephi reads those as the layout); and
// yEd's own node and edge graphics (shape, colour, label, place), so yEd opens it drawn.

const NS = 'http://graphml.graphdrawing.org/xmlns';
const YED = 'http://www.yworks.com/xml/graphml';
/** yEd's shapes nearest to the page's; a shape not listed is drawn as an ellipse. */
const YED_SHAPES: Partial<Record<KindInfo['shape'], string>> = { ellipse: 'ellipse', 'round-rectangle': 'roundrectangle', rectangle: 'rectangle', tag: 'hexagon', 'round-tag': 'hexagon', 'round-diamond': 'diamond', hexagon: 'hexagon', 'round-hexagon': 'hexagon', triangle: 'triangle', 'round-triangle': 'triangle', octagon: 'octagon', star: 'star5' };
const YED_NODE_SIZE = 30;

function yedNode(name: string, look: KindInfo, at: { x: number; y: number } | undefined): XmlElement {
  const half = YED_NODE_SIZE / 2;
  return el(
    'data',
    { key: 'n_yed' },
    el(
      'y:ShapeNode',
      {},
      el('y:Geometry', { x: (at?.x ?? 0) - half, y: (at?.y ?? 0) - half, width: YED_NODE_SIZE, height: YED_NODE_SIZE }),
      el('y:Fill', { color: look.colour.toUpperCase(), transparent: 'false' }),
      el('y:BorderStyle', { color: '#FFFFFF', type: 'line', width: '1.0' }),
      el('y:NodeLabel', { modelName: 'sides', modelPosition: 's', fontSize: 12 }, name),
      el('y:Shape', { type: YED_SHAPES[look.shape] ?? 'ellipse' }),
    ),
  );
}

function yedEdge(label: string): XmlElement {
  return el(
    'data',
    { key: 'e_yed' },
    el('y:PolyLineEdge', {}, el('y:LineStyle', { color: '#6B7280', type: 'line', width: '1.0' }), el('y:Arrows', { source: 'none', target: 'standard' }), el('y:EdgeLabel', { fontSize: 10 }, label)),
  );
}

function keyElement(id: string, target: 'graph' | 'node' | 'edge', name: string, type: string): XmlElement {
  return el('key', { id, for: target, 'attr.name': name, 'attr.type': type });
}

function dataElements<T>(specs: readonly AttributeSpec<T>[], prefix: string, item: T, report: Report): XmlElement[] {
  return specs.flatMap((spec) => {
    const value: AttributeValue = spec.value(item, report);
    return value === null || value === '' ? [] : [el('data', { key: `${prefix}${spec.name}` }, String(value))];
  });
}

/** The view as a GraphML document. */
export function toGraphMl(report: Report, positions: Positions = new Map()): string {
  const facts = graphFacts(report);
  const keys = [
    ...facts.map((f) => keyElement(`g_${f.name}`, 'graph', f.name, 'string')),
    ...NODE_ATTRIBUTES.map((a) => keyElement(`n_${a.name}`, 'node', a.name, a.type)),
    keyElement('n_x', 'node', 'x', 'double'),
    keyElement('n_y', 'node', 'y', 'double'),
    keyElement('n_color', 'node', 'color', 'string'),
    ...EDGE_ATTRIBUTES.map((a) => keyElement(`e_${a.name}`, 'edge', a.name, a.type)),
    el('key', { id: 'n_yed', for: 'node', 'yfiles.type': 'nodegraphics' }),
    el('key', { id: 'e_yed', for: 'edge', 'yfiles.type': 'edgegraphics' }),
  ];
  const ids = new Set(report.entities.map((e) => e.id));
  const nodes = report.entities.map((entity) => {
    const at = positions.get(entity.id);
    return el(
      'node',
      { id: entity.id },
      dataElements(NODE_ATTRIBUTES, 'n_', entity, report),
      at ? [el('data', { key: 'n_x' }, String(Math.round(at.x * 10) / 10)), el('data', { key: 'n_y' }, String(Math.round(at.y * 10) / 10))] : [],
      el('data', { key: 'n_color' }, report.kinds.look(entity.kind).colour),
      yedNode(entity.name, report.kinds.look(entity.kind), at),
    );
  });
  const edges = report.relations
    .filter((r) => ids.has(r.from.id) && ids.has(r.to.id))
    .map((relation) => el('edge', { id: relation.id, source: relation.from.id, target: relation.to.id }, dataElements(EDGE_ATTRIBUTES, 'e_', relation, report), yedEdge(relation.label)));
  const graph = el('graph', { id: 'view', edgedefault: 'directed' }, facts.map((f) => el('data', { key: `g_${f.name}` }, f.value)), nodes, edges);
  const root = el(
    'graphml',
    { xmlns: NS, 'xmlns:y': YED, 'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance', 'xsi:schemaLocation': `${NS} ${NS}/1.0/graphml.xsd` },
    keys,
    graph,
  );
  return renderXml(root, { declaration: true, indent: true });
}
