import type { Core, ElementDefinition, LayoutOptions, NodeSingular } from 'cytoscape';
import type { Certainty } from '../api/types';
import type { LayoutName } from '../state/urlState';
import { graphModeFor, type GraphMode } from './graphMode';
import { hopsFrom } from './hops';
import { runDraftLayout } from './largeGraph';
import { fitReadable, LABEL_CLASSES, stretchToView } from './readableLabels';
import { withSeededRandom } from './seededRandom';

// Everything the page does to a Cytoscape instance, with no React in it: bring its elements in
// line with a new element list, run a layout, and paint highlight classes.

const LAYOUT_SEED = 20140826;

export interface SyncResult {
  added: string[];
  removed: string[];
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Makes the graph hold exactly `elements`: removes, updates in place, adds. Positions survive. */
export function syncElements(cy: Core, elements: readonly ElementDefinition[]): SyncResult {
  const wanted = new Map<string, ElementDefinition>();
  for (const element of elements) wanted.set(String(element.data.id), element);
  const removed: string[] = [];
  const added: string[] = [];
  cy.batch(() => {
    cy.elements().forEach((element) => {
      const next = wanted.get(element.id());
      if (!next || element.group() !== next.group) {
        removed.push(element.id());
        element.remove();
        return;
      }
      if (!sameJson(element.data(), next.data)) element.data(next.data);
      const classes = Array.isArray(next.classes) ? next.classes.join(' ') : (next.classes ?? '');
      // Keep the classes decorate(), hideSmallLabels() and placeLabels() own; replace only the data-derived ones.
      const kept = element.classes().filter((c) => DECORATION_CLASSES.has(c) || LABEL_CLASSES.has(c) || c === 'quiet');
      element.classes([classes, ...kept].join(' ').trim());
    });
    const toAdd = elements.filter((e) => cy.getElementById(String(e.data.id)).empty());
    for (const element of toAdd) added.push(String(element.data.id));
    // Nodes before edges, as the element list already has them. New nodes start on a grid,
    // not all at (0, 0): a layout measuring edges between coincident nodes warns for each.
    let index = 0;
    const columns = Math.max(1, Math.ceil(Math.sqrt(toAdd.length)));
    const placed = toAdd.map((e) =>
      e.group === 'nodes' && !e.position ? { ...e, data: { ...e.data }, position: { x: (index % columns) * 80, y: Math.floor(index++ / columns) * 80 } } : { ...e, data: { ...e.data } },
    );
    if (placed.length > 0) cy.add(placed);
  });
  return { added, removed };
}

/** Puts new nodes next to the already placed nodes they connect to, so an incremental layout starts close. */
export function placeNearNeighbours(cy: Core, nodeIds: readonly string[]): void {
  const fresh = new Set(nodeIds);
  const centre = cy.nodes().filter((n) => !fresh.has(n.id())).boundingBox();
  nodeIds.forEach((id, index) => {
    const node = cy.getElementById(id);
    if (node.empty() || !node.isNode()) return;
    const placed = node.neighborhood().nodes().filter((n) => !fresh.has(n.id()));
    const angle = (index * 2.399963) % (2 * Math.PI); // golden angle: spread without randomness
    const radius = 60 + (index % 5) * 12;
    let sumX = 0;
    let sumY = 0;
    placed.forEach((n) => {
      sumX += n.position('x');
      sumY += n.position('y');
    });
    const anchor = placed.nonempty()
      ? { x: sumX / placed.length, y: sumY / placed.length }
      : { x: Number.isFinite(centre.x2) ? centre.x2 + 80 : 0, y: Number.isFinite(centre.y1) ? (centre.y1 + centre.y2) / 2 : 0 };
    node.position({ x: anchor.x + radius * Math.cos(angle), y: anchor.y + radius * Math.sin(angle) });
  });
}

export interface LayoutRequest {
  name: LayoutName;
  /** Start from current positions (after an expansion) instead of from scratch. */
  incremental?: boolean;
  /** Centre of the concentric layout. */
  selected?: string | null;
  /** Which layout settings; by default the mode the element count calls for. */
  mode?: GraphMode;
}

/**
 * Runs a layout synchronously and fits the view. Deterministic for the same elements. A large
 * graph gets the quick draft layout, and no incremental force-directed run at all (new nodes
 * stay where placeNearNeighbours put them): either would take minutes for thousands of nodes.
 */
export function runLayout(cy: Core, request: LayoutRequest): void {
  if (cy.nodes().empty()) return;
  const mode = request.mode ?? graphModeFor(cy.elements().length);
  switch (request.name) {
    case 'fcose':
      if (mode === 'large') {
        if (!request.incremental) runDraftLayout(cy, LAYOUT_SEED);
        return;
      }
      withSeededRandom(LAYOUT_SEED, () =>
        cy
          .layout({
            name: 'fcose',
            // 'proof' settles longer and is the quality in which label sizes count; 100-odd
            // nodes still take well under a second.
            quality: 'proof',
            randomize: !request.incremental,
            animate: false,
            fit: true,
            padding: 40,
            nodeDimensionsIncludeLabels: true,
            idealEdgeLength: () => 80,
            nodeRepulsion: () => 6500,
            nodeSeparation: 60,
            gravity: 0.5,
            gravityRange: 2.5,
            numIter: 2500,
          } as LayoutOptions)
          .run(),
      );
      stretchToView(cy);
      fitReadable(cy);
      return;
    case 'concentric': {
      const root = request.selected ? cy.getElementById(request.selected) : null;
      const centre = root && root.nonempty() && root.isNode() ? root : cy.nodes().max((n) => n.degree(false)).ele;
      const hops = hopsFrom(centre.id(), (id) => cy.getElementById(id).neighborhood().nodes().map((node) => node.id()));
      const far = Math.max(0, ...hops.values()) + 1;
      cy.layout({
        name: 'concentric',
        concentric: (node: NodeSingular) => far - (hops.get(node.id()) ?? far),
        levelWidth: () => 1,
        minNodeSpacing: 30,
        animate: false,
        fit: true,
        padding: 40,
      }).run();
      if (mode !== 'large') fitReadable(cy);
      return;
    }
  }
}

export interface Decorations {
  selected: string | null;
  /** When set, these are highlighted and the rest faded; `against` are the edges a path walks against their arrow. */
  highlight: { nodes: ReadonlySet<string>; edges: ReadonlySet<string>; against: ReadonlySet<string> } | null;
  /** Who knew what as of the chosen date; null when that mode is off. */
  knowledge: { actors: ReadonlyMap<string, Certainty>; via: ReadonlySet<string>; raised: ReadonlySet<string>; actorKinds: ReadonlySet<string> } | null;
}

const DECORATION_CLASSES = new Set(['selected', 'faded', 'on-path', 'path-against', 'knew-certain', 'knew-possible', 'knew-none', 'raised-concerns', 'knowledge-via']);

const DECORATED = [...DECORATION_CLASSES].map((c) => `.${c}`).join(', ');

/** Paints selection, highlight and knowledge classes; replaces whatever was painted before. */
export function decorate(cy: Core, decorations: Decorations): void {
  cy.batch(() => {
    // Only what was painted: on a large graph, touching every element would restyle thousands.
    cy.$(DECORATED).removeClass([...DECORATION_CLASSES].join(' '));
    if (decorations.selected) cy.getElementById(decorations.selected).addClass('selected');
    const { highlight, knowledge } = decorations;
    if (highlight) {
      cy.elements().forEach((element) => {
        const id = element.id();
        const on = element.isNode() ? highlight.nodes.has(id) : highlight.edges.has(id);
        element.addClass(on ? 'on-path' : 'faded');
      });
      for (const id of highlight.against) cy.getElementById(id).addClass('path-against');
    }
    if (knowledge) {
      cy.nodes().forEach((node) => {
        const certainty = knowledge.actors.get(node.id());
        if (certainty === 'CERTAIN') node.addClass('knew-certain');
        else if (certainty === 'POSSIBLE') node.addClass('knew-possible');
        else if (knowledge.raised.has(node.id())) node.addClass('raised-concerns');
        else if (knowledge.actorKinds.has(String(node.data('kind')))) node.addClass('knew-none');
      });
      cy.edges().forEach((edge) => {
        if (knowledge.via.has(edge.id())) edge.addClass('knowledge-via');
      });
    }
  });
}
