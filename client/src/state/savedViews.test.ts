import { describe, expect, it } from 'vitest';
import { checkViewName, MAX_SAVED_VIEWS, parseSavedViews, withView, withoutView, type SavedView } from './savedViews';

const view = (name: string, search = '?sel=person:a'): SavedView => ({ name, search, saved: '2026-11-30T16:00:00.000Z' });

describe('saved views', () => {
  it('round-trip through their stored JSON', () => {
    const views = withView(withView([], view('First')), view('Second', '?view=f2:person:b&pic=AQID'));
    expect(views.map((v) => v.name)).toEqual(['Second', 'First']);
    expect(parseSavedViews(JSON.stringify(views))).toEqual({ views, dropped: 0, error: null });
  });

  it('saving under a used name replaces that view; deleting removes it', () => {
    const views = withView(withView([view('A', '?sel=x:1'), view('B')], view('A', '?sel=x:2')), view('C'));
    expect(views.map((v) => [v.name, v.search])).toEqual([['C', '?sel=person:a'], ['A', '?sel=x:2'], ['B', '?sel=person:a']]);
    expect(withoutView(views, 'A').map((v) => v.name)).toEqual(['C', 'B']);
  });

  it('keeps at most MAX_SAVED_VIEWS', () => {
    let views: SavedView[] = [];
    for (let i = 0; i < MAX_SAVED_VIEWS + 5; i++) views = withView(views, view(`v${i}`));
    expect(views).toHaveLength(MAX_SAVED_VIEWS);
    expect(views[0]!.name).toBe(`v${MAX_SAVED_VIEWS + 4}`);
  });

  it('reads a damaged store without failing, and says so', () => {
    expect(parseSavedViews(null)).toEqual({ views: [], dropped: 0, error: null });
    expect(parseSavedViews('{oops').error).toMatch(/not JSON/);
    expect(parseSavedViews('{"a":1}').error).toMatch(/not a list/);
    const mixed = parseSavedViews(JSON.stringify([view('ok'), { name: '', search: '?', saved: 'x' }, { name: 'no query', search: 'sel=a', saved: '2026-01-01' }, 7, view('x'.repeat(81))]));
    expect(mixed.views.map((v) => v.name)).toEqual(['ok']);
    expect(mixed.dropped).toBe(4);
  });

  it('checks names', () => {
    expect(checkViewName('  Warnings   before 2005 ')).toEqual({ ok: true, name: 'Warnings before 2005' });
    expect(checkViewName('   ')).toEqual({ ok: false, reason: 'Give the view a name.' });
    expect(checkViewName('x'.repeat(81)).ok).toBe(false);
  });
});
