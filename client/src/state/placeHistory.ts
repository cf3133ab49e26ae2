import { fromUrlState, type ExplorerState } from './explorer';
import { decodePicture } from './picture';
import { parseOps, parseUrlState, serializeOps } from './urlState';
import { appliedOps } from './view';

// The rules for the browser's history: which changes are a place the user would want Back to
// return to (a new entry), and which are steps on the way (the current entry is rewritten).
// Each entry keeps the page's own undo stack and the picture on screen when it was left, so
// Back brings both back. Pure: the hook in hooks/useExplorerState applies it.

/** Changes of the same kind within this time are one step (a slider being dragged, say). */
export const SETTLE_MS = 1000;

export type StepKind = 'place' | 'filters' | 'asOf' | 'quiet';

export interface Step {
  kind: StepKind;
  /** When it happened, in milliseconds on any steady clock. */
  at: number;
}

export interface StepDecision {
  mode: 'push' | 'replace';
  step: Step;
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Undo and redo move along the same list of operations; anything else changes the list. */
function isUndoOrRedo(previous: ExplorerState, next: ExplorerState): boolean {
  return previous.history.applied !== next.history.applied && sameJson(previous.history.ops, next.history.ops);
}

function opsChanged(previous: ExplorerState, next: ExplorerState): boolean {
  return !sameJson(appliedOps(previous.history), appliedOps(next.history));
}

/**
 * Push or replace for the change from `previous` to `next`. Places: a selection (or clearing
 * it), a tab, a path asked for, a change to what the graph shows. A filter or as-of change is a
 * place once it settles: further changes of the same kind within SETTLE_MS rewrite that entry.
 * Undo, redo and the layout rewrite the current entry; the page's own buttons walk those.
 */
export function historyStep(previous: ExplorerState, next: ExplorerState, last: Step | null, now: number): StepDecision {
  const settling = (kind: 'filters' | 'asOf'): StepDecision => ({
    mode: last?.kind === kind && now - last.at < SETTLE_MS ? 'replace' : 'push',
    step: { kind, at: now },
  });
  const place: StepDecision = { mode: 'push', step: { kind: 'place', at: now } };
  if (previous.selected !== next.selected || previous.tab !== next.tab || !sameJson(previous.path, next.path)) return place;
  if (opsChanged(previous, next) && !isUndoOrRedo(previous, next)) return place;
  if (!sameJson(previous.filters, next.filters)) return settling('filters');
  if (previous.asOf !== next.asOf) return settling('asOf');
  return { mode: 'replace', step: { kind: 'quiet', at: now } };
}

/** What a history entry holds beside its URL. */
export interface PlaceEntry {
  inquiryGraph: 1;
  /** Every operation, the undone ones too ("view" parameter format). */
  ops: string;
  applied: number;
  /** The picture on screen when the place was left (picture token), if any. */
  picture: string | null;
}

/** The history entry for a state, with the picture to keep with it. */
export function placeEntry(state: ExplorerState, picture: string | null): PlaceEntry {
  return { inquiryGraph: 1, ops: serializeOps(state.history.ops), applied: state.history.applied, picture };
}

/** A history entry of ours, or null for anything else (another page's, or damaged). */
export function readPlaceEntry(value: unknown): PlaceEntry | null {
  if (typeof value !== 'object' || value === null) return null;
  const entry = value as Record<string, unknown>;
  if (entry.inquiryGraph !== 1 || typeof entry.ops !== 'string' || typeof entry.applied !== 'number' || !Number.isInteger(entry.applied)) return null;
  const picture = typeof entry.picture === 'string' && decodePicture(entry.picture).ok ? entry.picture : null;
  return { inquiryGraph: 1, ops: entry.ops, applied: entry.applied, picture };
}

/**
 * The state of a place: what its URL says, with the undo stack its entry kept when that stack
 * agrees with the URL (a hand-edited URL wins).
 */
export function readPlace(search: string, entry: unknown): ExplorerState {
  const url = parseUrlState(search);
  const state = fromUrlState(url);
  const kept = readPlaceEntry(entry);
  if (!kept) return state;
  const ops = parseOps(kept.ops);
  if (kept.applied < 0 || kept.applied > ops.length) return state;
  const history = { ops, applied: kept.applied };
  return sameJson(appliedOps(history), url.ops) ? { ...state, history } : state;
}
