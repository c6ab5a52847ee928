import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../../electron/engine/clock';
import { seededRng } from '../../../electron/app/random';
import { Recovery } from '../../../electron/engine/recovery';
import type { KeyChange, KeyRecord } from '../../../electron/engine/types';
import type { CallOutcome, UsageResponse } from '../../../electron/lusha/types';
import { failure, keyRecord, poolOf, success } from './fixtures';

function recovery(records: KeyRecord[], probe: () => Promise<CallOutcome<UsageResponse>> = async () => success(usage(10))) {
  const clock = new ManualClock();
  const pool = poolOf(records.map((r) => ({ ...r, until: r.until === null ? null : clock.now() + r.until })));
  const committed: KeyChange[] = [];
  const probes: number[] = [];
  const r = new Recovery({
    pool,
    clock,
    rng: seededRng(3),
    cooldownMs: 60_000,
    failureWindow: { count: 5, ms: 60_000 },
    jitterMs: 10_000,
    rules: { cooldownMs: 60_000, failoverConfigured: true },
    probe: (key) => {
      probes.push(key.id);
      return probe();
    },
    commit: (changes) => {
      committed.push(...changes);
      changes.forEach((c) => pool.apply(c));
    },
    report: (error) => {
      throw error;
    },
  });
  return { r, clock, pool, committed, probes };
}

const usage = (creditsRemaining: number): UsageResponse => ({ creditsTotal: 10, creditsUsed: 10 - creditsRemaining, creditsRemaining });

describe('recovery', () => {
  it('returns keys whose bench is over, each to the endpoint it was on', async () => {
    const { r, committed } = recovery([
      keyRecord(1, { status: 'cooling', until: -1 }),
      keyRecord(2, { status: 'quota', until: 0, endpoint: 'failover' }),
      keyRecord(3, { status: 'cooling', until: 1 }),
      keyRecord(4, { status: 'exhausted' }),
    ]);
    await r.sweep();
    expect(committed.map((c) => [c.keyId, c.from, c.to, c.cause])).toEqual([
      [1, 'cooling', 'healthy', 'cooldown_over'],
      [2, 'quota', 'failover', 'cooldown_over'],
    ]);
  });

  it('ends a bench no earlier than asked, spread by at most 10 % (capped)', () => {
    const { r } = recovery([]);
    for (let i = 0; i < 200; i++) {
      const at = r.returnAt(0, 120_000);
      expect(at).toBeGreaterThanOrEqual(120_000);
      expect(at).toBeLessThanOrEqual(130_000);
      expect(r.returnAt(0, 1_000)).toBeLessThanOrEqual(1_100);
    }
  });

  it('probes a due unavailable key once, and takes it back when the probe succeeds', async () => {
    const { r, committed, probes } = recovery([
      keyRecord(1, { status: 'unavailable', until: 0 }),
      keyRecord(2, { status: 'unavailable', until: 5_000 }),
    ]);
    r.returnDue();
    r.returnDue();
    await r.idle();
    expect(probes).toEqual([1]);
    expect(committed).toMatchObject([{ keyId: 1, to: 'healthy', cause: 'probe_ok' }]);
  });

  it('retires a probed key whose account has no credits left and promotes a standby', async () => {
    const { r, committed } = recovery([keyRecord(1, { status: 'unavailable', until: 0 }), keyRecord(2, { role: 'standby' })], async () =>
      success(usage(0)),
    );
    await r.sweep();
    expect(committed).toMatchObject([
      { keyId: 1, to: 'exhausted', cause: 'probe_no_credits' },
      { keyId: 2, role: 'active', cause: 'promoted' },
    ]);
  });

  it('reads a failed probe through the rules: 401 retires, a transient error keeps the circuit open', async () => {
    const invalid = recovery([keyRecord(1, { status: 'unavailable', until: 0 })], async () =>
      failure({ kind: 'invalid_key', httpStatus: 401 }),
    );
    await invalid.r.sweep();
    expect(invalid.committed).toMatchObject([{ to: 'invalid', cause: 'invalid_key' }]);

    const down = recovery([keyRecord(1, { status: 'unavailable', until: 0 })], async () => failure({ kind: 'timeout' }));
    await down.r.sweep();
    expect(down.committed).toMatchObject([{ to: 'unavailable', cause: 'probe_failed' }]);
    expect(down.committed[0].until).toBeGreaterThanOrEqual(down.clock.now() + 60_000);
  });

  it('drops a probe answer when the user changed the key meanwhile', async () => {
    let answer = (_: CallOutcome<UsageResponse>) => {};
    const { r, pool, committed } = recovery(
      [keyRecord(1, { status: 'unavailable', until: 0 })],
      () => new Promise((resolve) => (answer = resolve)),
    );
    r.returnDue();
    pool.load([keyRecord(1, { status: 'disabled' })]);
    answer(success(usage(10)));
    await r.idle();
    expect(committed).toEqual([]);
    expect(pool.get(1)?.status).toBe('disabled');
  });
});
