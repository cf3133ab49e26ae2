import { describe, expect, it } from 'vitest';
import { explorerReducer, fromUrlState, toUrlState } from './explorer';
import { parseUrlState, serializeUrlState } from './urlState';

const initial = fromUrlState(parseUrlState(''));

describe('explorerReducer', () => {
  it('selects and keeps the same object when nothing changes', () => {
    const selected = explorerReducer(initial, { type: 'select', id: 'person:a' });
    expect(selected.selected).toBe('person:a');
    expect(explorerReducer(selected, { type: 'select', id: 'person:a' })).toBe(selected);
  });

  it('hiding the selected entity clears the selection', () => {
    let state = explorerReducer(initial, { type: 'select', id: 'person:a' });
    state = explorerReducer(state, { type: 'op', op: { kind: 'hide', id: 'person:a' } });
    expect(state.selected).toBeNull();
    expect(state.history.applied).toBe(1);
  });

  it('undo leaves the redo tail out of the permalink', () => {
    let state = explorerReducer(initial, { type: 'op', op: { kind: 'focus', id: 'person:a' } });
    state = explorerReducer(state, { type: 'op', op: { kind: 'expand', id: 'person:a' } });
    state = explorerReducer(state, { type: 'undo' });
    expect(serializeUrlState(toUrlState(state))).toBe('?view=f:person:a');
    expect(explorerReducer(state, { type: 'redo' }).history.applied).toBe(2);
  });

  it('round-trips through the URL', () => {
    const search = '?sel=person:a&view=f:person:a,e:person:a&hideKinds=EVENT&layout=concentric&asOf=2005-03-31&pathFrom=person:a&pathTo=person:b&tab=chronology';
    expect(serializeUrlState(toUrlState(fromUrlState(parseUrlState(search))))).toBe(search);
  });
});
