import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../bench/random';
import { compareIds, replaceSorted } from './order';

describe('replaceSorted', () => {
  it('leaves what removing and adding one at a time, then sorting, leaves', () => {
    const random = mulberry32(5);
    const word = () => Math.floor(random() * 1000).toString(36);
    for (let round = 0; round < 200; round++) {
      // Objects, so that an element is removed as itself, not as an equal string.
      const list = [...new Set(Array.from({ length: Math.floor(random() * 40) }, word))].sort(compareIds).map((id) => ({ id }));
      const removed = new Set(list.filter(() => random() < 0.3));
      const added = Array.from({ length: Math.floor(random() * 10) }, () => ({ id: word() }));
      const compare = (a: { id: string }, b: { id: string }) => compareIds(a.id, b.id);
      const expected = [...list.filter((item) => !removed.has(item)), ...added].sort(compare);
      expect(replaceSorted(list, removed, added, compare).map((item) => item.id)).toEqual(expected.map((item) => item.id));
    }
  });
});
