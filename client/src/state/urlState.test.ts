import { describe, expect, it } from 'vitest';
import { DEFAULT_URL_STATE, parseUrlState, serializeUrlState, type UrlState } from './urlState';

const full: UrlState = {
  selected: 'person:alexis-jay',
  ops: [{ kind: 'focus', id: 'report:jay-2014' }, { kind: 'expand', id: 'agency:rotherham-council' }, { kind: 'hide', id: 'person:x' }, { kind: 'showAll' }],
  filters: { hiddenKinds: ['EVENT', 'AGENCY'], hiddenTypes: ['HELD_ROLE'], from: '1997-01-01', to: '2013-12-31', hideUndated: true },
  layout: 'concentric',
  asOf: '2005-03-31',
  path: { from: 'person:angie-heal', to: 'person:roger-stone', excludeEntities: ['agency:rotherham-council', 'agency:south-yorkshire-police'], excludeTypes: ['HELD_ROLE', 'WARNED'] },
  tab: 'table',
};

describe('urlState', () => {
  it('writes nothing for the default state and reads the default from nothing', () => {
    expect(serializeUrlState(DEFAULT_URL_STATE)).toBe('');
    expect(parseUrlState('')).toEqual(DEFAULT_URL_STATE);
    expect(parseUrlState('?')).toEqual(DEFAULT_URL_STATE);
  });

  it('round-trips every field', () => {
    const search = serializeUrlState(full);
    expect(parseUrlState(search)).toEqual({ ...full, filters: { ...full.filters, hiddenKinds: ['AGENCY', 'EVENT'] } });
  });

  it('keeps ids readable in the link', () => {
    const search = serializeUrlState({ ...DEFAULT_URL_STATE, selected: 'rel:heal-warned-police', ops: [{ kind: 'expand', id: 'person:a' }, { kind: 'hide', id: 'person:b' }] });
    expect(search).toBe('?sel=rel:heal-warned-police&view=e:person:a,h:person:b');
  });

  it('reads what URLSearchParams writes (percent-encoded)', () => {
    const params = new URLSearchParams({ sel: 'person:alexis-jay', view: 'e:person:a', layout: 'concentric' });
    expect(parseUrlState(`?${params.toString()}`)).toMatchObject({ selected: 'person:alexis-jay', ops: [{ kind: 'expand', id: 'person:a' }], layout: 'concentric' });
  });

  it('ignores junk instead of failing', () => {
    const state = parseUrlState('?sel=<script>&view=x:person:a,e:,all,f:ok:id&hideKinds=PERSON,robot!&hideTypes=warned,HELD_ROLE&from=2005&to=2005-13-01&undated=yes&layout=spiral&asOf=yesterday&pathFrom=a&tab=chart');
    expect(state).toEqual({
      ...DEFAULT_URL_STATE,
      ops: [{ kind: 'showAll' }, { kind: 'focus', id: 'ok:id' }],
      filters: { hiddenKinds: ['PERSON'], hiddenTypes: ['HELD_ROLE'], from: null, to: null, hideUndated: false },
    });
  });

  it('writes the focus depth only when it is not the default one step', () => {
    const ops = [{ kind: 'focus', id: 'person:a' }, { kind: 'focus', id: 'person:b', depth: 0 }, { kind: 'focus', id: 'person:c', depth: 3 }] as const;
    const search = serializeUrlState({ ...DEFAULT_URL_STATE, ops });
    expect(search).toBe('?view=f:person:a,f0:person:b,f3:person:c');
    expect(parseUrlState(search).ops).toEqual(ops);
    expect(parseUrlState('?view=f1:person:a,f9:person:b,f12:person:c').ops).toEqual([{ kind: 'focus', id: 'person:a' }]);
  });

  it("keeps a path's exclusions, dropping junk, repeats and the path's own ends", () => {
    const state = parseUrlState('?pathFrom=person:a&pathTo=person:b&pathExclude=person:hub,person:a,<x>,person:hub,agency:c&pathExcludeTypes=WARNED,held_role,WARNED');
    expect(state.path).toEqual({ from: 'person:a', to: 'person:b', excludeEntities: ['person:hub', 'agency:c'], excludeTypes: ['WARNED'] });
    expect(parseUrlState('?pathFrom=person:a&pathTo=person:b&pathExclude=person:b').path).toEqual({ from: 'person:a', to: 'person:b' });
    expect(parseUrlState('?pathExclude=person:hub').path).toBeNull();
  });

  it('writes keys in a fixed order so equal states give equal links', () => {
    const a = serializeUrlState({ ...full, filters: { ...full.filters, hiddenKinds: ['AGENCY', 'EVENT'] } });
    const b = serializeUrlState(full);
    expect(a).toBe(b);
    expect(a.split('&').map((pair) => pair.replace(/^\?/, '').split('=')[0])).toEqual([
      'sel', 'view', 'hideKinds', 'hideTypes', 'from', 'to', 'undated', 'layout', 'asOf', 'pathFrom', 'pathTo', 'pathExclude', 'pathExcludeTypes', 'tab',
    ]);
  });
});
