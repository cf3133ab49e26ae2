import { describe, expect, it } from 'vitest';
import { bindPicture, decodePicture, encodePicture, idsHash, MAX_PICTURE_CHARS, sortIds, type Picture } from './picture';

const picture: Picture = {
  positions: new Map([
    ['person:b', { x: 120.4, y: -80.6 }],
    ['person:a', { x: -3000, y: 45 }],
    ['agency:c', { x: 0, y: 9999 }],
  ]),
  extent: { x1: -3100.25, y1: -200, x2: 1400.75, y2: 10100.05 },
};

function decoded(token: string) {
  const read = decodePicture(token);
  if (!read.ok) throw new Error(read.reason);
  return read.code;
}

describe('picture tokens', () => {
  it('round-trip positions (to the pixel) and the area in view (to a tenth)', () => {
    const token = encodePicture(picture);
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    const back = bindPicture(decoded(token), ['person:a', 'agency:c', 'person:b'])!;
    expect(Object.fromEntries(back.positions)).toEqual({ 'person:b': { x: 120, y: -81 }, 'person:a': { x: -3000, y: 45 }, 'agency:c': { x: 0, y: 9999 } });
    expect(Math.abs(back.extent.x1 - picture.extent.x1)).toBeLessThanOrEqual(0.051);
    expect(Math.abs(back.extent.y2 - picture.extent.y2)).toBeLessThanOrEqual(0.051);
  });

  it('are short: about five characters a node', () => {
    const positions = new Map(Array.from({ length: 100 }, (_, i) => [`person:someone-${i}`, { x: (i * 137) % 1500 - 700, y: (i * 89) % 900 - 400 }] as const));
    const token = encodePicture({ positions, extent: { x1: -800, y1: -500, x2: 800, y2: 500 } });
    expect(token.length).toBeLessThan(600);
  });

  it('apply only to the nodes they were taken of', () => {
    const code = decoded(encodePicture(picture));
    expect(bindPicture(code, ['person:a', 'person:b'])).toBeNull();
    expect(bindPicture(code, ['person:a', 'person:b', 'agency:d'])).toBeNull();
    expect(idsHash(sortIds(['a', 'bc']))).not.toBe(idsHash(sortIds(['ab', 'c'])));
  });

  it('say what is wrong with a damaged token', () => {
    const token = encodePicture(picture);
    const cases: [string, RegExp][] = [
      ['', /characters/],
      ['abc$', /characters/],
      [token.slice(0, 10), /ends too soon/],
      [`${token}AAAA`, /left over/],
      [`Ag${token.slice(2)}`, /version/],
      ['x'.repeat(MAX_PICTURE_CHARS + 1), /longer/],
      ['AQA', /claims 0 nodes/],
      ['____________', /too long/],
      ['A', /base64/],
    ];
    for (const [bad, reason] of cases) {
      const read = decodePicture(bad);
      expect(read.ok, bad).toBe(false);
      if (!read.ok) expect(read.reason).toMatch(reason);
    }
  });

  it('refuse an empty area in view', () => {
    const token = encodePicture({ ...picture, extent: { x1: 5, y1: 5, x2: 5, y2: 9 } });
    expect(decodePicture(token)).toEqual({ ok: false, reason: 'its area in view is empty' });
  });
});
