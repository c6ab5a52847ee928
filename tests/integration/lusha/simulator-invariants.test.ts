// What the simulator promises, observed over HTTP through the client: credits never below zero,
// charges only for found and revealed data, limits per account, headers that match the counters,
// windows that turn over when the injected clock moves.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AccountSpec } from '../../../electron/lusha/simulator/accounts';
import { MESSAGES } from '../../../electron/lusha/simulator/messages';
import { applyScenario } from '../../../electron/lusha/simulator/scenarios';
import { startSimulator } from '../../../electron/lusha/simulator/server';
import type { CallOutcome, ContactRequest, EnrichResponse, Reveal } from '../../../electron/lusha/types';
import {
  byLinkedin,
  hasBoth,
  hasEmails,
  hasPhones,
  people,
  NOON,
  REVEAL_BOTH,
  REVEAL_PHONES,
  startHarness,
  unknownContact,
  type Harness,
} from './harness';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());
beforeEach(() => {
  h.sim.reset();
  h.resetClock();
});

let accountSeq = 0;
/** A fresh account with `keys` keys; returns the keys. */
function account(spec: Omit<AccountSpec, 'id'>, keys = 1): string[] {
  const id = `acct-${++accountSeq}`;
  h.sim.addAccount({ id, ...spec });
  return Array.from({ length: keys }, (_, i) => {
    const key = `${id}-key-${String(i).padStart(4, '0')}`;
    h.sim.addKey({ key, account: id });
    return key;
  });
}

const creditsOf = (key: string) => {
  const id = key.replace(/-key-\d+$/, '');
  return h.sim.stats().accounts[id];
};

const enrich = (key: string, contacts: ContactRequest[], reveal: Reveal = REVEAL_BOTH) => h.client.enrich(h.target(key), contacts, reveal);
const errorKind = (o: CallOutcome<unknown>) => (o.ok ? 'ok' : o.error.kind);
const value = (o: CallOutcome<EnrichResponse>) => {
  if (!o.ok) throw new Error(`${o.error.kind}: ${o.error.message}`);
  return o.value;
};

describe('credits', () => {
  it('never go below zero: a request costing more than remains is refused whole, nothing charged', async () => {
    const [key] = account({ credits: 5 });
    const both = people(h.sim, 6, hasBoth);
    const phonesOnly = people(h.sim, 1, (p) => hasPhones(p) && !hasEmails(p));

    expect(
      errorKind(
        await enrich(
          key,
          both.slice(0, 3).map((p) => byLinkedin(p)),
        ),
      ),
    ).toBe('no_credits');
    expect(creditsOf(key)).toEqual({ creditsTotal: 5, creditsUsed: 0, creditsRemaining: 5 });

    expect(
      value(
        await enrich(
          key,
          both.slice(0, 2).map((p) => byLinkedin(p)),
        ),
      ).creditsCharged,
    ).toBe(4);
    expect(errorKind(await enrich(key, [byLinkedin(both[2])]))).toBe('no_credits');
    expect(value(await enrich(key, [byLinkedin(phonesOnly[0])])).creditsCharged).toBe(1);
    expect(creditsOf(key)).toEqual({ creditsTotal: 5, creditsUsed: 5, creditsRemaining: 0 });

    const empty = await enrich(key, [unknownContact('x')]);
    expect(!empty.ok && empty.error).toMatchObject({ kind: 'no_credits', message: MESSAGES.noCredits });
    expect(creditsOf(key).creditsRemaining).toBe(0);
  });

  it("are charged only for found people and only for what was revealed, at the account's prices", async () => {
    const [key] = account({ credits: 1_000, prices: { phone: 5, email: 1 } });
    const mix = [
      ...people(h.sim, 3, (p) => hasPhones(p) && !hasEmails(p)),
      ...people(h.sim, 3, (p) => hasEmails(p) && !hasPhones(p)),
      ...people(h.sim, 2, hasBoth),
      ...people(h.sim, 2, (p) => !p.gdprBlocked && !p.phones.length && !p.emails.length),
      ...people(h.sim, 1, (p) => p.gdprBlocked),
    ];
    const contacts = [...mix.map((p) => byLinkedin(p)), unknownContact('nobody')];

    const phones = value(await enrich(key, contacts, REVEAL_PHONES));
    const found = phones.results.filter((r) => r.outcome === 'found');
    expect(found).toHaveLength(5);
    expect(phones.results.every((r) => r.charged === (r.outcome === 'found'))).toBe(true);
    expect(found.every((r) => r.outcome === 'found' && r.data.emails.length === 0 && r.data.phones.length > 0)).toBe(true);
    expect(phones.creditsCharged).toBe(25);

    const all = value(await enrich(key, contacts, REVEAL_BOTH));
    expect(all.results.filter((r) => r.outcome === 'found')).toHaveLength(8);
    expect(all.creditsCharged).toBe(3 * 5 + 3 * 1 + 2 * 6);

    expect(h.sim.stats().creditsCharged[key.replace(/-key-\d+$/, '')]).toBe(25 + 30);
    expect(creditsOf(key).creditsUsed).toBe(55);
  });

  it('are shared by the keys of one account', async () => {
    const [a, b] = account({ credits: 2 }, 2);
    const [p, q] = people(h.sim, 2, hasPhones);
    expect(errorKind(await enrich(a, [byLinkedin(p)], REVEAL_PHONES))).toBe('ok');
    expect(errorKind(await enrich(b, [byLinkedin(q)], REVEAL_PHONES))).toBe('ok');
    expect(errorKind(await enrich(a, [byLinkedin(q)], REVEAL_PHONES))).toBe('no_credits');
  });

  it('show up in usage, and a top-up is seen at once', async () => {
    const [key] = account({ credits: 1 });
    await enrich(key, [byLinkedin(people(h.sim, 1, hasPhones)[0])], REVEAL_PHONES);
    const before = await h.client.usage(h.target(key));
    expect(before.ok && before.value).toMatchObject({ creditsTotal: 1, creditsUsed: 1, creditsRemaining: 0 });
    h.sim.updateAccount(key.replace(/-key-\d+$/, ''), { credits: 101 });
    const after = await h.client.usage(h.target(key));
    expect(after.ok && after.value).toMatchObject({ creditsTotal: 101, creditsUsed: 1, creditsRemaining: 100 });
  });

  it('of a trial answer the trial wording when spent', async () => {
    const [key] = account({ credits: 1, trial: true, plan: 'free' });
    await enrich(key, [byLinkedin(people(h.sim, 1, hasPhones)[0])], REVEAL_PHONES);
    const out = await enrich(key, [unknownContact('1')]);
    expect(!out.ok && out.error).toMatchObject({ kind: 'trial_spent', httpStatus: 429 });
  });
});

