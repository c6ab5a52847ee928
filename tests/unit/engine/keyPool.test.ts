import { describe, expect, it } from 'vitest';
import { keyRecord, poolOf } from './fixtures';

const NOW = 1_700_000_000_000;

/** Ids chosen by n selections, each taken and released at once. */
function picks(pool: ReturnType<typeof poolOf>, n: number, category: 'phones' | 'emails' | 'any' = 'phones'): (number | null)[] {
  const out: (number | null)[] = [];
  for (let i = 0; i < n; i++) {
    const key = pool.select(category, NOW + i);
    out.push(key?.id ?? null);
    if (key) {
      pool.take(key, NOW + i);
      pool.release(key, null, NOW + i);
    }
  }
  return out;
}

describe('key selection', () => {
  it('prefers the highest priority, then the least recently used', () => {
    const pool = poolOf([keyRecord(1), keyRecord(2, { priority: 5 }), keyRecord(3, { priority: 5 })]);
    expect(picks(pool, 4)).toEqual([2, 3, 2, 3]);
  });

  it('falls to a lower priority only when every higher one is unusable', () => {
    const pool = poolOf([
      keyRecord(1),
      keyRecord(2, { priority: 5, status: 'cooling', until: NOW + 1 }),
      keyRecord(3, { priority: 5, status: 'invalid' }),
    ]);
    expect(picks(pool, 2)).toEqual([1, 1]);
  });

  it('carries least-recently-used order over a restart through last_used_at', () => {
    const pool = poolOf([
      keyRecord(1, { lastUsedAt: NOW - 10 }),
      keyRecord(2, { lastUsedAt: NOW - 20 }),
      keyRecord(3, { lastUsedAt: null }),
    ]);
    expect(picks(pool, 3)).toEqual([3, 2, 1]);
  });

  it('lets `any` keys serve both kinds, and only `any` keys serve an `any` request', () => {
    const pool = poolOf([keyRecord(1, { category: 'phones' }), keyRecord(2, { category: 'emails' }), keyRecord(3, { category: 'any' })]);
    expect(new Set(picks(pool, 4, 'phones'))).toEqual(new Set([1, 3]));
    expect(new Set(picks(pool, 4, 'emails'))).toEqual(new Set([2, 3]));
    expect(picks(pool, 2, 'any')).toEqual([3, 3]);
  });

  it('takes only healthy and failover keys, never standby ones', () => {
    const statuses = ['healthy', 'failover', 'cooling', 'quota', 'exhausted', 'invalid', 'blocked', 'unavailable', 'disabled'] as const;
    const pool = poolOf([
      ...statuses.map((status, i) => keyRecord(i + 1, { status, until: NOW + 1_000 })),
      keyRecord(99, { role: 'standby' }),
    ]);
    expect(new Set(picks(pool, 6))).toEqual(new Set([1, 2]));
  });

  it('caps calls in flight per key', () => {
    const pool = poolOf([keyRecord(1), keyRecord(2)], { concurrency: 2 });
    const taken = [];
    for (let i = 0; i < 5; i++) {
      const key = pool.select('phones', NOW);
      if (!key) break;
      pool.take(key, NOW);
      taken.push(key.id);
    }
    expect(taken.sort()).toEqual([1, 1, 2, 2]);
    expect(pool.outlook('phones', NOW)).toEqual({ kind: 'wait', eta: null });
  });

  it('skips accounts whose bucket is empty', () => {
    const pool = poolOf([keyRecord(1, { account: 'a', priority: 1 }), keyRecord(2, { account: 'b' })], {
      plan: { minute: 2, hourly: null, daily: null },
    });
    expect(picks(pool, 4)).toEqual([1, 1, 2, 2]);
    expect(pool.select('phones', NOW + 10)).toBeNull();
    expect(pool.outlook('phones', NOW + 10)).toEqual({ kind: 'wait', eta: NOW + 60_000 });
  });

  it('waits for the earliest bench to end, promotes a standby when nothing will return, and gives up when all are out', () => {
    const benched = poolOf([
      keyRecord(1, { status: 'quota', until: NOW + 9_000 }),
      keyRecord(2, { status: 'cooling', until: NOW + 5_000 }),
      keyRecord(3, { status: 'invalid' }),
    ]);
    expect(benched.outlook('phones', NOW)).toEqual({ kind: 'wait', eta: NOW + 5_000 });

    const standby = poolOf([keyRecord(1, { status: 'exhausted' }), keyRecord(2, { role: 'standby', category: 'any' })]);
    expect(standby.outlook('phones', NOW)).toMatchObject({ kind: 'promote', key: { id: 2 } });

    const out = poolOf([keyRecord(1, { status: 'exhausted' }), keyRecord(2, { status: 'disabled' }), keyRecord(3, { category: 'emails' })]);
    expect(out.outlook('phones', NOW)).toEqual({ kind: 'out', statuses: ['exhausted', 'disabled'] });
  });

  it('keeps in-flight counts and order across a reload, and starts a reset key afresh', () => {
    const pool = poolOf([keyRecord(1), keyRecord(2, { status: 'exhausted' })]);
    const key = pool.select('phones', NOW)!;
    pool.take(key, NOW);
    key.failures.push(NOW);
    pool.load([keyRecord(1, { label: 'renamed' }), keyRecord(2)]);
    expect(pool.get(1)).toMatchObject({ label: 'renamed', inFlight: 1, failures: [NOW] });
    expect(pool.select('phones', NOW)?.id).toBe(2);
  });
});
