/**
 * Over a fixed list of strings, finds the first index in a range whose value is at most (a
 * "min" tree) or at least (a "max" tree) a bound, in O(log n): a segment tree of range minima or
 * maxima, descended from the left. Used to find the first dated relation whose span overlaps a
 * link's without scanning every relation that does not.
 */
export class FirstIndexTree {
  private readonly size: number;
  private readonly nodes: string[];

  constructor(
    values: readonly string[],
    private readonly kind: 'min' | 'max',
  ) {
    let size = 1;
    while (size < values.length) size *= 2;
    this.size = size;
    // Padding never matches: above every bound for "min", below every bound for "max".
    const padding = kind === 'min' ? '\uffff' : '';
    this.nodes = new Array<string>(2 * size).fill(padding);
    values.forEach((value, index) => (this.nodes[size + index] = value));
    for (let node = size - 1; node >= 1; node--) this.nodes[node] = this.pick(this.nodes[2 * node] as string, this.nodes[2 * node + 1] as string);
  }

  /** The first index in [from, to) whose value passes `bound`, or -1. */
  first(from: number, to: number, bound: string): number {
    return this.search(1, 0, this.size, Math.max(0, from), to, bound);
  }

  private search(node: number, low: number, high: number, from: number, to: number, bound: string): number {
    if (high <= from || low >= to || !this.passes(this.nodes[node] as string, bound)) return -1;
    if (high - low === 1) return low;
    const middle = (low + high) >>> 1;
    const left = this.search(2 * node, low, middle, from, to, bound);
    return left !== -1 ? left : this.search(2 * node + 1, middle, high, from, to, bound);
  }

  private passes(value: string, bound: string): boolean {
    return this.kind === 'min' ? value <= bound : value >= bound;
  }

  private pick(a: string, b: string): string {
    return this.kind === 'min' ? (a <= b ? a : b) : a >= b ? a : b;
  }
}
