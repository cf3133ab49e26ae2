import type { EdgeSingular, StylesheetJson } from 'cytoscape';
import { LABEL_GAP_PX, LABEL_PX } from './labels';
import { DISPUTED_COLOR, KNOWLEDGE_COLORS, SELECTION_COLOR } from './palette';
import type { KindInfo } from '../api/types';
import { kindClass } from './toElements';

// A small red "!" badge drawn over the top-right corner of disputed nodes. Inline SVG: no
// request leaves the page.
const DISPUTED_BADGE =
  'data:image/svg+xml;utf8,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16">' +
      `<circle cx="8" cy="8" r="7.5" fill="${DISPUTED_COLOR}" stroke="#fff" stroke-width="1"/>` +
      '<rect x="7" y="3.2" width="2" height="6.2" rx="1" fill="#fff"/><circle cx="8" cy="12" r="1.2" fill="#fff"/></svg>',
  );

/** Each kind's shape and colour, as the data set gives them (toElements gives nodes the class). */
const kindRules = (kinds: readonly KindInfo[]): StylesheetJson =>
  kinds.map((info) => ({
    selector: `node.${kindClass(info.kind)}`,
    style: { 'background-color': info.colour, shape: info.shape as cytoscape.Css.NodeShape },
  }));

/** The label of a path step walked against its relation's arrow ("↩ warned (against the arrow)"). */
function againstArrowLabel(edge: EdgeSingular): string {
  return `↩ ${String(edge.data('label'))} (against the arrow)`;
}

/** After any rule that sets relation labels, so a step against the arrow always says so. */
const AGAINST_ARROW_LABEL: StylesheetJson = [{ selector: 'edge.on-path.path-against', style: { label: againstArrowLabel } }];

/** Every node's look before its kind's shape and colour. */
const NODE_DEFAULTS: StylesheetJson = [
  {
    selector: 'node',
    style: {
      width: 'data(size)',
      height: 'data(size)',
      label: 'data(label)',
      'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif',
      'font-size': 13,
      color: '#111827',
      'text-valign': 'bottom',
      'text-halign': 'center',
      'text-margin-y': 4,
      'text-wrap': 'wrap',
      'text-max-width': '130px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '2px',
      'text-background-shape': 'roundrectangle',
      'min-zoomed-font-size': 6,
      'border-width': 2,
      'border-color': '#ffffff',
    },
  },
];

/** Labels, disputes and edges: after the kinds' rules, so these win over them. */
const BASE: StylesheetJson = [
  {
    selector: 'node.disputed',
    style: {
      'border-width': 3,
      'border-style': 'dashed',
      'border-color': DISPUTED_COLOR,
      'background-image': DISPUTED_BADGE,
      'background-width': '16px',
      'background-height': '16px',
      'background-position-x': '100%',
      'background-position-y': '0%',
      'background-clip': 'none',
      'background-image-containment': 'over',
      'bounds-expansion': 8,
    },
  },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'curve-style': 'bezier',
      'line-color': '#6b7280',
      'target-arrow-color': '#6b7280',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.9,
      label: 'data(label)',
      'font-size': 10,
      color: '#374151',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '1px',
      'min-zoomed-font-size': 8,
    },
  },
  { selector: 'edge.knowledge', style: { width: 2.5, 'line-color': '#4b5563', 'target-arrow-color': '#4b5563' } },
  {
    selector: 'edge.disputed',
    style: { 'line-style': 'dashed', 'line-color': DISPUTED_COLOR, 'target-arrow-color': DISPUTED_COLOR, color: '#991b1b' },
  },
];

/** Selection, highlights and knowledge mode, painted over the base look by decorate(). */
const DECORATIONS: StylesheetJson = [
  // Knowledge mode: actors recoloured by what they knew as of the chosen date (shape keeps the kind).
  { selector: 'node.knew-certain', style: { 'background-color': KNOWLEDGE_COLORS.CERTAIN } },
  { selector: 'node.knew-possible', style: { 'background-color': KNOWLEDGE_COLORS.POSSIBLE } },
  { selector: 'node.knew-none', style: { 'background-color': KNOWLEDGE_COLORS.NONE } },
  { selector: 'node.raised-concerns', style: { 'background-color': KNOWLEDGE_COLORS.RAISED } },
  { selector: 'edge.knowledge-via', style: { width: 4, 'line-color': KNOWLEDGE_COLORS.CERTAIN, 'target-arrow-color': KNOWLEDGE_COLORS.CERTAIN } },
  // Highlights: the rest fades so a path or neighbourhood reads at a glance.
  { selector: '.faded', style: { opacity: 0.18 } },
  { selector: 'node.on-path', style: { 'border-width': 4, 'border-color': '#facc15', 'border-style': 'solid' } },
  { selector: 'edge.on-path', style: { width: 4, 'line-color': '#ca8a04', 'target-arrow-color': '#ca8a04', 'z-index': 10 } },
  // A step walked against the arrow says so in words and with a dotted line, not by colour alone.
  { selector: 'edge.on-path.path-against', style: { 'line-style': 'dotted', label: againstArrowLabel, 'font-weight': 'bold' } },
  // A halo behind the node, never a tint over it: its fill keeps its meaning (in knowledge mode
  // grey means "no record").
  {
    selector: 'node.selected',
    style: {
      'underlay-color': SELECTION_COLOR,
      'underlay-opacity': 0.9,
      'underlay-padding': 7,
      'underlay-shape': 'ellipse',
      'z-index': 20,
      'font-weight': 'bold',
    },
  },
  { selector: 'edge.selected', style: { width: 5, 'line-color': SELECTION_COLOR, 'target-arrow-color': '#ca8a04', 'z-index': 20 } },
];

