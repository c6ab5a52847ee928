import { describe, expect, it } from 'vitest';
import { backoffMs } from '../../../electron/engine/backoff';
import { seededRng } from '../../../electron/app/random';

const low = () => 0;
const high = () => 0.999_999;
const mid = () => 0.5;

describe('backoff', () => {
  it('doubles from 1 s without jitter at the midpoint, capped at 10 s', () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffMs(n, mid))).toEqual([1_000, 2_000, 4_000, 8_000, 10_000, 10_000]);
  });

  it('stays within ±25 % of the step', () => {
    for (const attempt of [1, 2, 3]) {
      const base = 1_000 * 2 ** (attempt - 1);
      expect(backoffMs(attempt, low)).toBe(base * 0.75);
      expect(backoffMs(attempt, high)).toBe(Math.round(base * 1.25));
    }
  });

  it('never exceeds the 10 s cap on its own', () => {
    const rng = seededRng(7);
    for (let attempt = 1; attempt < 40; attempt++) expect(backoffMs(attempt, rng)).toBeLessThanOrEqual(10_000);
    expect(backoffMs(4, low)).toBe(6_000);
  });

  it("treats the server's wait as a floor, never shortened, even beyond the cap", () => {
    expect(backoffMs(1, high, 5_000)).toBe(5_000);
    expect(backoffMs(1, mid, 60_000)).toBe(60_000);
    expect(backoffMs(3, mid, 1_000)).toBe(4_000);
  });

  it('replays with the same seed', () => {
    const a = seededRng(42);
    const b = seededRng(42);
    const seq = (rng: () => number) => [1, 2, 3, 4].map((n) => backoffMs(n, rng));
    expect(seq(a)).toEqual(seq(b));
  });
});
