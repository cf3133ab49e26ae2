import { describe, expect, it } from 'vitest';
import { isArrowKey, nodeInDirection } from './keyboardNav';

const at = (id: string, x: number, y: number) => ({ id, position: { x, y } });

describe('nodeInDirection', () => {
  const origin = { x: 0, y: 0 };
  const around = [at('right', 100, 0), at('left', -100, 0), at('up', 0, -100), at('down', 0, 100)];

  it('follows each arrow to the node that lies that way on screen', () => {
    expect(nodeInDirection(origin, around, 'ArrowRight')).toBe('right');
    expect(nodeInDirection(origin, around, 'ArrowLeft')).toBe('left');
    // Up is towards smaller y, as on screen.
    expect(nodeInDirection(origin, around, 'ArrowUp')).toBe('up');
    expect(nodeInDirection(origin, around, 'ArrowDown')).toBe('down');
  });

  it('prefers a node straight ahead to a slightly nearer one off to the side', () => {
    const candidates = [at('ahead', 120, 0), at('aside', 60, 70)];
    expect(nodeInDirection(origin, candidates, 'ArrowRight')).toBe('ahead');
  });

  it('prefers the nearer of two nodes in the same direction', () => {
    expect(nodeInDirection(origin, [at('far', 300, 0), at('near', 100, 5)], 'ArrowRight')).toBe('near');
  });

  it('answers null when nothing lies that way, and ignores a node on the origin', () => {
    expect(nodeInDirection(origin, [at('left', -50, 0), at('same', 0, 0)], 'ArrowRight')).toBeNull();
    expect(nodeInDirection(origin, [], 'ArrowUp')).toBeNull();
  });

  it('ignores nodes at right angles to the arrow', () => {
    expect(nodeInDirection(origin, [at('up', 0, -10)], 'ArrowRight')).toBeNull();
  });
});

describe('isArrowKey', () => {
  it('knows the four arrows and nothing else', () => {
    expect(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'].every(isArrowKey)).toBe(true);
    expect(isArrowKey('Enter')).toBe(false);
  });
});