/**
 * Labels of the ordinary graph, sized for the screen: each node's label is `fontPx` pixels on
 * screen (by degree) at any zoom below 1:1, so everything label-related is divided by `scale`
 * (labelScale of the zoom). Relation labels only on hover and selection (`show-label`); a node
 * label that would collide with a more important one is hidden (`label-hidden`, see
 * readableLabels.ts) but keeps its size, so it can be measured.
 */
function readableLabels(scale: number): StylesheetJson {
  const px = (n: number) => n / scale;
  return [
    {
      selector: 'node',
      style: {
        'font-size': `mapData(fontPx, ${LABEL_PX.min}, ${LABEL_PX.max}, ${px(LABEL_PX.min)}, ${px(LABEL_PX.max)})`,
        'text-max-width': `${px(140)}px`,
        'text-margin-y': px(LABEL_GAP_PX),
        'text-background-padding': `${px(2)}px`,
        'line-height': 1.1,
        'min-zoomed-font-size': 0,
      },
    },
    { selector: 'node.label-top', style: { 'text-valign': 'top', 'text-margin-y': -px(LABEL_GAP_PX) } },
    { selector: 'node.label-right', style: { 'text-valign': 'center', 'text-halign': 'right', 'text-margin-y': 0, 'text-margin-x': px(LABEL_GAP_PX) } },
    { selector: 'node.label-left', style: { 'text-valign': 'center', 'text-halign': 'left', 'text-margin-y': 0, 'text-margin-x': -px(LABEL_GAP_PX) } },
    { selector: 'node.label-hidden', style: { 'text-opacity': 0, 'text-background-opacity': 0 } },
    { selector: 'edge', style: { label: '', 'font-size': px(LABEL_PX.edge), 'text-background-padding': `${px(2)}px`, 'min-zoomed-font-size': 0 } },
    { selector: 'edge.show-label', style: { label: 'data(label)', 'z-index': 15, 'text-background-opacity': 0.95 } },
  ];
}

/**
 * Large-graph mode: size and font by degree, so hubs stand out and keep a readable label when
 * zoomed out (mapData clamps beyond 1,000); straight edges without labels, which are cheaper to
 * draw and would be unreadable anyway. Comes before the decorations so those still win.
 */
const LARGE_GRAPH: StylesheetJson = [
  {
    selector: 'node',
    style: {
      width: 'mapData(degree, 0, 1000, 12, 64)',
      height: 'mapData(degree, 0, 1000, 12, 64)',
      'font-size': 'mapData(degree, 0, 1000, 12, 24)',
      'text-max-width': '240px',
      'min-zoomed-font-size': 8,
    },
  },
  // Light lines: thousands of them, drawn dark, hide the nodes.
  { selector: 'edge', style: { width: 1, 'curve-style': 'straight', label: '', 'arrow-scale': 0.6, 'line-color': '#cbd5e1', 'target-arrow-color': '#cbd5e1' } },
  { selector: 'edge.knowledge', style: { width: 1.6, 'line-color': '#94a3b8', 'target-arrow-color': '#94a3b8' } },
  { selector: 'edge.disputed', style: { 'line-color': DISPUTED_COLOR, 'target-arrow-color': DISPUTED_COLOR } },
];

/** The selection and a highlighted path keep their labels; `quiet` hides a label too small to read (see labelTooSmall). */
const LARGE_GRAPH_LABELS: StylesheetJson = [
  { selector: 'node.quiet', style: { label: '' } },
  { selector: 'node.selected, node.on-path', style: { label: 'data(label)' } },
  { selector: 'edge.selected, edge.on-path', style: { label: 'data(label)', 'font-size': 12 } },
  ...AGAINST_ARROW_LABEL,
];

const LARGE_GRAPH_STYLE: StylesheetJson = [...BASE, ...LARGE_GRAPH, ...DECORATIONS, ...LARGE_GRAPH_LABELS];

/** The class of the node the keyboard is on (see useGraphKeyboard). */
export const KEYBOARD_FOCUS_CLASS = 'keyboard-focus';

/**
 * Drawn last, over any look and the selection's halo, and keeps the label even where labels are
 * hidden. The ring's width and gap are set on the node itself: they depend on the zoom.
 */
const KEYBOARD_FOCUS: StylesheetJson = [
  { selector: `node.${KEYBOARD_FOCUS_CLASS}`, style: { 'outline-color': '#1d4ed8', 'outline-opacity': 1, label: 'data(label)', 'z-index': 30 } },
];

/**
 * The explorer's stylesheet for the data set's kinds, in normal or large-graph mode; in normal
 * mode with labels at `labelScale` (see readableLabels).
 */
export function graphStyle(mode: 'normal' | 'large', kinds: readonly KindInfo[], labelScale = 1): StylesheetJson {
  const rest = mode === 'large' ? LARGE_GRAPH_STYLE : [...BASE, ...DECORATIONS, ...readableLabels(labelScale), ...AGAINST_ARROW_LABEL];
  return [...NODE_DEFAULTS, ...kindRules(kinds), ...rest, ...KEYBOARD_FOCUS];
}
