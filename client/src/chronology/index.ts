export { parseAsOf, knowledgeEventDays, stepEvent } from './asOf';
export { axisTicks, makeTimeScale, timeDomain, type Tick, type TimeScale } from './axis';
export { chronologyHtml, chronologyMarkdown, type ExportOptions } from './exportChronology';
export { collectFacts, factDate, filterFacts, groupByYear, type Fact, type FactFilter, type YearGroup } from './facts';
export { estimateWidth, fitLabel, type Measure } from './labels';
export { GEOMETRY, layoutChronology, placeX, type ChronologyLayout, type ItemX, type PlacedItem, type PlacedLane } from './layout';
export {
  buildChronology,
  OTHER_LANE,
  type ChronoItem,
  type ChronologyInput,
  type ChronologyModel,
  type KnowledgeRow,
  type Lane,
  type LaneMode,
  type RaisedRow,
} from './model';
export { dayStart, isoDay, spanOf, type Span } from './span';
export { moveFocus, navigationLanes, type Move, type NavItem } from './navigate';
