// 5,000 rows while a fifth of all requests fail in one of Lusha's transient ways (bursts, 5xx, 499,
// resets, bad JSON, hangs). Quota and trial answers are left out: they bench an account for an hour
// or for good, which is the keys-out test's subject, not this one's.
import { afterEach, describe, expect, it } from 'vitest';
import type { Simulator } from '../../../electron/lusha/simulator/server';
import { HEADER, MAP, Profile, sheetRows, simulator, totalCharged } from './harness';

const OUT_STATUSES = ['invalid', 'exhausted', 'blocked', 'disabled'];

let sim: Simulator;
let profile: Profile;

afterEach(async () => {
  await profile?.destroy();
  await sim?.close();
});

describe('chaos', () => {
  it('ends every row final with credits = found and no key retired, under 20 % faults', { timeout: 180_000 }, async () => {
    const accounts = ['one', 'two', 'three'].map((id) => ({ id, plan: 'scale' as const, credits: 100_000 }));
    const keys = accounts.flatMap(({ id }) => [1, 2].map((n) => ({ key: `sim-${id}-chaos-key-${n}0000`, account: id })));
    sim = await simulator({
      accounts,
      keys,
      faults: {
        probabilities: {
          rate_burst: 0.04,
          server_500: 0.04,
          server_502: 0.03,
          server_503: 0.03,
          timeout_499: 0.02,
          reset: 0.02,
          malformed: 0.01,
          hang: 0.01,
        },
        latency: { meanMs: 5, jitterMs: 3 },
        endpoints: ['v3_enrich', 'v2_bulk'],
        seed: 5,
      },
    });
    profile = await Profile.open({ baseUrl: sim.url, keys, timeoutMs: 500, engine: { maxAttempts: 8 } });
    const sheetId = await profile.importSheet(HEADER, sheetRows(sim, 5_000, { missShare: 0.05 }), MAP);

    const { run } = await profile.run(sheetId);

    const states = profile.states(sheetId);
    expect(Object.keys(states).every((s) => ['found', 'not_found', 'failed'].includes(s))).toBe(true);
    expect(run.found).toBe(states.found);
    expect(run.credits).toBe(run.found);
    expect(totalCharged(sim)).toBe(run.found);
    expect(Object.values(sim.stats().rejected).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    expect(profile.keys.list().filter((k) => OUT_STATUSES.includes(k.status))).toEqual([]);
    const retirements = profile.db
      .prepare(`SELECT count(*) AS n FROM key_events WHERE to_status IN ('invalid', 'exhausted', 'blocked', 'disabled')`)
      .get() as { n: number };
    expect(retirements.n).toBe(0);
  });
});
