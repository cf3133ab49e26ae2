import { describe, expect, it } from 'vitest';
import { splitMarked } from './markedText';

const mark = (start: number, end: number, label = 'x') => ({ start, end, label });

describe('splitMarked', () => {
  it('cuts a text into plain and marked pieces, in order, whatever order the marks come in', () => {
    const text = 'Zoë Brontë wrote to the Gazette.';
    const pieces = splitMarked(text, [mark(24, 31, 'Northtown Gazette'), mark(0, 10, 'Zoë Brontë')]);
    expect(pieces.map((piece) => [piece.text, piece.mark?.label ?? null])).toEqual([
      ['Zoë Brontë', 'Zoë Brontë'],
      [' wrote to the ', null],
      ['Gazette', 'Northtown Gazette'],
      ['.', null],
    ]);
    expect(pieces.map((piece) => piece.text).join('')).toBe(text);
  });

  it('leaves out a mark that overlaps one already taken or falls outside the text, and keeps the text whole', () => {
    const text = 'Home Office minutes';
    const pieces = splitMarked(text, [mark(0, 11), mark(5, 19), mark(15, 40), mark(3, 3)]);
    expect(pieces.map((piece) => [piece.text, piece.mark !== null])).toEqual([
      ['Home Office', true],
      [' minutes', false],
    ]);
    expect(splitMarked('', [])).toEqual([{ text: '', mark: null }]);
    expect(splitMarked('plain', [])).toEqual([{ text: 'plain', mark: null }]);
  });
});
