// The client against the real simulator over HTTP: every status code, every 429 wording, the V3 → V2
// fallback, timeouts, cancellation, connection resets and malformed answers.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLushaClient } from '../../../electron/lusha/client';
import { MESSAGES } from '../../../electron/lusha/simulator/messages';
import type { FaultKind } from '../../../electron/lusha/simulator/faults';
import type { ForbiddenReason, LushaErrorKind } from '../../../electron/lusha/types';
import {
  byLinkedin,
  hasBoth,
  hasEmails,
  hasPhones,
  people,
  REVEAL_BOTH,
  REVEAL_PHONES,
  startHarness,
  unknownContact,
  until,
  type Harness,
} from './harness';

const KEY = 'contract-main-key-0001';
const SIBLING = 'contract-main-key-0002';
const V2_KEY = 'contract-v2only-key-0003';

let h: Harness;

beforeAll(async () => {
  h = await startHarness({
    accounts: [
      { id: 'main', plan: 'scale', credits: 100_000 },
      { id: 'v2only', plan: 'scale', credits: 100_000, v3Enabled: false },
      { id: 'trial', plan: 'free', credits: 0, trial: true },
      { id: 'broke', plan: 'pro', credits: 0 },
      { id: 'inactive', plan: 'pro', credits: 100, active: false },
      { id: 'legacy', plan: 'legacy', credits: 100, revealAllowed: false },
    ],
    keys: [
      { key: KEY, account: 'main' },
      { key: SIBLING, account: 'main' },
      { key: V2_KEY, account: 'v2only' },
      { key: 'contract-trial-key-0004', account: 'trial' },
      { key: 'contract-broke-key-0005', account: 'broke' },
      { key: 'contract-inactive-key-0006', account: 'inactive' },
      { key: 'contract-legacy-key-0007', account: 'legacy' },
      { key: 'contract-invalid-key-0008', account: 'main', state: 'invalid' },
      { key: 'contract-blocked-key-0009', account: 'main', state: 'blocked' },
    ],
  });
});

afterAll(() => h.close());
beforeEach(() => {
  h.sim.reset();
  h.resetClock();
});

describe('found data', () => {
  it('V3 returns the directory person by LinkedIn URL, email and name + company, charged per revealed type', async () => {
    const [a, b, c] = people(h.sim, 3, hasBoth);
    const out = await h.client.enrich(
      h.target(KEY),
      [
        byLinkedin(a, 'a'),
        { ref: 'b', query: { email: b.workEmail } },
        { ref: 'c', query: { fullName: c.fullName, companyDomain: c.company.domain } },
      ],
      REVEAL_BOTH,
    );
    if (!out.ok) throw new Error(out.error.message);
    expect(out.value.apiVersion).toBe('v3');
    expect(out.value.creditsCharged).toBe(6);
    expect(out.value.results.map((r) => [r.ref, r.outcome, r.charged])).toEqual([
      ['a', 'found', true],
      ['b', 'found', true],
      ['c', 'found', true],
    ]);
    const found = out.value.results[0];
    if (found.outcome !== 'found') throw new Error('expected found');
    expect(found.data).toEqual({
      fullName: a.fullName,
      firstName: a.firstName,
      lastName: a.lastName,
      jobTitle: a.title.title,
      companyName: a.company.name,
      companyDomain: a.company.domain,
      linkedinUrl: a.linkedinUrl,
      phones: a.phones,
      emails: a.emails,
      location: { country: a.place.country, countryIso2: a.place.countryIso2, state: a.place.state, city: a.place.city },
    });
  });

  it('V2 bulk (a key known to be V2) returns the same people, companies resolved from the map', async () => {
    const [a, b] = people(h.sim, 2, hasPhones);
    const out = await h.client.enrich(
      h.target(KEY, { apiVersion: 'v2' }),
      [byLinkedin(a, '1'), { ref: '2', query: { fullName: b.fullName, companyName: b.company.name } }],
      REVEAL_PHONES,
    );
    if (!out.ok) throw new Error(out.error.message);
    expect(out.value.apiVersion).toBe('v2');
    expect(out.value.results).toMatchObject([
      {
        ref: '1',
        outcome: 'found',
        charged: true,
        data: { phones: a.phones, emails: [], companyName: a.company.name, companyDomain: a.company.domain },
      },
      { ref: '2', outcome: 'found', charged: true, data: { phones: b.phones, fullName: b.fullName } },
    ]);
    expect(h.sim.stats().calls[KEY]).toEqual({ v2_bulk: 1 });
  });

  it('reports unknown people as not found and GDPR-blocked ones as compliance errors, uncharged, in both versions', async () => {
    const [blocked] = people(h.sim, 1, (p) => p.gdprBlocked);
    for (const apiVersion of ['v3', 'v2'] as const) {
      const out = await h.client.enrich(h.target(KEY, { apiVersion }), [unknownContact('u'), byLinkedin(blocked, 'g')], REVEAL_BOTH);
      if (!out.ok) throw new Error(out.error.message);
      expect(out.value.results).toMatchObject([
        { ref: 'u', outcome: 'not_found', charged: false },
        { ref: 'g', outcome: 'error', code: 'compliance', charged: false },
      ]);
      expect(out.value.creditsCharged).toBe(0);
    }
  });

  it('reads the rate headers of every answer', async () => {
    await h.client.enrich(h.target(KEY), [unknownContact('1')], REVEAL_BOTH);
    const out = await h.client.enrich(h.target(SIBLING), [unknownContact('2')], REVEAL_BOTH);
    expect(out.headers).toEqual({
      minuteLimit: 300,
      minuteLeft: 298,
      hourlyLimit: 5_000,
      hourlyLeft: 4_998,
      dailyLimit: 50_000,
      dailyLeft: 49_998,
      retryAfterSec: null,
    });
  });
});

