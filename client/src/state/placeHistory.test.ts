import { describe, expect, it } from 'vitest';
import { explorerReducer, fromUrlState, type ExplorerAction, type ExplorerState } from './explorer';
import { encodePicture } from './picture';
import { historyStep, placeEntry, readPlace, readPlaceEntry, SETTLE_MS, type Step } from './placeHistory';
import { parseUrlState } from './urlState';

const start = fromUrlState(parseUrlState(''));
const act = (state: ExplorerState, action: ExplorerAction) => explorerReducer(state, action);
const mode = (previous: ExplorerState, action: ExplorerAction, last: Step | null = null, now = 10_000) => historyStep(previous, act(previous, action), last, now).mode;

describe('which changes are places (history entries)', () => {
  it('a selection, clearing it, a tab, a path and a view operation each push', () => {
    const selected = act(start, { type: 'select', id: 'person:a' });
    expect(mode(start, { type: 'select', id: 'person:a' })).toBe('push');
    expect(mode(selected, { type: 'select', id: null })).toBe('push');
    expect(mode(start, { type: 'tab', tab: 'table' })).toBe('push');
    expect(mode(start, { type: 'path', path: { from: 'a:1', to: 'b:2' } })).toBe('push');
    expect(mode(start, { type: 'op', op: { kind: 'focus', id: 'person:a', depth: 2 } })).toBe('push');
  });

  it('undo and redo rewrite the entry: the page has its own buttons for those', () => {
    const focused = act(start, { type: 'op', op: { kind: 'focus', id: 'person:a' } });
    const undone = act(focused, { type: 'undo' });
    expect(mode(focused, { type: 'undo' })).toBe('replace');
    expect(mode(undone, { type: 'redo' })).toBe('replace');
    // A new operation after an undo is a place again.
    expect(mode(undone, { type: 'op', op: { kind: 'expand', id: 'person:b' } })).toBe('push');
  });

  it('the layout rewrites the entry', () => {
    expect(mode(start, { type: 'layout', layout: 'concentric' })).toBe('replace');
  });

  it('a filter or as-of change pushes once, then rewrites while it is still moving', () => {
    const filters = { hiddenKinds: [], hiddenTypes: [], from: '2001-01-01', to: null, hideUndated: false };
    const first = historyStep(start, act(start, { type: 'filters', filters }), null, 5000);
    expect(first.mode).toBe('push');
    const moved = act(start, { type: 'filters', filters });
    const next = { type: 'filters' as const, filters: { ...filters, from: '2002-01-01' } };
    expect(mode(moved, next, first.step, 5000 + SETTLE_MS - 1)).toBe('replace');
    expect(mode(moved, next, first.step, 5000 + SETTLE_MS + 1)).toBe('push');
    // As-of after a filter is a new place even within the window.
    expect(mode(moved, { type: 'asOf', asOf: '2005-01-01' }, first.step, 5001)).toBe('push');
    const asOf = historyStep(start, act(start, { type: 'asOf', asOf: '2005-01-01' }), null, 7000);
    expect(mode(act(start, { type: 'asOf', asOf: '2005-01-01' }), { type: 'asOf', asOf: '2006-01-01' }, asOf.step, 7200)).toBe('replace');
    // A selection in the middle of dragging is still a place.
    expect(mode(moved, { type: 'select', id: 'person:a' }, first.step, 5001)).toBe('push');
  });
});

describe('history entries', () => {
  const focused = act(act(act(start, { type: 'op', op: { kind: 'focus', id: 'person:a', depth: 2 } }), { type: 'op', op: { kind: 'expand', id: 'person:b' } }), { type: 'undo' });
  const search = '?view=f2:person:a';
  const token = encodePicture({ positions: new Map([['person:a', { x: 1, y: 2 }]]), extent: { x1: 0, y1: 0, x2: 10, y2: 10 } });

  it('bring back the undo stack with the URL', () => {
    const entry = placeEntry(focused, token);
    const restored = readPlace(search, JSON.parse(JSON.stringify(entry)));
    expect(restored.history).toEqual(focused.history);
    expect(act(restored, { type: 'redo' }).history.applied).toBe(2);
    expect(readPlaceEntry(entry)?.picture).toBe(token);
  });

  it('yield to the URL when they disagree, and ignore what is not ours', () => {
    const entry = placeEntry(focused, null);
    expect(readPlace('?view=e:person:z', entry).history).toEqual({ ops: [{ kind: 'expand', id: 'person:z' }], applied: 1 });
    expect(readPlace(search, { ...entry, applied: 9 }).history.applied).toBe(1);
    expect(readPlace(search, { ...entry, applied: 1.5 }).history.ops).toHaveLength(1);
    for (const junk of [null, 'x', 42, { inquiryGraph: 2 }, { inquiryGraph: 1, ops: 3, applied: 0 }]) {
      expect(readPlaceEntry(junk)).toBeNull();
      expect(readPlace(search, junk).history).toEqual({ ops: [{ kind: 'focus', id: 'person:a', depth: 2 }], applied: 1 });
    }
    expect(readPlaceEntry({ ...entry, picture: 'not a picture!' })?.picture).toBeNull();
  });
});
