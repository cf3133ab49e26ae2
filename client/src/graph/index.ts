export { createCatalog, mergeIntoCatalog, neighbourIds, hopDistances, EMPTY_CATALOG, type Catalog } from './catalog';
export { toElements, shortenLabel, kindClass, nodeSize, type NodeData, type EdgeData } from './toElements';
export { GRAPH_STYLE } from './style';
export { KIND_LOOK, KNOWLEDGE_COLORS, DISPUTED_COLOR, type KindLook } from './palette';
export { syncElements, placeNearNeighbours, runLayout, decorate, type Decorations, type LayoutRequest } from './cyRuntime';
export { timePositions } from './timeLayout';
