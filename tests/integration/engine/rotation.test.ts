// Issue 5's scenarios against the Lusha simulator over HTTP, on a real SQLite file, with manual time.
import { afterEach, describe, expect, it } from 'vitest';
import { AllKeysOutError } from '../../../electron/engine/errors';
import { MESSAGES } from '../../../electron/lusha/simulator/messages';
import { startHarness, type Harness, type HarnessOptions } from './harness';

const secret = (n: number) => `sim-engine-key-${String(n).padStart(4, '0')}-abcdef`;
const plenty = (id: string) => ({ id, plan: 'scale' as const, credits: 10_000 });

let h: Harness;
const harness = async (options: HarnessOptions) => (h = await startHarness(options));
afterEach(async () => h?.close());

/** n keys, each on its own account. */
const separateAccounts = (n: number): HarnessOptions => ({
  accounts: Array.from({ length: n }, (_, i) => plenty(`acct-${i + 1}`)),
  keys: Array.from({ length: n }, (_, i) => ({ secret: secret(i + 1), account: `acct-${i + 1}` })),
});

describe('rotation against the simulator', () => {
  it('uses the first key when it works: one call', async () => {
    await harness(separateAccounts(3));
    const result = await h.enrich();
    expect(result).toMatchObject({ ok: true, keyId: h.ids[0] });
    expect(h.sim.stats().totalCalls).toBe(1);
    expect(h.row(h.ids[0])).toMatchObject({ status: 'healthy', calls: 1, found: 1, credits: 1, api_version: 'v3' });
    expect(h.events).toEqual([]);
  });

  it('remembers per key which API version works, so a V2-only account is not asked V3 again', async () => {
    await harness({ accounts: [{ ...plenty('legacy'), v3Enabled: false }], keys: [{ secret: secret(1), account: 'legacy' }] });
    await h.enrich();
    await h.enrich();
    expect(h.row(h.ids[0]).api_version).toBe('v2');
    expect(h.sim.stats().calls[secret(1)]).toEqual({ v3_enrich: 1, v2_bulk: 2 });
  });

  it("moves to the second key when the first answers 429, and cools the first one's account", async () => {
    await harness(separateAccounts(3));
    h.sim.setFaults({ script: ['rate_burst'] }, { key: secret(1) });
    const result = await h.enrich();
    expect(result).toMatchObject({ ok: true, keyId: h.ids[1] });
    expect(h.sim.stats().totalCalls).toBe(2);
    expect(h.row(h.ids[0])).toMatchObject({ status: 'cooling', errors: 1 });
    expect(h.row(h.ids[0]).until).toBeGreaterThanOrEqual(h.clock.now() - 10_000 + 120_000);
    expect(h.keyEvents(h.ids[0])).toMatchObject([
      { from_status: 'healthy', to_status: 'cooling', cause: 'rate_burst', http_status: 429, actor: 'engine', message: MESSAGES.burst },
    ]);
  });

  it('gets through when the first four fail (429 / 401 mix) and the fifth works', async () => {
    const options = separateAccounts(5);
    options.keys[1].simState = 'invalid';
    await harness(options);
    h.sim.setFaults({ script: ['rate_burst'] }, { key: secret(1) });
    h.sim.setFaults({ script: ['quota_daily'] }, { key: secret(3) });
    h.sim.setFaults({ script: ['invalid_key'] }, { key: secret(4) });
    const result = await h.enrich();
    expect(result).toMatchObject({ ok: true, keyId: h.ids[4] });
    expect(h.sim.stats().totalCalls).toBe(5);
    expect(h.ids.map((id) => h.row(id).status)).toEqual(['cooling', 'invalid', 'quota', 'invalid', 'healthy']);
  });

  it('stops with a typed error when every key is out: "All 3 phone keys are exhausted — add more API keys"', async () => {
    await harness({
      accounts: [1, 2, 3].map((i) => ({ id: `dry-${i}`, credits: 0 })),
      keys: [1, 2, 3].map((i) => ({ secret: secret(i), account: `dry-${i}` })),
    });
    const error = await h.enrich().then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AllKeysOutError);
    expect((error as Error).message).toBe('All 3 phone keys are exhausted — add more API keys');
    expect(h.sim.stats().totalCalls).toBe(3);
    expect(h.ids.map((id) => h.keyEvents(id).map((e) => e.to_status))).toEqual([['exhausted'], ['exhausted'], ['exhausted']]);
    // Nothing left to try: the next request gives up without a call.
    await expect(h.enrich()).rejects.toThrow('All 3 phone keys are exhausted');
    expect(h.sim.stats().totalCalls).toBe(3);
  });

  it('takes a not-found answer as valid: one call, the key stays healthy', async () => {
    await harness(separateAccounts(2));
    const miss = await h.enrich('phones', h.nobody);
    expect(miss).toMatchObject({ ok: true, keyId: h.ids[0], value: { results: [{ outcome: 'not_found' }], creditsCharged: 0 } });
    h.sim.setFaults({ script: ['not_found_404'] }, { key: secret(1) });
    const resource = await h.enrich();
    expect(resource).toMatchObject({ ok: false, rowOutcome: 'not_found', keyId: h.ids[0], error: { httpStatus: 404 } });
    expect(h.sim.stats().totalCalls).toBe(2);
    expect(h.row(h.ids[0])).toMatchObject({ status: 'healthy', calls: 2, not_found: 2, errors: 0, credits: 0 });
  });

  it('benches every key of an account on a shared limit in one step: one call to that account', async () => {
    await harness({
      accounts: [plenty('shared'), plenty('other')],
      keys: [
        { secret: secret(1), account: 'shared' },
        { secret: secret(2), account: 'shared' },
        { secret: secret(3), account: 'shared' },
        { secret: secret(4), account: 'other' },
      ],
    });
    h.sim.setFaults({ script: ['quota_hourly'] }, { account: 'shared' });
    expect(await h.enrich()).toMatchObject({ ok: true, keyId: h.ids[3] });
    expect(await h.enrich()).toMatchObject({ ok: true, keyId: h.ids[3] });
    expect([1, 2, 3].map((i) => h.callsBy(secret(i))).reduce((a, b) => a + b)).toBe(1);
    const benched = h.ids.slice(0, 3).map((id) => h.keyEvents(id));
    expect(benched.map((e) => e.map((x) => x.to_status))).toEqual([['quota'], ['quota'], ['quota']]);
    expect(new Set(benched.map((e) => e[0].at)).size).toBe(1);
    // The account is benched until Lusha's stated reset (the top of the simulator's hour), never earlier.
    const hourEnd = Math.ceil((h.clock.now() + 1) / 3_600_000) * 3_600_000;
    for (const id of h.ids.slice(0, 3)) expect(h.row(id).until).toBeGreaterThanOrEqual(hourEnd);
  });

  it('fails a 402 over to the failover URL, retires the key when it gets 402 there too, and promotes a standby that keeps its own failover flag', async () => {
    await harness({
      accounts: [{ id: 'broke', credits: 0 }, plenty('spare')],
      failoverAccounts: [{ id: 'broke', credits: 0 }, plenty('spare')],
      keys: [
        { secret: secret(1), account: 'broke', failoverEnabled: true },
        { secret: secret(2), account: 'spare', role: 'standby', failoverEnabled: false },
      ],
    });
    const result = await h.enrich();
    expect(result).toMatchObject({ ok: true, keyId: h.ids[1] });
    expect(h.callsBy(secret(1))).toBe(1);
    expect(h.callsBy(secret(1), h.failoverSim!)).toBe(1);
    expect(h.callsBy(secret(2))).toBe(1);
    expect(h.keyEvents(h.ids[0]).map((e) => [e.from_status, e.to_status, e.cause])).toEqual([
      ['healthy', 'failover', 'no_credits'],
      ['failover', 'exhausted', 'no_credits'],
    ]);
    expect(h.row(h.ids[0])).toMatchObject({ status: 'exhausted', endpoint: 'failover' });
    expect(h.row(h.ids[1])).toMatchObject({ role: 'active', status: 'healthy', endpoint: 'primary', failover_enabled: 0 });
    expect(h.keyEvents(h.ids[1])).toMatchObject([{ cause: 'promoted', to_status: 'healthy' }]);
  });

  it('brings a cooled key back to healthy through the sweep once its cooldown is over', async () => {
    await harness({ ...separateAccounts(2), settings: { cooldownMs: 120_000, sweepMs: 30_000 } });
    h.sim.setFaults({ script: ['rate_burst'] }, { key: secret(1) });
    await h.enrich();
    h.engine.start();
    const until = h.row(h.ids[0]).until!;
    await h.clock.advance(until - h.clock.now() - 1);
    expect(h.status(h.ids[0])?.status).toBe('cooling');
    await h.clock.advance(30_000);
    expect(h.row(h.ids[0])).toMatchObject({ status: 'healthy', until: null });
    expect(h.keyEvents(h.ids[0]).at(-1)).toMatchObject({
      from_status: 'cooling',
      to_status: 'healthy',
      cause: 'cooldown_over',
      actor: 'recovery',
    });
    expect(await h.enrich()).toMatchObject({ ok: true, keyId: h.ids[0] });
  });

  it('opens the circuit after repeated 5xx and closes it after one no-credit probe', async () => {
    await harness({ ...separateAccounts(2), settings: { failureWindow: { count: 2, ms: 60_000 }, cooldownMs: 60_000 } });
    h.sim.setFaults({ script: ['server_503', 'server_500'] }, { key: secret(1) });
    expect(await h.enrich()).toMatchObject({ ok: true, keyId: h.ids[1] });
    expect(h.row(h.ids[0]).status).toBe('unavailable');
    const enrichCalls = h.callsBy(secret(1));

    await h.advance(h.row(h.ids[0]).until! - h.clock.now());
    expect(h.row(h.ids[0]).status).toBe('healthy');
    expect(h.sim.stats().calls[secret(1)]).toMatchObject({ v3_usage: 1 });
    expect(h.callsBy(secret(1))).toBe(enrichCalls + 1);
    expect(h.keyEvents(h.ids[0]).map((e) => [e.to_status, e.cause, e.actor])).toEqual([
      ['unavailable', 'circuit_open', 'engine'],
      ['healthy', 'probe_ok', 'recovery'],
    ]);
  });

  it('keeps an open circuit open when its probe fails', async () => {
    await harness({ ...separateAccounts(2), settings: { failureWindow: { count: 1, ms: 60_000 }, cooldownMs: 60_000 } });
    h.sim.setFaults({ script: ['server_500', 'server_502'] }, { key: secret(1) });
    await h.enrich();
    const firstUntil = h.row(h.ids[0]).until!;
    await h.advance(firstUntil - h.clock.now());
    expect(h.row(h.ids[0])).toMatchObject({ status: 'unavailable' });
    expect(h.row(h.ids[0]).until).toBeGreaterThanOrEqual(h.clock.now() + 60_000);
    expect(h.keyEvents(h.ids[0]).at(-1)).toMatchObject({ cause: 'probe_failed', http_status: 502, actor: 'recovery' });
  });

  it('keeps a cooldown across a restart in the middle of it', async () => {
    await harness(separateAccounts(2));
    h.sim.setFaults({ script: ['rate_burst'] }, { key: secret(1) });
    await h.enrich();
    const until = h.row(h.ids[0]).until!;
    await h.clock.advance(60_000);

    await h.restart();
    h.engine.start();
    await h.settle(h.engine.sweep());
    expect(h.status(h.ids[0])).toMatchObject({ status: 'cooling', until });
    expect(await h.enrich()).toMatchObject({ ok: true, keyId: h.ids[1] });

    await h.clock.advance(until - h.clock.now() + 30_000);
    expect(h.status(h.ids[0])?.status).toBe('healthy');
  });

  it('makes callers wait for the earliest recovery and reports the ETA', async () => {
    await harness(separateAccounts(1));
    h.sim.setFaults({ script: ['rate_burst'] }, { key: secret(1) });
    const result = await h.enrich();
    expect(result).toMatchObject({ ok: true, keyId: h.ids[0] });
    expect(h.waits.length).toBe(1);
    const cooledUntil = h.keyEvents(h.ids[0])[0].at + 120_000;
    expect(h.waits[0]).toBeGreaterThanOrEqual(cooledUntil);
    expect(h.clock.now()).toBeGreaterThanOrEqual(h.waits[0]);
  });

  it('fails a row on a 403 about reveal flags as a settings error without touching the key', async () => {
    await harness({
      accounts: [{ id: 'basic', credits: 100, revealAllowed: false }, plenty('full')],
      keys: [
        { secret: secret(1), account: 'basic' },
        { secret: secret(2), account: 'full' },
      ],
    });
    const result = await h.enrich();
    expect(result).toMatchObject({ ok: false, rowOutcome: 'failed', cause: 'settings', error: { forbiddenReason: 'reveal_not_on_plan' } });
    expect(h.row(h.ids[0]).status).toBe('healthy');
    expect(h.events).toEqual([]);
  });

  it('gives a row up after the bounded number of transient answers', async () => {
    await harness({ ...separateAccounts(1), settings: { maxAttempts: 3, failureWindow: { count: 10, ms: 60_000 } } });
    h.sim.setFaults({ probabilities: { server_500: 1 } }, { key: secret(1) });
    const result = await h.enrich();
    expect(result).toMatchObject({ ok: false, rowOutcome: 'failed', cause: 'retries', error: { kind: 'server' } });
    expect(h.sim.stats().totalCalls).toBe(3);
  });

  it('lets 50 concurrent callers through without sending what a bucket forbids or exceeding per-key concurrency', async () => {
    await harness({
      accounts: [
        { id: 'a', credits: 10_000, limits: { minute: 8 } },
        { id: 'b', credits: 10_000, limits: { minute: 6 } },
      ],
      keys: [
        { secret: secret(1), account: 'a', priority: 1 },
        { secret: secret(2), account: 'a', priority: 1 },
        { secret: secret(3), account: 'a', priority: 1 },
        { secret: secret(4), account: 'b', priority: 1 },
        { secret: secret(5), account: 'b', priority: 1 },
      ],
      settings: { perKeyConcurrency: 2, plan: { minute: 8, hourly: null, daily: null } },
    });
    const results = await Promise.all(Array.from({ length: 50 }, () => h.enrich()));
    expect(results.every((r) => r.ok)).toBe(true);
    const stats = h.sim.stats();
    expect(stats.rejected).toEqual({});
    expect(stats.totalCalls).toBe(50);
    for (const max of h.maxInFlightByKey.values()) expect(max).toBeLessThanOrEqual(2);
    // Account b's limit (6) came from the headers, not the plan (8): it was learned and kept for every key of b.
    const learned = h.ids.map((id) => (JSON.parse(h.row(id).limits) as { minute?: number }).minute);
    expect(learned).toEqual([8, 8, 8, 6, 6]);
    expect(h.events).toEqual([]);
  });
});
