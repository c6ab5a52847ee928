// Settings end to end on a real profile: through services.dispatch, persisted in SQLite, and applied
// to key tests and a running engine that talk to the Lusha simulator over HTTP.
import { afterEach, describe, expect, it } from 'vitest';
import type { KeySummary, KeyTestResult, SettingsView } from '@shared/domain';
import { createLushaClient } from '../../../electron/lusha/client';
import { startSimulator, type Simulator } from '../../../electron/lusha/simulator/server';
import type { AccountSpec } from '../../../electron/lusha/simulator/accounts';
import { call, fakeKey, openTestProfile, type TestProfile } from '../vault/profile';

const profiles: TestProfile[] = [];
const simulators: Simulator[] = [];

afterEach(async () => {
  for (const p of profiles.splice(0)) await p.cleanup();
  for (const sim of simulators.splice(0)) await sim.close();
});

async function profile(env: NodeJS.ProcessEnv = {}): Promise<TestProfile> {
  const p = await openTestProfile({ env });
  profiles.push(p);
  return p;
}

async function simulator(key: string, account: AccountSpec): Promise<Simulator> {
  const sim = await startSimulator({ accounts: [account], keys: [{ key, account: account.id }] });
  simulators.push(sim);
  return sim;
}

const update = (p: TestProfile, patch: Record<string, unknown>) => call<SettingsView>(p.services, 'settings.update', { patch });
const callsTo = (sim: Simulator, key: string) => Object.values(sim.stats().calls[key] ?? {}).reduce((a, b) => a + (b ?? 0), 0);

describe('settings over IPC', () => {
  it('answers values, defaults and the environment override', async () => {
    const p = await profile({ LUSHA_BASE_URL: 'http://127.0.0.1:4010' });
    const view = await call<SettingsView>(p.services, 'settings.get');
    expect(view.values).toEqual(view.defaults);
    expect(view.overriddenByEnvironment).toEqual({ 'lusha.baseUrl': 'http://127.0.0.1:4010' });
  });

  it('keeps an update across a reopened profile and announces it once', async () => {
    const p = await profile();
    const view = await update(p, { 'jobs.concurrency': 12, 'lusha.plan': 'premium', 'engine.sweepSeconds': 15 });
    expect(view.values).toMatchObject({ 'jobs.concurrency': 12, 'lusha.plan': 'premium', 'engine.sweepSeconds': 15 });
    expect(p.events.filter((e) => e.event === 'settings.changed').map((e) => e.payload)).toEqual([view]);
    p.restart();
    expect((await call<SettingsView>(p.services, 'settings.get')).values).toEqual(view.values);
  });

  it('refuses a bad value with a plain message naming the field, and stores nothing', async () => {
    const p = await profile();
    const envelope = await p.services.dispatch('settings.update', {
      patch: { 'jobs.concurrency': 5, 'lusha.baseUrl': 'ftp://files.test' },
    });
    expect(envelope).toEqual({
      ok: false,
      error: { code: 'invalid_setting', message: "Lusha base URL must be an http(s) URL, or empty for Lusha's own address." },
    });
    expect((await call<SettingsView>(p.services, 'settings.get')).values['jobs.concurrency']).toBe(4);
  });
});

describe('settings applied without a restart', () => {
  it('sends the next key test to a changed base URL', async () => {
    const key = fakeKey('base');
    const first = await simulator(key, { id: 'acct', credits: 100 });
    const second = await simulator(key, { id: 'acct', credits: 100 });
    const p = await profile();
    await update(p, { 'lusha.baseUrl': first.url });
    const added = await call<KeySummary>(p.services, 'keys.add', { key, category: 'phones' });
    expect(await call<KeyTestResult>(p.services, 'keys.test', { keyId: added.id })).toMatchObject({ outcome: 'valid' });
    await update(p, { 'lusha.baseUrl': second.url });
    await call<KeyTestResult>(p.services, 'keys.test', { keyId: added.id });
    expect([callsTo(first, key), callsTo(second, key)]).toEqual([1, 1]);
  });

  it('sends a failover-enabled key that answers 402 to a failover URL set while the engine runs', async () => {
    const key = fakeKey('failover');
    const primary = await simulator(key, { id: 'broke', credits: 0 });
    const failover = await simulator(key, { id: 'broke', credits: 100 });
    const p = await profile();
    await update(p, { 'lusha.baseUrl': primary.url });
    const added = await call<KeySummary>(p.services, 'keys.add', { key, category: 'phones', failoverEnabled: true });
    await update(p, { 'lusha.failoverBaseUrl': failover.url });

    const client = createLushaClient();
    const who = [{ ref: '1', query: { linkedinUrl: primary.directory.person(0).linkedinUrl } }];
    const result = await p.services.engine.execute('phones', (target) => client.enrich(target, who, { phones: true, emails: false }));
    expect(result).toMatchObject({ ok: true, keyId: added.id });
    expect([callsTo(primary, key), callsTo(failover, key)]).toEqual([1, 1]);
    expect(p.services.engine.snapshot().find((k) => k.id === added.id)).toMatchObject({ status: 'failover', endpoint: 'failover' });
  });

  it('benches a rate-limited account for a cooldown changed while the engine runs', async () => {
    const key = fakeKey('cooldown');
    const sim = await simulator(key, { id: 'busy', credits: 100 });
    sim.setFaults({ script: ['rate_burst'] });
    const p = await profile();
    await update(p, { 'lusha.baseUrl': sim.url, 'engine.cooldownMinutes': 7 });
    const added = await call<KeySummary>(p.services, 'keys.add', { key, category: 'phones' });

    const client = createLushaClient();
    const who = [{ ref: '1', query: { linkedinUrl: sim.directory.person(0).linkedinUrl } }];
    const stop = new AbortController();
    const started = Date.now();
    const pending = p.services.engine.execute('phones', (target) => client.enrich(target, who, { phones: true, emails: false }), {
      signal: stop.signal,
    });
    await expect.poll(() => p.services.engine.snapshot().find((k) => k.id === added.id)?.status).toBe('cooling');
    stop.abort(new Error('done looking'));
    await expect(pending).rejects.toThrow('done looking');
    const until = p.services.engine.snapshot().find((k) => k.id === added.id)?.until ?? 0;
    // 7 minutes, plus at most the 10 s recovery jitter; the default would have been 2 minutes.
    expect(until - started).toBeGreaterThanOrEqual(7 * 60_000);
    expect(until - started).toBeLessThan(7 * 60_000 + 15_000);
  });
});
