// Bulk runs end to end in the main process: real SQLite, real engine and client, the simulator over
// HTTP. Every test checks the invariants that matter to the user: each row ends in a defined state,
// and the credits Lusha charged are exactly the people found.
import { afterEach, describe, expect, it } from 'vitest';
import type { Simulator } from '../../../electron/lusha/simulator/server';
import { SHEET_DELETED } from '../../../electron/jobs/runner';
import { HEADER, MAP, Profile, sheetRows, simulator, strangerRow, totalCharged, type KeySetup } from './harness';

const TWO_ACCOUNTS = [
  { id: 'north', plan: 'scale' as const, credits: 100_000 },
  { id: 'south', plan: 'scale' as const, credits: 100_000 },
];
const FIVE_KEYS: KeySetup[] = [
  { key: 'sim-north-key-000001', account: 'north' },
  { key: 'sim-north-key-000002', account: 'north' },
  { key: 'sim-north-key-000003', account: 'north' },
  { key: 'sim-south-key-000004', account: 'south' },
  { key: 'sim-south-key-000005', account: 'south' },
];

let sim: Simulator;
let profile: Profile;

async function setUp(keys = FIVE_KEYS, accounts = TWO_ACCOUNTS, options: { concurrency?: number } = {}) {
  sim = await simulator({ accounts, keys: keys.map(({ key, account }) => ({ key, account })) });
  profile = await Profile.open({ baseUrl: sim.url, keys, ...options });
}

afterEach(async () => {
  await profile?.destroy();
  await sim?.close();
});

const finalStates = (states: Record<string, number>) =>
  Object.keys(states).every((s) => ['found', 'not_found', 'failed', 'skipped'].includes(s));