describe('limits per account', () => {
  it('the minute limit is shared by sibling keys, spares other accounts, and resets with the clock', async () => {
    const [a, b] = account({ credits: 100, limits: { minute: 3 } }, 2);
    const [other] = account({ credits: 100, limits: { minute: 3 } });
    const call = (key: string) => enrich(key, [unknownContact('1')]).then(errorKind);

    expect([await call(a), await call(b), await call(a)]).toEqual(['ok', 'ok', 'ok']);
    expect([await call(b), await call(a)]).toEqual(['rate_burst', 'rate_burst']);
    expect(await call(other)).toBe('ok');
    h.advance(59_999);
    expect(await call(b)).toBe('rate_burst');
    h.advance(1);
    expect(await call(b)).toBe('ok');
  });

  it('the burst limit is per second and per endpoint', async () => {
    const [key] = account({ credits: 100, limits: { burstPerSecond: 2 } });
    const v3 = () => enrich(key, [unknownContact('1')]).then(errorKind);
    const v2 = () => h.client.enrich(h.target(key, { apiVersion: 'v2' }), [unknownContact('1')], REVEAL_BOTH).then(errorKind);
    expect([await v3(), await v3(), await v3()]).toEqual(['ok', 'ok', 'rate_burst']);
    expect(await v2()).toBe('ok');
    h.advance(1_000);
    expect(await v3()).toBe('ok');
  });

  it('the hourly quota answers its wording with the seconds to the next hour, and lifts at the hour', async () => {
    const [a, b] = account({ credits: 100, limits: { hour: 2 } }, 2);
    h.advance(15 * 60_000);
    await enrich(a, [unknownContact('1')]);
    await enrich(b, [unknownContact('1')]);
    const out = await enrich(a, [unknownContact('1')]);
    expect(!out.ok && out.error).toMatchObject({ kind: 'quota_hourly', httpStatus: 429, resetSec: 45 * 60 });
    expect(!out.ok && out.error.message).toBe('Hourly API rate limit exceeded. Limit: 2 calls per hour. Reset in 2700 seconds.');
    h.advance(45 * 60_000);
    expect(errorKind(await enrich(b, [unknownContact('1')]))).toBe('ok');
  });

  it('the daily quota answers its wording with the seconds to midnight UTC, and lifts at midnight', async () => {
    const [key] = account({ credits: 100, limits: { day: 1 } });
    await enrich(key, [unknownContact('1')]);
    const out = await enrich(key, [unknownContact('1')]);
    expect(!out.ok && out.error).toMatchObject({ kind: 'quota_daily', resetSec: 12 * 3_600 });
    expect(!out.ok && out.error.message).toBe('Daily API rate limit exceeded. Limit: 1 calls per day. Reset in 43200 seconds.');
    h.advance(12 * 3_600_000);
    expect(errorKind(await enrich(key, [unknownContact('1')]))).toBe('ok');
  });

  it('the usage endpoint has its own 5 per minute and does not spend the enrichment windows', async () => {
    const [key] = account({ credits: 100 });
    const usage = () => h.client.usage(h.target(key)).then(errorKind);
    for (let i = 0; i < 5; i++) expect(await usage()).toBe('ok');
    expect(await usage()).toBe('rate_burst');
    const out = await enrich(key, [unknownContact('1')]);
    expect(out.headers).toMatchObject({ minuteLeft: 49, hourlyLeft: 149, dailyLeft: 1_499 });
    h.advance(60_000);
    expect(await usage()).toBe('ok');
  });
});

