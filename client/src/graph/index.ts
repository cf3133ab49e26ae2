export { createCatalog, mergeIntoCatalog, upsertIntoCatalog, neighbourIds, hopDistances, EMPTY_CATALOG, type Catalog } from './catalog';
export { toElements, kindClass, nodeSize, type NodeData, type EdgeData } from './toElements';
export { shortenLabel, displayName, labelPx, labelScale, pickLabels, LABEL_PX, type LabelCandidate, type Box } from './labels';
export { graphStyle } from './style';
export { keepLabelsReadable, fitReadable } from './readableLabels';
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
export { applyPicture, centreOn, pictureOf, showExtent, whenSized, type PictureOutcome } from './picture';
export { pathSteps, relationsAgainstArrow, describeStep, type PathStep } from './pathSteps';
export { viewportFitting, type FitOptions } from './fitView';
