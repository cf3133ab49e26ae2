import { beforeAll, describe, expect, it } from 'vitest';
import { checkerFor } from '../../../server/curation/recordInput';
import type { GraphStore } from '../../../server/store/GraphStore';
import { tinyStore } from './curationFixture';

let store: GraphStore;
beforeAll(async () => {
  ({ store } = await tinyStore());
});

/** The store, counting the calls of each of its methods. */
function counted(inner: GraphStore): { store: GraphStore; calls: Map<string, number> } {
  const calls = new Map<string, number>();
  const proxy = new Proxy(inner, {
    get(target, name, receiver) {
      const value: unknown = Reflect.get(target, name, receiver);
      if (typeof value !== 'function' || typeof name !== 'string') return value;
      return (...args: unknown[]) => {
        calls.set(name, (calls.get(name) ?? 0) + 1);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { store: proxy, calls };
}

describe('checkerFor', () => {
  it('reads the kinds and the vocabulary only when asked, and a check of what it did not read is a code mistake', async () => {
    const plain = counted(store);
    const checker = await checkerFor(plain.store, { sources: ['src-d'] });
    expect(plain.calls.get('kinds')).toBeUndefined();
    expect(plain.calls.get('vocabulary')).toBeUndefined();
    expect(checker.checks.citeSource('src-d')).toBe(true);
    expect(checker.checks.citeSource('src-unknown')).toBe(false);
    expect(() => checker.checks.isKind('Person')).toThrow(/not asked to read the data set's kinds/);
    expect(() => checker.checks.relationType('WARNED')).toThrow(/not asked to read the data set's vocabulary/);

    const asked = counted(store);
    const full = await checkerFor(asked.store, { kinds: true, vocabulary: true });
    expect([asked.calls.get('kinds'), asked.calls.get('vocabulary')]).toEqual([1, 1]);
    expect(full.checks.isKind('Person')).toBe(true);
    expect(full.checks.isKind('Planet')).toBe(false);
    expect(full.checks.relationType('WARNED')).toMatchObject({ type: 'WARNED' });
    expect(full.checks.relationType('NO_SUCH_TYPE')).toBeUndefined();
  });
});