describe('a bulk run', () => {
  it('enriches 200 rows over 5 keys in 2 accounts while one key dies midway', async () => {
    // The dying key is preferred, so it answers the first batch and dies on the second.
    const dying = { ...FIVE_KEYS[0], priority: 10 };
    await setUp([dying, ...FIVE_KEYS.slice(1)], TWO_ACCOUNTS, { concurrency: 1 });
    sim.setFaults({ script: ['pass', 'invalid_key'] }, { key: dying.key });
    const sheetId = await profile.importSheet(
      HEADER,
      [...sheetRows(sim, 190, { missShare: 0.05 }), ...Array.from({ length: 10 }, () => ['', '', 'Nobody', '', ''])],
      MAP,
    );

    const { run, toast, tone } = await profile.run(sheetId);

    const states = profile.states(sheetId);
    expect(finalStates(states)).toBe(true);
    expect(states.skipped).toBe(10);
    expect(run.state).toBe('done');
    expect(run.found).toBeGreaterThan(0);
    expect(run.found + run.notFound + run.failed + run.skipped).toBe(200);
    expect(run.found).toBe(states.found);
    expect(run.credits).toBe(run.found);
    expect(totalCharged(sim)).toBe(run.found);
    expect(toast).toBe(`Phones: ${run.found} found · ${run.notFound} not found · ${run.failed} failed · 10 skipped`);
    expect(tone).toBe(run.failed > 0 ? 'warning' : 'success');

    const dead = profile.keys.list().find((k) => k.mask.endsWith('0001'));
    expect(dead?.status).toBe('invalid');
    const detail = profile.runs.get(run.id);
    expect(detail.keyEvents.some((e) => e.keyId === dead?.id && e.toStatus === 'invalid')).toBe(true);
    expect(detail.keysUsed.length).toBeGreaterThan(0);
    expect(detail.keysUsed.every((k) => k.mask.startsWith('…'))).toBe(true);
    expect(detail.calls).toBe(3);
    expect(profile.runs.list(sheetId).map((r) => r.id)).toEqual([run.id]);

    const patched = new Set(
      profile
        .ofEvent('runs.rowsUpdated')
        .flatMap((e) => e.rows.filter((r) => r.cell.state !== 'pending' && r.cell.state !== 'in_flight').map((r) => r.rowId)),
    );
    expect(patched.size).toBe(200);
    const progress = profile.ofEvent('runs.progress');
    expect(progress.at(-1)).toMatchObject({ done: 200, total: 200, state: 'done' });
  });

  it('folds duplicates and answers a second run of the same people from the cache, with no call', async () => {
    await setUp();
    const people = sheetRows(sim, 150, { missShare: 0.1 });
    const first = await profile.importSheet(HEADER, [...people, ...people.slice(0, 50)], MAP);
    const estimate = profile.runs.estimate({ sheetId: first, kind: 'phones' });
    expect(estimate).toMatchObject({ rows: 200, duplicatesFolded: 50, toAsk: 150, creditsAtMost: 150, calls: 2, cacheHits: 0 });
    const { run } = await profile.run(first);
    expect(run.found + run.notFound).toBe(200);
    expect(totalCharged(sim)).toBe(run.credits);

    const callsBefore = sim.stats().totalCalls;
    const second = await profile.importSheet(HEADER, people, MAP);
    expect(profile.runs.estimate({ sheetId: second, kind: 'phones' })).toMatchObject({ cacheHits: 150, toAsk: 0, creditsAtMost: 0 });
    const again = await profile.run(second);
    expect(sim.stats().totalCalls).toBe(callsBefore);
    expect(again.run).toMatchObject({ state: 'done', calls: 0, credits: 0, failed: 0 });
    expect(again.run.found).toBe(profile.states(second).found);
  });

  it('runs failed and not-found rows again on their own', async () => {
    await setUp();
    const sheetId = await profile.importSheet(HEADER, sheetRows(sim, 300, { missShare: 0.1 }), MAP);
    // The first request answers 400: its rows fail; the rest go through.
    sim.setFaults({ script: ['bad_request_400'] });
    const first = (await profile.run(sheetId)).run;
    expect(first.failed).toBe(100);
    expect(first.notFound).toBeGreaterThan(0);
    sim.setFaults(null);

    const retry = (await profile.run(sheetId, 'phones', { onlyStates: ['failed', 'not_found'] })).run;
    expect(retry.rowsAsked).toBe(first.failed + first.notFound);
    expect(retry.failed).toBe(0);
    expect(profile.states(sheetId).failed).toBeUndefined();
    expect(totalCharged(sim)).toBe(first.found + retry.found);
  });

  it('pauses, resumes and finishes; cancels with the rest left pending', async () => {
    await setUp(FIVE_KEYS, TWO_ACCOUNTS, { concurrency: 2 });
    const sheetId = await profile.importSheet(HEADER, sheetRows(sim, 1_000), MAP);
    const started = profile.runs.start({ sheetId, kind: 'phones' });
    const idle = profile.next('runs.progress', (p) => p.state === 'paused' && p.keysWorking.length === 0 && p.done > 0);
    expect(profile.runs.pause(started.id).state).toBe('paused');
    const paused = await idle;
    expect(paused.done).toBeLessThan(1_000);
    expect(profile.states(sheetId).pending).toBe(1_000 - paused.done);
    expect(profile.states(sheetId).in_flight).toBeUndefined();

    profile.runs.resume(started.id);
    const finished = await profile.runs.finished(started.id);
    expect(finished.run.state).toBe('done');
    expect(finalStates(profile.states(sheetId))).toBe(true);
    expect(totalCharged(sim)).toBe(finished.run.found);

    const other = await profile.importSheet(HEADER, sheetRows(sim, 1_000, { from: 5_000 }), MAP);
    const run = profile.runs.start({ sheetId: other, kind: 'phones' });
    const cancelled = await (profile.runs.cancel(run.id), profile.runs.finished(run.id));
    expect(cancelled.run.state).toBe('cancelled');
    const states = profile.states(other);
    expect(states.in_flight).toBeUndefined();
    expect(states.pending).toBe(cancelled.run.pending);
    expect(cancelled.toast).toMatch(/^Phones cancelled: \d+ found · \d+ not found · 0 failed · \d+ rows left pending$/);
  });

  it('stops with the keys-out message and leaves rows pending when every key runs dry', async () => {
    const keys = [FIVE_KEYS[0], FIVE_KEYS[3]];
    await setUp(keys, [
      { id: 'north', plan: 'scale', credits: 60 },
      { id: 'south', plan: 'scale', credits: 60 },
    ]);
    const sheetId = await profile.importSheet(HEADER, sheetRows(sim, 500), MAP);
    const { run, toast, tone, stopCode } = await profile.run(sheetId);
    expect(run.state).toBe('stopped');
    expect(stopCode).toBe('all_keys_out');
    expect(run.message).toBe('All 2 phone keys are exhausted — add more API keys');
    expect(tone).toBe('error');
    expect(toast).toBe(`${run.message} · ${run.pending} rows left pending`);
    expect((await profile.runs.finished(run.id)).run.state).toBe('stopped');
    const states = profile.states(sheetId);
    expect(states.failed).toBeUndefined();
    expect(states.pending).toBe(run.pending);
    expect(states.pending).toBeGreaterThan(0);
    expect(run.credits).toBe(run.found);
    expect(totalCharged(sim)).toBe(run.found);

    // New credits: the stopped run can be resumed and finishes its pending rows.
    sim.updateAccount('north', { credits: 100_000 });
    for (const key of profile.keys.list()) profile.keys.reset(key.id);
    profile.engine.reload();
    profile.runs.resume(run.id);
    const resumed = await profile.runs.finished(run.id);
    expect(resumed.run.state).toBe('done');
    expect(finalStates(profile.states(sheetId))).toBe(true);
    expect(totalCharged(sim)).toBe(resumed.run.found);
  });

  it('ends cleanly when its sheet is deleted while it runs', async () => {
    await setUp(FIVE_KEYS, TWO_ACCOUNTS, { concurrency: 1 });
    // Ten requests one after the other, 1.5 s each: the delete, sent on the first result, lands while
    // the run still has ~13 s to go, however loaded the machine (the run stops at once on it).
    sim.setFaults({ latency: { meanMs: 1_500, jitterMs: 0 } });
    const sheetId = await profile.importSheet(HEADER, sheetRows(sim, 1_000), MAP);
    const run = profile.runs.start({ sheetId, kind: 'phones' });
    await profile.next('runs.rowsUpdated', (e) => e.rows.some((r) => r.cell.state === 'found'));
    const deleting = profile.sheets.delete(sheetId);
    const { run: ended, tone, stopCode } = await profile.runs.finished(run.id);
    await deleting;
    expect(ended).toMatchObject({ state: 'stopped', message: SHEET_DELETED });
    expect(stopCode).toBe('sheet_deleted');
    expect(tone).toBe('error');
    expect(profile.runs.get(run.id)).toMatchObject({ state: 'stopped', sheetId: null, sheetName: null });
    expect(profile.logs.filter((l) => l.startsWith('error'))).toEqual([]);
  });

  it('shows when it waits for a cooling account, and goes on when the account is back', async () => {
    sim = await simulator({ accounts: TWO_ACCOUNTS.slice(0, 1), keys: [{ key: FIVE_KEYS[0].key, account: 'north' }] });
    profile = await Profile.open({ baseUrl: sim.url, keys: [FIVE_KEYS[0]], engine: { cooldownMs: 1_500 } });
    sim.setFaults({ script: ['rate_burst'] });
    const sheetId = await profile.importSheet(HEADER, sheetRows(sim, 50), MAP);
    const run = profile.runs.start({ sheetId, kind: 'phones' });
    const waiting = await profile.next('runs.progress', (p) => p.waitingUntil !== null);
    expect(waiting.waitingEtaSec).toBeGreaterThan(0);
    expect(waiting.keysWorking).toEqual([]);
    const { run: done } = await profile.runs.finished(run.id);
    expect(done.state).toBe('done');
    expect(profile.ofEvent('runs.progress').at(-1)).toMatchObject({ waitingUntil: null, done: 50 });
  });

  it('refuses a second run of the same kind on a sheet while one is going', async () => {
    await setUp();
    const sheetId = await profile.importSheet(HEADER, [strangerRow(1)], MAP);
    const run = profile.runs.start({ sheetId, kind: 'phones' });
    expect(() => profile.runs.start({ sheetId, kind: 'phones' })).toThrow(/already going/);
    await profile.runs.finished(run.id);
  });
});
