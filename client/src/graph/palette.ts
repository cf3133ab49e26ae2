import type { EntityKind } from '../api/types';

// Kind is told apart by shape AND colour (never colour alone). Fills are dark enough for the
// white outline to show; labels sit below nodes, dark on a light backing, for contrast.

export interface KindLook {
  label: string;
  plural: string;
  color: string;
  shape: 'ellipse' | 'round-rectangle' | 'tag' | 'round-diamond';
}

export const KIND_LOOK: Record<EntityKind, KindLook> = {
  PERSON: { label: 'Person', plural: 'People', color: '#1d4ed8', shape: 'ellipse' },
  AGENCY: { label: 'Agency', plural: 'Agencies', color: '#047857', shape: 'round-rectangle' },
  REPORT: { label: 'Report', plural: 'Reports', color: '#7c3aed', shape: 'tag' },
  // Cytoscape 3.34 never hit-tests a plain 'diamond' under the pointer: a click on an event fell
  // through to the background. The rounded diamond is hit-tested like every other shape.
  EVENT: { label: 'Event', plural: 'Events', color: '#b45309', shape: 'round-diamond' },
};

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
