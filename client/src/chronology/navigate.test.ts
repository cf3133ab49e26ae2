import { describe, expect, it } from 'vitest';
import { moveFocus, navigationLanes } from './navigate';

describe('keyboard movement between items', () => {
  const lanes = navigationLanes([
    [{ key: 'b', x: 50 }, { key: 'a', x: 10 }],
    [],
    [{ key: 'c', x: 0 }, { key: 'd', x: 45 }, { key: 'e', x: 300 }],
  ]);

  it('goes along a lane and on into the next one', () => {
    expect(moveFocus(lanes, 'a', 'right')).toBe('b');
    expect(moveFocus(lanes, 'b', 'right')).toBe('c');
    expect(moveFocus(lanes, 'c', 'left')).toBe('b');
    expect(moveFocus(lanes, 'e', 'right')).toBe('e');
  });

  it('goes up and down to the nearest item in time, skipping empty lanes', () => {
    expect(moveFocus(lanes, 'b', 'down')).toBe('d');
    expect(moveFocus(lanes, 'e', 'up')).toBe('b');
    expect(moveFocus(lanes, 'a', 'up')).toBe('a');
  });

  it('jumps to the first and last item', () => {
    expect(moveFocus(lanes, 'd', 'first')).toBe('a');
    expect(moveFocus(lanes, 'a', 'last')).toBe('e');
  });
});
