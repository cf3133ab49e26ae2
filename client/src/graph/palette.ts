// Kinds are told apart by shape AND colour (never colour alone), both given by the data set
// (kinds.json). These are the colours the page itself gives meaning to.

export const DISPUTED_COLOR = '#dc2626';

/** The halo of the selected node and the line of a selected relation. */
export const SELECTION_COLOR = '#facc15';

export const KNOWLEDGE_COLORS = {
  CERTAIN: '#b91c1c',
  POSSIBLE: '#f59e0b',
  NONE: '#9ca3af',
  /** Raised concerns (warned others) and is not recorded as knowing itself. */
  RAISED: '#0e7490',
} as const;
