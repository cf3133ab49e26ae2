// The bench page (built by bench/pageBench.ts with Vite): draws a synthetic graph of a given
// number of elements with the page's own Cytoscape set-up from client/src/graph (element mapping,
// the style, renderer and layout of the graph mode the element count calls for, as
// client/src/hooks/useCytoscape.ts does) and reports how long adding, laying out and drawing took.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { EntityKind, EntitySummary, RelationSummary } from '../../client/src/api/types';
import { graphStyle, detectWebgl, graphModeFor, rendererFor, rendererOptions, runLayout, toElements } from '../../client/src/graph';
import { seededRandom } from '../../client/src/graph/seededRandom';

cytoscape.use(fcose);

const KINDS: EntityKind[] = ['AGENCY', 'EVENT', 'PERSON', 'REPORT'];
/** Four kinds drawn as four shapes, as a data set's kinds.json would give them. */
const KIND_LOOKS = KINDS.map((kind, index) => ({
  kind,
  label: kind,
  plural: kind,
  shape: ['round-rectangle', 'round-diamond', 'ellipse', 'tag'][index]!,
  colour: ['#047857', '#b45309', '#1d4ed8', '#7c3aed'][index]!,
  actor: index % 2 === 0,
  count: 0,
}));
const TYPES = ['CRITICISED', 'REPORTED_ON', 'HELD_ROLE', 'AUTHORED', 'WARNED'];

/** A third of the elements are entities, two thirds relations: a spanning tree biased to hubs, then random links. */
function syntheticGraph(elements: number): { entities: EntitySummary[]; relations: RelationSummary[] } {
  const random = seededRandom(elements);
  const nodeCount = Math.max(2, Math.round(elements / 3));
  const edgeCount = elements - nodeCount;
  const entities: EntitySummary[] = Array.from({ length: nodeCount }, (_, i) => ({
    id: `n${i}`,
    kind: KINDS[i % KINDS.length] as EntityKind,
    name: `Synthetic entity number ${i} of the bench`,
    date: i % 3 === 0 ? null : { edtf: `${1990 + (i % 25)}-0${1 + (i % 9)}`, earliest: `${1990 + (i % 25)}-0${1 + (i % 9)}-01`, latest: null, text: null },
    disputed: i % 17 === 0,
    disputedFields: i % 17 === 0 ? ['date'] : [],
    degree: 0,
  }));
  const ref = (i: number) => ({ id: `n${i}`, kind: entities[i]?.kind as EntityKind, name: `n${i}` });
  const relations: RelationSummary[] = [];
  for (let e = 0; e < edgeCount; e++) {
    const to = e < nodeCount - 1 ? e + 1 : Math.floor(random() * nodeCount);
    let from = Math.floor(to * random() ** 2);
    if (from === to) from = (to + 1) % nodeCount;
    (entities[from] as EntitySummary).degree++;
    (entities[to] as EntitySummary).degree++;
    relations.push({
      id: `r${e}`,
      type: TYPES[e % TYPES.length] as string,
      label: 'relates to',
      role: null,
      from: ref(from),
      to: ref(to),
      date: null,
      disputed: e % 23 === 0,
      disputedFields: [],
    });
  }
  return { entities, relations };
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

async function layoutBench(elements: number) {
  const { entities, relations } = syntheticGraph(elements);
  const definitions = toElements(entities, relations);
  const container = document.getElementById('cy') as HTMLDivElement;
  const mode = graphModeFor(definitions.length);
  const renderer = rendererFor(mode, mode === 'large' ? detectWebgl() : 'none');
  const started = performance.now();
  // As client/src/hooks/useCytoscape.ts creates it.
  const cy = cytoscape({
    container,
    style: graphStyle(mode, KIND_LOOKS),
    elements: [],
    minZoom: 0.05,
    maxZoom: 4,
    autounselectify: true,
    boxSelectionEnabled: false,
    ...rendererOptions(mode, renderer),
  });
  cy.add(definitions);
  const added = performance.now();
  runLayout(cy, { name: 'fcose' });
  const laidOut = performance.now();
  await nextFrame();
  await nextFrame();
  const drawn = performance.now();
  const result = { mode, renderer, nodes: cy.nodes().length, edges: cy.edges().length, addMs: added - started, layoutMs: laidOut - added, drawMs: drawn - laidOut, totalMs: drawn - started };
  cy.destroy();
  return result;
}

(window as unknown as { __layoutBench: typeof layoutBench }).__layoutBench = layoutBench;
document.title = 'ready';
