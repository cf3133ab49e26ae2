import { describe, expect, it } from 'vitest';
import { byFirstParagraph, locatorOf, parseLocator } from './passage';

describe('passages', () => {
  it('reads a locator and writes one back', () => {
    expect(parseLocator('¶12')).toEqual({ from: 12, to: 12 });
    expect(parseLocator('¶12-14')).toEqual({ from: 12, to: 14 });
    expect(parseLocator('12')).toBeNull();
    expect(locatorOf(7, 7)).toBe('¶7');
    expect(locatorOf(9, 7)).toBe('¶7-9');
  });

  it('groups citations at the first paragraph they name', () => {
    const cite = (locator: string) => ({ claim: { locator } });
    const groups = byFirstParagraph([cite('¶3'), cite('¶1-2'), cite('¶3-5'), cite('bad')]);
    expect([...groups.keys()]).toEqual([3, 1]);
    expect(groups.get(3)?.map((c) => c.claim.locator)).toEqual(['¶3', '¶3-5']);
  });
});
