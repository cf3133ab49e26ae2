import { describe, expect, it } from 'vitest';
import { compareIds } from '../../../server/store/embedded/order';
import { compareText } from './compareText';

describe('compareText', () => {
  it('orders ids as the server does (code units, not the locale)', () => {
    const ids = ['rel:b', 'rel:B', 'rel:a', 'rel:é', 'rel:e', 'rel:a-1', 'rel:a_1', 'rel:10', 'rel:9'];
    const pageOrder = [...ids].sort(compareText);
    expect(pageOrder).toEqual([...ids].sort(compareIds));
    // A locale collation would put "rel:a" before "rel:B".
    expect(pageOrder.indexOf('rel:B')).toBeLessThan(pageOrder.indexOf('rel:a'));
  });
});