describe('single person (GET /v2/person)', () => {
  it("finds a person, and answers not found, 451 compliance and 404 as that person's result", async () => {
    const [p] = people(h.sim, 1, hasEmails);
    const [blocked] = people(h.sim, 1, (x) => x.gdprBlocked);
    const one = (c: Parameters<Harness['client']['enrichOne']>[1]) => h.client.enrichOne(h.target(KEY), c, REVEAL_BOTH);

    const found = await one({ ref: 'p', query: { email: p.workEmail } });
    expect(found.ok && found.value).toMatchObject({
      apiVersion: 'v2',
      creditsCharged: 1,
      results: [{ ref: 'p', outcome: 'found', charged: true, data: { emails: p.emails } }],
    });

    const missing = await one(unknownContact('m'));
    expect(missing.ok && missing.value.results).toEqual([{ ref: 'm', outcome: 'not_found', charged: false, message: MESSAGES.emptyData }]);

    const gdpr = await one(byLinkedin(blocked, 'g'));
    expect(gdpr.ok && gdpr.value.results).toEqual([
      { ref: 'g', outcome: 'error', charged: false, code: 'compliance', message: MESSAGES.gdpr },
    ]);

    h.sim.setFaults({ script: ['not_found_404'] }, { key: KEY });
    const gone = await one(byLinkedin(p, 'r'));
    expect(gone.ok && gone.value.results).toEqual([{ ref: 'r', outcome: 'not_found', charged: false, message: MESSAGES.notFound }]);
    expect(h.sim.stats().calls[KEY]).toEqual({ v2_single: 4 });
  });
});

describe('V3 → V2 fallback', () => {
  it('falls back to V2 bulk on "V3 API access is not enabled" and says so', async () => {
    const [p] = people(h.sim, 1, hasPhones);
    const out = await h.client.enrich(h.target(V2_KEY), [byLinkedin(p, '1')], REVEAL_PHONES);
    expect(out.ok && out.value).toMatchObject({ apiVersion: 'v2', results: [{ outcome: 'found' }] });
    expect(h.sim.stats().calls[V2_KEY]).toEqual({ v3_enrich: 1, v2_bulk: 1 });
  });

  it('tags a failing fallback with the version that failed', async () => {
    h.sim.setFaults({ script: ['pass', 'server_503'] }, { key: V2_KEY });
    const out = await h.client.enrich(h.target(V2_KEY), [unknownContact('1')], REVEAL_PHONES);
    expect(!out.ok && out.error).toMatchObject({ kind: 'server', httpStatus: 503, apiVersion: 'v2' });
  });

  it('does the same for account usage', async () => {
    const out = await h.client.usage(h.target(V2_KEY));
    expect(out.ok && out.value).toMatchObject({
      apiVersion: 'v2',
      creditsTotal: 100_000,
      creditsRemaining: 100_000,
      buckets: { credits: { used: 0 } },
    });
    expect(h.sim.stats().calls[V2_KEY]).toEqual({ v3_usage: 1, v2_usage: 1 });
  });
});

