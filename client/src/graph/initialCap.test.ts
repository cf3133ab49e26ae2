import { describe, expect, it } from 'vitest';
import { capNotice, formatCount, INITIAL_ENTITY_CAP, kindQuotas } from './initialCap';

const sum = (quotas: Record<string, number>) => Object.values(quotas).reduce((a, b) => a + b, 0);
/** Counts written as { KIND: n } in the kinds' order, quotas read back the same way. */
const quotasOf = (counts: Record<string, number>, cap: number) =>
  Object.fromEntries(kindQuotas(Object.entries(counts).map(([kind, count]) => ({ kind, count })), cap));

describe('kindQuotas', () => {
  it('takes everything when the data set fits (the seed: 84 entities)', () => {
    const counts = { PERSON: 11, AGENCY: 37, REPORT: 12, EVENT: 24 };
    expect(quotasOf(counts, INITIAL_ENTITY_CAP)).toEqual(counts);
  });

  it('shares the cap in proportion and adds up to it exactly', () => {
    // The 100k synthetic set's kinds.
    const quotas = quotasOf({ PERSON: 14_865, AGENCY: 41_892, REPORT: 14_865, EVENT: 28_378 }, 1500);
    expect(quotas).toEqual({ PERSON: 223, AGENCY: 628, REPORT: 223, EVENT: 426 });
    expect(sum(quotas)).toBe(1500);
  });

  it('gives leftovers to the largest remainders, ties in kind order', () => {
    expect(quotasOf({ PERSON: 1, AGENCY: 1, REPORT: 1, EVENT: 1 }, 2)).toEqual({ PERSON: 1, AGENCY: 1, REPORT: 0, EVENT: 0 });
    expect(quotasOf({ PERSON: 6, AGENCY: 3, REPORT: 1, EVENT: 0 }, 5)).toEqual({ PERSON: 3, AGENCY: 2, REPORT: 0, EVENT: 0 });
  });

  it('never asks more of a kind than it has, and is the same every time', () => {
    const counts = { PERSON: 0, AGENCY: 9_999, REPORT: 1, EVENT: 0 };
    const quotas = quotasOf(counts, 1500);
    expect(quotas).toEqual({ PERSON: 0, AGENCY: 1500, REPORT: 0, EVENT: 0 });
    expect(quotasOf(counts, 1500)).toEqual(quotas);
  });
});

describe('capNotice', () => {
  it('says how much of the data set is loaded and how to get more', () => {
    expect(capNotice(1500, 100_000)).toBe('Showing 1,500 of 100,000 entities — search or expand to see more.');
  });

  it('says nothing when everything is loaded', () => {
    expect(capNotice(74, 74)).toBeNull();
  });

  it('formats counts with thousands separators whatever the locale', () => {
    expect([0, 999, 1000, 1_000_000, 12_345_678].map(formatCount)).toEqual(['0', '999', '1,000', '1,000,000', '12,345,678']);
  });
});
