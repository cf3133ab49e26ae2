import { kindRegistry } from './kinds';

/** Four kinds with the looks of the seed's kinds.json, for tests of code that draws or names kinds. */
export const TEST_KINDS = kindRegistry([
  { kind: 'PERSON', label: 'Person', plural: 'People', shape: 'ellipse', colour: '#1d4ed8', actor: true, count: 0 },
  { kind: 'AGENCY', label: 'Agency', plural: 'Agencies', shape: 'round-rectangle', colour: '#047857', actor: true, count: 0 },
  { kind: 'REPORT', label: 'Report', plural: 'Reports', shape: 'tag', colour: '#7c3aed', actor: false, count: 0 },
  { kind: 'EVENT', label: 'Event', plural: 'Events', shape: 'round-diamond', colour: '#b45309', actor: false, count: 0 },
]);