describe('headers', () => {
  it('match the counters on every answer, refusals included', async () => {
    const [a, b] = account({ credits: 100, plan: 'free', limits: { minute: 3 } }, 2);
    for (let n = 1; n <= 3; n++) {
      const out = await enrich(n % 2 ? a : b, [unknownContact('1')]);
      expect(out.headers).toEqual({
        minuteLimit: 3,
        minuteLeft: 3 - n,
        hourlyLimit: 100,
        hourlyLeft: 100 - n,
        dailyLimit: 100,
        dailyLeft: 100 - n,
        retryAfterSec: null,
      });
    }
    const refused = await enrich(a, [unknownContact('1')]);
    expect(refused.headers).toMatchObject({ minuteLeft: 0, hourlyLeft: 97, dailyLeft: 97 });

    const usage = await h.client.usage(h.target(b));
    expect(usage.ok && usage.value.rateLimits).toMatchObject({
      minute: { used: 3, remaining: 0 },
      hourly: { used: 3, remaining: 97 },
      daily: { used: 3, remaining: 97 },
    });
    h.advance(60_000);
    expect((await enrich(a, [unknownContact('1')])).headers).toMatchObject({ minuteLeft: 2, hourlyLeft: 96 });
  });

  it('of an account are not shown to an invalid key', async () => {
    const [key] = account({ credits: 100 });
    h.sim.setKeyState(key, 'invalid');
    const out = await enrich(key, [unknownContact('1')]);
    expect(!out.ok && out.error.kind).toBe('invalid_key');
    expect(out.headers.minuteLimit).toBeNull();
  });
});

describe('faults and stats', () => {
  it('aim at one key without touching its sibling, and are counted by reason', async () => {
    const [a, b] = account({ credits: 100 }, 2);
    h.sim.setFaults({ probabilities: { server_502: 1 } }, { key: a });
    expect(errorKind(await enrich(a, [unknownContact('1')]))).toBe('server');
    expect(errorKind(await enrich(b, [unknownContact('1')]))).toBe('ok');
    h.sim.setFaults(null, { key: a });
    expect(errorKind(await enrich(a, [unknownContact('1')]))).toBe('ok');
    expect(h.sim.stats().rejected).toEqual({ server_502: 1 });
  });

  it('count calls per key and endpoint, and found per key', async () => {
    const [key] = account({ credits: 100 });
    const [p] = people(h.sim, 1, hasEmails);
    await enrich(key, [byLinkedin(p), unknownContact('u')]);
    await h.client.enrichOne(h.target(key), byLinkedin(p), REVEAL_BOTH);
    await h.client.usage(h.target(key));
    const stats = h.sim.stats();
    expect(stats.calls[key]).toEqual({ v3_enrich: 1, v2_single: 1, v3_usage: 1 });
    expect(stats.foundByKey[key]).toBe(2);
    expect(stats.totalCalls).toBe(3);
  });

  it('a scenario can be applied to a fresh simulator (sandbox: one key runs dry, one is invalid)', async () => {
    let now = NOON;
    const sim = await startSimulator({ seed: 9, now: () => now });
    try {
      applyScenario(sim, 'sandbox');
      const keys = sim.keys();
      expect(keys.map((k) => k.state)).toEqual(['valid', 'valid', 'invalid']);
      const small = keys[1].key;
      sim.setFaults(null); // the scenario's latency is for people watching, not for this test
      const found = people(sim, 150, hasPhones).map((p) => byLinkedin(p));
      const target = { apiKey: small, baseUrl: sim.url };
      let charged = 0;
      for (const c of found) {
        now += 2_000; // stay clear of the burst and minute limits: this test is about credits
        const out = await h.client.enrich(target, [c], REVEAL_PHONES);
        if (!out.ok) {
          expect(out.error.kind).toBe('no_credits');
          break;
        }
        charged += out.value.creditsCharged;
      }
      expect(charged).toBe(100);
      const invalid = await h.client.usage({ apiKey: keys[2].key, baseUrl: sim.url });
      expect(!invalid.ok && invalid.error.kind).toBe('invalid_key');
    } finally {
      await sim.close();
    }
  });

  it('reset() restores credits and windows but keeps accounts and keys', async () => {
    const [key] = account({ credits: 1, limits: { minute: 1 } });
    await enrich(key, [byLinkedin(people(h.sim, 1, hasPhones)[0])], REVEAL_PHONES);
    expect(errorKind(await enrich(key, [unknownContact('1')]))).toBe('rate_burst');
    h.sim.reset();
    expect(creditsOf(key)).toEqual({ creditsTotal: 1, creditsUsed: 0, creditsRemaining: 1 });
    expect(errorKind(await enrich(key, [unknownContact('1')]))).toBe('ok');
  });
});
