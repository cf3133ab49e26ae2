import { describe, expect, it } from 'vitest';
import { tidyPathQuery } from './pathQuery';

describe('tidyPathQuery', () => {
  it('drops exclusions of its own ends, repeats and empty lists', () => {
    expect(tidyPathQuery({ from: 'a', to: 'b', excludeEntities: ['hub', 'a', 'b', 'hub'], excludeTypes: ['WARNED', 'WARNED'] })).toEqual({
      from: 'a',
      to: 'b',
      excludeEntities: ['hub'],
      excludeTypes: ['WARNED'],
    });
    expect(tidyPathQuery({ from: 'a', to: 'b', excludeEntities: ['a'], excludeTypes: [] })).toEqual({ from: 'a', to: 'b' });
  });

  it('keeps what is set aside when the ends change', () => {
    expect(tidyPathQuery({ from: 'hub', to: 'c', excludeEntities: ['hub', 'x'] })).toEqual({ from: 'hub', to: 'c', excludeEntities: ['x'] });
  });
});
