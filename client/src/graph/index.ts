export { createCatalog, mergeIntoCatalog, upsertIntoCatalog, neighbourIds, hopDistances, EMPTY_CATALOG, type Catalog } from './catalog';
export { toElements, shortenLabel, kindClass, nodeSize, type NodeData, type EdgeData } from './toElements';
export { graphStyle } from './style';
export { KNOWLEDGE_COLORS, DISPUTED_COLOR } from './palette';
export { syncElements, placeNearNeighbours, runLayout, decorate, type Decorations, type LayoutRequest } from './cyRuntime';
export {
  LARGE_GRAPH_ELEMENTS,
  graphModeFor,
  classifyWebgl,
  rendererFor,
  rendererOptions,
  zoomRange,
  pngSize,
  type GraphMode,
  type RendererName,
  type WebglSupport,
} from './graphMode';
export { hideSmallLabels, viewportOf, restoreViewport, type Viewport } from './largeGraph';
export { INITIAL_ENTITY_CAP, kindQuotas, capNotice, formatCount } from './initialCap';
export { detectWebgl } from './webglSupport';
export { pathSteps, relationsAgainstArrow, describeStep, type PathStep } from './pathSteps';
export { viewportFitting, type Box, type FitOptions } from './fitView';
