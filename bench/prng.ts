/**
 * Small deterministic random sources for the generator and the samplers. Every stream is a
 * mulberry32 generator seeded from the run seed and a stream name, so adding a stream (or
 * drawing more from one) never shifts the numbers another stream produces.
 */

/** 32-bit FNV-1a hash of a string. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a tiny, fast 32-bit PRNG with a full 2^32 period. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Random {
  readonly next: () => number;

  constructor(seed: number, stream: string) {
    this.next = mulberry32((seed ^ hash32(stream)) >>> 0);
  }

  /** A whole number in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** A Pareto-distributed whole number ≥ xmin with tail exponent alpha, capped at `cap`. */
  pareto(xmin: number, alpha: number, cap: number): number {
    const u = 1 - this.next();
    return Math.min(cap, Math.floor(xmin * u ** (-1 / alpha)));
  }

  /**
   * A rank in [0, n) with a power-law bias towards 0: rank = floor(n * u^k). For k = 2 the
   * rank's density falls as rank^-1/2, so the first ranks are drawn far more often than the
   * rest: a few people take part in a large share of all activities.
   */
  powerRank(n: number, k: number): number {
    return Math.min(n - 1, Math.floor(n * this.next() ** k));
  }
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/**
 * A fixed permutation of [0, n): i → (i * step + offset) mod n with step coprime to n. Used so
 * that the most active people (rank 0, 1, …) are scattered over the id space, not adjacent.
 */
export function permutation(n: number, salt: number): (i: number) => number {
  if (n <= 1) return () => 0;
  let step = (2654435761 + salt * 2) % n || 1;
  while (gcd(step, n) !== 1) step = (step + 1) % n || 1;
  const offset = (salt * 7919) % n;
  // i * step < n² stays well below 2^53 for every scale we generate (n ≤ a few million).
  return (i) => (i * step + offset) % n;
}
