// Seedable randomness (jitter, simulated faults and people), so tests and benchmarks can replay a run.

/** Returns a float in [0, 1). */
export type Rng = () => number;

/** mulberry32: tiny, fast and good enough for spreading delays; not for anything secret. */
export function seededRng(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
