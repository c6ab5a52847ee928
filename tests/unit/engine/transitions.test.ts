import { describe, expect, it } from 'vitest';
import type { Effect } from '../../../electron/engine/rules';
import { consequences, type Cause, type TransitionContext } from '../../../electron/engine/transitions';
import { keyRecord, poolOf } from './fixtures';

const NOW = 1_700_000_000_000;
const ctx: TransitionContext = {
  now: NOW,
  cooldownMs: 120_000,
  failureWindow: { count: 3, ms: 60_000 },
  returnAt: (now, forMs) => now + forMs,
};
const cause: Cause = { cause: 'test', httpStatus: 429, message: null };
const bench = (status: 'cooling' | 'quota', forMs: number): Effect => ({ do: 'set', status, endpoint: null, forMs, promote: false });

describe('status transitions', () => {
  it('bench the whole account in one step and leave other accounts alone', () => {
    const pool = poolOf([keyRecord(1, { account: 'a' }), keyRecord(2, { account: 'a', role: 'standby' }), keyRecord(3, { account: 'b' })]);
    const changes = consequences(pool.get(1)!, bench('quota', 3_600_000), 'account', pool, ctx, cause);
    expect(changes.map((c) => [c.keyId, c.to, c.until])).toEqual([
      [1, 'quota', NOW + 3_600_000],
      [2, 'quota', NOW + 3_600_000],
    ]);
  });

  it('leave each sibling on its own endpoint', () => {
    const pool = poolOf([keyRecord(1, { status: 'failover', endpoint: 'failover' }), keyRecord(2)]);
    const changes = consequences(pool.get(1)!, bench('cooling', 120_000), 'account', pool, ctx, cause);
    expect(changes.map((c) => [c.keyId, c.to, c.endpoint])).toEqual([
      [1, 'cooling', 'failover'],
      [2, 'cooling', 'primary'],
    ]);
  });

  it('never shorten a longer bench, never touch keys out until the user acts, leave an open circuit to its probe', () => {
    const pool = poolOf([
      keyRecord(1),
      keyRecord(2, { status: 'quota', until: NOW + 3_600_000 }),
      keyRecord(3, { status: 'cooling', until: NOW + 10 }),
      keyRecord(4, { status: 'invalid' }),
      keyRecord(5, { status: 'unavailable', until: NOW + 10 }),
      keyRecord(6, { status: 'disabled' }),
    ]);
    const changes = consequences(pool.get(1)!, bench('cooling', 120_000), 'account', pool, ctx, cause);
    expect(changes.map((c) => c.keyId)).toEqual([1, 3]);
  });

  it('promote a standby of the same category when an active key is retired, keeping its own settings', () => {
    const pool = poolOf([
      keyRecord(1),
      keyRecord(2, { role: 'standby', category: 'emails' }),
      keyRecord(3, { role: 'standby', failoverEnabled: true, priority: 1 }),
      keyRecord(4, { role: 'standby' }),
    ]);
    const retire: Effect = { do: 'set', status: 'exhausted', endpoint: null, forMs: null, promote: true };
    const changes = consequences(pool.get(1)!, retire, 'key', pool, ctx, cause);
    expect(changes).toMatchObject([
      { keyId: 1, to: 'exhausted', role: 'active' },
      { keyId: 3, to: 'healthy', role: 'active', endpoint: 'primary', cause: 'promoted' },
    ]);
  });

  it('fail a benched key over without ending its bench', () => {
    const pool = poolOf([keyRecord(1, { status: 'cooling', until: NOW + 5_000, failoverEnabled: true })]);
    const failover: Effect = { do: 'set', status: 'failover', endpoint: 'failover', forMs: null, promote: false };
    expect(consequences(pool.get(1)!, failover, 'key', pool, ctx, cause)).toMatchObject([{ to: 'cooling', endpoint: 'failover' }]);
  });

  it('open the circuit after N transient failures within the window; success starts the count over', () => {
    const pool = poolOf([keyRecord(1)]);
    const key = pool.get(1)!;
    const fail = (at: number) => consequences(key, { do: 'count_failure' }, 'key', pool, { ...ctx, now: at }, cause);
    expect(fail(NOW)).toEqual([]);
    expect(fail(NOW + 1_000)).toEqual([]);
    consequences(key, { do: 'success' }, 'key', pool, ctx, cause);
    expect(fail(NOW + 2_000)).toEqual([]);
    expect(fail(NOW + 3_000)).toEqual([]);
    expect(fail(NOW + 70_000)).toEqual([]); // the first two left the window
    expect(fail(NOW + 71_000)).toEqual([]);
    expect(fail(NOW + 72_000)).toMatchObject([{ keyId: 1, to: 'unavailable', until: NOW + 72_000 + 120_000, cause: 'circuit_open' }]);
  });
});