describe('account usage', () => {
  it('reads credits and rate limits from V3, and costs no credit', async () => {
    const [p] = people(h.sim, 1, hasBoth);
    await h.client.enrich(h.target(KEY), [byLinkedin(p)], REVEAL_BOTH);
    const out = await h.client.usage(h.target(SIBLING));
    expect(out.ok && out.value).toMatchObject({
      apiVersion: 'v3',
      creditsTotal: 100_000,
      creditsUsed: 2,
      creditsRemaining: 99_998,
      rateLimits: { minute: { limit: 300, used: 1, remaining: 299 }, daily: { limit: 50_000, used: 1 } },
    });
    expect(h.sim.stats().accounts.main.creditsUsed).toBe(2);
  });
});

describe('every status code and wording', () => {
  const cases: [FaultKind, LushaErrorKind, number, ForbiddenReason?][] = [
    ['bad_request_400', 'bad_request', 400],
    ['invalid_key', 'invalid_key', 401],
    ['no_credits', 'no_credits', 402],
    ['forbidden_inactive', 'forbidden', 403, 'account_inactive'],
    ['forbidden_reveal', 'forbidden', 403, 'reveal_not_on_plan'],
    ['forbidden_other', 'forbidden', 403, 'other'],
    ['not_found_404', 'not_found', 404],
    ['bad_request_412', 'bad_request', 412],
    ['rate_burst', 'rate_burst', 429],
    ['quota_hourly', 'quota_hourly', 429],
    ['quota_daily', 'quota_daily', 429],
    ['trial_spent', 'trial_spent', 429],
    ['compliance_451', 'compliance', 451],
    ['timeout_499', 'server', 499],
    ['server_500', 'server', 500],
    ['server_502', 'server', 502],
    ['server_503', 'server', 503],
  ];

  it.each(cases)('fault %s → %s (%i)', async (fault, kind, httpStatus, forbiddenReason) => {
    h.sim.setFaults({ script: [fault] }, { key: KEY });
    const out = await h.client.enrich(h.target(KEY), [unknownContact('1')], REVEAL_BOTH);
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.error).toMatchObject({ kind, httpStatus, apiVersion: 'v3' });
    expect(out.error.forbiddenReason).toBe(forbiddenReason);
    expect(h.sim.stats().rejected).toEqual({ [fault]: 1 });
  });

  it('reads the reset seconds of the hourly and daily wordings (noon: 3600 s and 43200 s)', async () => {
    h.sim.setFaults({ script: ['quota_hourly', 'quota_daily'] }, { key: KEY });
    const hourly = await h.client.usage(h.target(KEY));
    const daily = await h.client.usage(h.target(KEY));
    expect(!hourly.ok && hourly.error).toMatchObject({ kind: 'quota_hourly', resetSec: 3_600 });
    expect(!daily.ok && daily.error).toMatchObject({ kind: 'quota_daily', resetSec: 43_200 });
  });

  it('answers the natural refusals: invalid, unknown and blocked keys, inactive account, reveal not on plan', async () => {
    const expectations: [string, Record<string, unknown>][] = [
      ['contract-invalid-key-0008', { kind: 'invalid_key', httpStatus: 401, message: MESSAGES.invalidKey }],
      ['never-issued-key-0000', { kind: 'invalid_key', httpStatus: 401 }],
      ['contract-blocked-key-0009', { kind: 'forbidden', httpStatus: 403, forbiddenReason: 'other' }],
      ['contract-inactive-key-0006', { kind: 'forbidden', httpStatus: 403, forbiddenReason: 'account_inactive' }],
      ['contract-legacy-key-0007', { kind: 'forbidden', httpStatus: 403, forbiddenReason: 'reveal_not_on_plan' }],
    ];
    for (const [key, error] of expectations) {
      const out = await h.client.enrich(h.target(key), [unknownContact('1')], REVEAL_BOTH);
      expect(!out.ok && out.error, key).toMatchObject(error);
    }
  });

  it('answers 402 when credits are gone and the trial wording for a spent trial', async () => {
    const broke = await h.client.enrich(h.target('contract-broke-key-0005'), [unknownContact('1')], REVEAL_BOTH);
    expect(!broke.ok && broke.error).toMatchObject({ kind: 'no_credits', httpStatus: 402, message: MESSAGES.noCredits });
    const trial = await h.client.enrich(h.target('contract-trial-key-0004'), [unknownContact('1')], REVEAL_BOTH);
    expect(!trial.ok && trial.error).toMatchObject({ kind: 'trial_spent', httpStatus: 429, message: MESSAGES.trial });
  });

  it('answers 412 for a one-word bulk full name and 400 for a contact without identifiers', async () => {
    const v2 = await h.client.enrich(
      h.target(KEY, { apiVersion: 'v2' }),
      [{ ref: '1', query: { fullName: 'Cher', companyName: 'Contoso' } }],
      REVEAL_BOTH,
    );
    expect(!v2.ok && v2.error).toMatchObject({ kind: 'bad_request', httpStatus: 412, message: MESSAGES.badFullName });
    const v3 = await h.client.enrich(h.target(KEY), [{ ref: '1', query: { fullName: 'Cher Sarkisian' } }], REVEAL_BOTH);
    expect(!v3.ok && v3.error).toMatchObject({ kind: 'bad_request', httpStatus: 400 });
  });
});

