/** A small seeded pseudo-random source, so the sample programme is the same for a given seed and date. */
export type SampleRandom = {
  /** Next number in [0, 1). */
  next(): number;
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** A copy of the list in a random order. */
  shuffled<T>(items: readonly T[]): T[];
};

/**
 * mulberry32: tiny, fast and good enough for picking demo stories. Not for anything secret.
 * The same seed gives the same sequence on every platform (32-bit integer arithmetic only).
 */
export function createSampleRandom(seed: number): SampleRandom {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick<T>(items: readonly T[]): T {
      const item = items[int(0, items.length - 1)];
      if (item === undefined) {
        throw new Error('pick from an empty list');
      }
      return item;
    },
    chance: (p: number): boolean => next() < p,
    shuffled<T>(items: readonly T[]): T[] {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i -= 1) {
        const j = int(0, i);
        const a = out[i] as T;
        out[i] = out[j] as T;
        out[j] = a;
      }
      return out;
    },
  };
}
