// A fixed-seed PRNG (mulberry32) and the few draws the generator and the sampler need.
// Same seed, same calls in the same order: same numbers, on every machine.

import { seededRandom } from '../client/src/graph/seededRandom';

export type Random = () => number;

/** The page's seeded generator (mulberry32), so the bench and the layouts share one PRNG. */
export const mulberry32: (seed: number) => Random = seededRandom;

/** Whole number in [min, max]. */
export function intBetween(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/** Index into a list of `length`, biased to the front: u^skew puts hubs at the low indexes. */
export function skewedIndex(random: Random, length: number, skew: number): number {
  return Math.min(length - 1, Math.floor(length * random() ** skew));
}

/** Picks an item by weight; weights need not sum to 1. */
export function weighted<T>(random: Random, weights: readonly (readonly [T, number])[]): T {
  const total = weights.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random() * total;
  for (const [key, weight] of weights) {
    roll -= weight;
    if (roll < 0) return key;
  }
  const last = weights[weights.length - 1];
  if (!last) throw new Error('weighted pick from an empty list');
  return last[0];
}