describe('transport failures', () => {
  it('times out on a hanging server (client configured with a short timeout)', async () => {
    h.sim.setFaults({ script: ['hang'] }, { key: KEY });
    const out = await createLushaClient({ timeoutMs: 100 }).enrich(h.target(KEY), [unknownContact('1')], REVEAL_BOTH);
    expect(!out.ok && out.error).toMatchObject({ kind: 'timeout', httpStatus: null });
  });

  it('waits out a slow answer within the timeout and gives up on one beyond it', async () => {
    h.sim.setFaults({ latency: { meanMs: 60, jitterMs: 0 } }, { key: KEY });
    expect((await h.client.usage(h.target(KEY))).ok).toBe(true);
    const out = await h.client.usage(h.target(KEY, { timeoutMs: 10 }));
    expect(!out.ok && out.error.kind).toBe('timeout');
  });

  it('honours a per-call timeout', async () => {
    h.sim.setFaults({ script: ['hang'] }, { key: KEY });
    const out = await h.client.usage(h.target(KEY, { timeoutMs: 50 }));
    expect(!out.ok && out.error).toMatchObject({ kind: 'timeout', message: 'No answer within 50 ms' });
  });

  it('reports cancellation by the caller, in flight or before sending', async () => {
    h.sim.setFaults({ script: ['hang'] }, { key: KEY });
    const controller = new AbortController();
    const pending = h.client.enrich(h.target(KEY, { signal: controller.signal }), [unknownContact('1')], REVEAL_BOTH);
    await until(() => h.sim.stats().totalCalls === 1);
    controller.abort();
    const out = await pending;
    expect(!out.ok && out.error.kind).toBe('cancelled');

    const early = await h.client.usage(h.target(KEY, { signal: AbortSignal.abort() }));
    expect(!early.ok && early.error.kind).toBe('cancelled');
  });

  it('reports a connection reset as a network error', async () => {
    h.sim.setFaults({ script: ['reset'] }, { key: KEY });
    const out = await h.client.enrich(h.target(KEY), [unknownContact('1')], REVEAL_BOTH);
    expect(!out.ok && out.error).toMatchObject({ kind: 'network', httpStatus: null });
  });

  it('reports a refused connection as a network error', async () => {
    const out = await h.client.usage({ apiKey: KEY, baseUrl: 'http://127.0.0.1:1' });
    expect(!out.ok && out.error).toMatchObject({ kind: 'network' });
  });

  it('reports a non-JSON 200 as malformed', async () => {
    h.sim.setFaults({ script: ['malformed'] }, { key: KEY });
    const out = await h.client.enrich(h.target(KEY), [unknownContact('1')], REVEAL_BOTH);
    expect(!out.ok && out.error).toMatchObject({ kind: 'malformed', httpStatus: 200 });
  });

  it('recovers on the next call after each failure (keep-alive pool survives)', async () => {
    h.sim.setFaults({ script: ['reset', 'malformed', 'hang'] }, { key: KEY });
    for (let i = 0; i < 3; i++) await h.client.usage(h.target(KEY, { timeoutMs: 100 }));
    const out = await h.client.usage(h.target(KEY));
    expect(out.ok).toBe(true);
  });

  it('serves many concurrent calls, holding them to the 25 per second burst limit of the account', async () => {
    const batch = people(h.sim, 40, hasPhones);
    const send = (ps: typeof batch) =>
      Promise.all(ps.map((p, i) => h.client.enrich(h.target(i % 2 ? KEY : SIBLING), [byLinkedin(p)], REVEAL_PHONES)));
    const first = await send(batch);
    const refused = batch.filter((_, i) => !first[i].ok);
    expect(first.filter((o) => o.ok)).toHaveLength(25);
    expect(first.filter((o) => !o.ok && o.error.kind === 'rate_burst')).toHaveLength(15);
    h.advance(1_000);
    expect((await send(refused)).every((o) => o.ok)).toBe(true);
    expect(h.sim.stats().foundByAccount.main).toBe(40);
    expect(h.sim.stats().creditsCharged.main).toBe(40);
  });
});
