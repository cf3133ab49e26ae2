import type { KindInfo } from '../api/types';
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, graphFacts, type AttributeSpec, type AttributeType, type Positions } from './graphAttributes';
import type { Report } from './report';
import { el, renderXml, type XmlElement } from './xml';

// GEXF 1.3 of the view, for Gephi: typed attributes, and the picture's positions, colours and
// shapes in the viz namespace so the file opens looking like the page.

const GEXF_TYPES: Record<AttributeType, string> = { string: 'string', int: 'integer', double: 'double', boolean: 'boolean' };
/** Gephi's shapes nearest to the page's; a shape not listed is drawn as a disc. */
const VIZ_SHAPES: Partial<Record<KindInfo['shape'], string>> = { ellipse: 'disc', 'round-rectangle': 'square', rectangle: 'square', tag: 'triangle', 'round-tag': 'triangle', triangle: 'triangle', 'round-triangle': 'triangle', 'round-diamond': 'diamond' };

function declarations<T>(target: 'node' | 'edge', specs: readonly AttributeSpec<T>[]): XmlElement {
  // GEXF gives nodes and edges a label of their own.
  return el('attributes', { class: target, mode: 'static' }, specs.filter((s) => s.name !== 'label').map((s) => el('attribute', { id: s.name, title: s.name, type: GEXF_TYPES[s.type] })));
}

function values<T>(specs: readonly AttributeSpec<T>[], item: T, report: Report): XmlElement {
  return el(
    'attvalues',
    {},
    specs.flatMap((spec) => {
      const value = spec.name === 'label' ? null : spec.value(item, report);
      return value === null || value === '' ? [] : [el('attvalue', { for: spec.name, value: String(value) })];
    }),
  );
}

function rgb(hex: string): { r: number; g: number; b: number } {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255 };
}

/** The view as a GEXF 1.3 document. */
export function toGexf(report: Report, positions: Positions = new Map()): string {
  const facts = graphFacts(report);
  const description = facts.filter((f) => f.name !== 'title').map((f) => f.value).join('\n');
  const ids = new Set(report.entities.map((e) => e.id));
  const nodes = report.entities.map((entity) => {
    const at = positions.get(entity.id);
    const look = report.kinds.look(entity.kind);
    return el(
      'node',
      { id: entity.id, label: entity.name },
      values(NODE_ATTRIBUTES, entity, report),
      el('viz:color', rgb(look.colour)),
      el('viz:size', { value: 10 + Math.min(entity.degree, 24) / 2 }),
      el('viz:shape', { value: VIZ_SHAPES[look.shape] ?? 'disc' }),
      // Gephi's y axis points up; the page's points down.
      at ? el('viz:position', { x: at.x, y: -at.y, z: 0 }) : null,
    );
  });
  const edges = report.relations
    .filter((r) => ids.has(r.from.id) && ids.has(r.to.id))
    .map((relation) => el('edge', { id: relation.id, source: relation.from.id, target: relation.to.id, label: relation.label }, values(EDGE_ATTRIBUTES, relation, report)));
  const root = el(
    'gexf',
    { xmlns: 'http://gexf.net/1.3', 'xmlns:viz': 'http://gexf.net/1.3/viz', 'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance', 'xsi:schemaLocation': 'http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd', version: '1.3' },
    el('meta', { lastmodifieddate: report.exportedAt.toISOString().slice(0, 10) }, el('creator', {}, 'inquiry-graph'), el('title', {}, report.title), el('description', {}, description)),
    el('graph', { defaultedgetype: 'directed', mode: 'static' }, declarations('node', NODE_ATTRIBUTES), declarations('edge', EDGE_ATTRIBUTES), el('nodes', {}, nodes), el('edges', {}, edges)),
  );
  return renderXml(root, { declaration: true, indent: true });
}
