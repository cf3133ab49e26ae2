import { describe, expect, it } from 'vitest';
import type { EntitySummary, RelationSummary } from '../api/types';
import { createCatalog } from '../graph/catalog';
import { EMPTY_HISTORY, appliedOps, canRedo, canUndo, pushOp, redo, undo, visibleEntityIds } from './view';

const entity = (id: string): EntitySummary => ({ id, kind: 'PERSON', name: id, date: null, disputed: false, disputedFields: [], degree: 0 });
const relation = (id: string, from: string, to: string): RelationSummary => ({
  id, type: 'WARNED', label: 'warned', role: null, date: null, disputed: false, disputedFields: [],
  from: { id: from, kind: 'PERSON', name: from }, to: { id: to, kind: 'PERSON', name: to },
});
const catalog = createCatalog(['a', 'b', 'c', 'd'].map(entity), [relation('r1', 'a', 'b'), relation('r2', 'b', 'c'), relation('r3', 'c', 'd')]);
const sorted = (ids: Set<string>) => [...ids].sort();

describe('view operations', () => {
  it('shows everything by default', () => {
    expect(sorted(visibleEntityIds(catalog, []))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('focus, expand, hide and show all', () => {
    expect(sorted(visibleEntityIds(catalog, [{ kind: 'focus', id: 'b', depth: 0 }]))).toEqual(['b']);
    expect(sorted(visibleEntityIds(catalog, [{ kind: 'focus', id: 'b', depth: 0 }, { kind: 'expand', id: 'b' }]))).toEqual(['a', 'b', 'c']);
    expect(sorted(visibleEntityIds(catalog, [{ kind: 'focus', id: 'b', depth: 0 }, { kind: 'expand', id: 'b' }, { kind: 'hide', id: 'a' }]))).toEqual(['b', 'c']);
    expect(sorted(visibleEntityIds(catalog, [{ kind: 'hide', id: 'a' }, { kind: 'showAll' }]))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('focus keeps the neighbours up to its depth (one step by default)', () => {
    expect(sorted(visibleEntityIds(catalog, [{ kind: 'focus', id: 'a' }]))).toEqual(['a', 'b']);
    expect(sorted(visibleEntityIds(catalog, [{ kind: 'focus', id: 'a', depth: 2 }]))).toEqual(['a', 'b', 'c']);
    expect(sorted(visibleEntityIds(catalog, [{ kind: 'focus', id: 'b', depth: 3 }]))).toEqual(['a', 'b', 'c', 'd']);
    // Focus starts afresh: a hidden neighbour within reach comes back.
    expect(sorted(visibleEntityIds(catalog, [{ kind: 'hide', id: 'c' }, { kind: 'focus', id: 'd' }]))).toEqual(['c', 'd']);
  });

  it('an expansion brings back a hidden neighbour', () => {
    expect(sorted(visibleEntityIds(catalog, [{ kind: 'hide', id: 'd' }, { kind: 'expand', id: 'c' }]))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('ignores operations on unknown ids', () => {
    expect(sorted(visibleEntityIds(catalog, [{ kind: 'focus', id: 'zz' }, { kind: 'expand', id: 'zz' }]))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('undo and redo move through the history; a new operation drops the redo tail', () => {
    let history = pushOp(pushOp(EMPTY_HISTORY, { kind: 'focus', id: 'a' }), { kind: 'expand', id: 'a' });
    expect(canUndo(history)).toBe(true);
    expect(canRedo(history)).toBe(false);
    history = undo(history);
    expect(appliedOps(history)).toEqual([{ kind: 'focus', id: 'a' }]);
    expect(canRedo(history)).toBe(true);
    expect(appliedOps(redo(history))).toHaveLength(2);
    history = pushOp(history, { kind: 'hide', id: 'b' });
    expect(history.ops).toEqual([{ kind: 'focus', id: 'a' }, { kind: 'hide', id: 'b' }]);
    expect(canRedo(history)).toBe(false);
    expect(undo(undo(undo(history)))).toEqual({ ...history, applied: 0 });
    expect(redo(history)).toBe(history);
  });
});
