// Bulk enrichment through the simulator, against the sequential design it replaces, in one run.
//
// World: 3 accounts × 2 keys (jobs.concurrency 8), 25 requests per minute each, latency 150 ± 50 ms, 5 % of rows nobody,
// and the third account's credits run out partway. The run is the real one (run service, engine,
// client over HTTP); a fetch wrapper counts every enrich call and whether its key was already known
// dead to the engine when it left.
//
// limit_rows_per_s is the fastest any scheduler could go in this world: each account may send its
// minute budget at once and again every 60 s, the dying account only the calls its credits paid for
// (measured), and the last answer takes one mean latency. share_of_limit = rows_per_s / that.
//
// The baseline (one row at a time, keys always tried in the same order, GET /v2/person, a 1 s pause
// when every key refuses) runs at the same time against a second simulator with the same accounts,
// capped at BASELINE_CAP rows or the main run's duration; its rows/s is extrapolated from that.
import { createLushaClient } from '../../electron/lusha/client';
import type { ContactRequest } from '../../electron/lusha/types';
import { identify } from '../../electron/jobs/identity';
import type { Simulator } from '../../electron/lusha/simulator/server';
import { HEADER, MAP, Profile, sheetRows, simulator, totalCharged } from '../integration/jobs/harness';
import type { Bench } from './lib/types';

const MINUTE_LIMIT = 25;
const LATENCY = { meanMs: 150, jitterMs: 50 };
const BULK = 100;
const BASELINE_CAP = 300;
/** The jobs.concurrency setting: enough requests in flight to spend a fresh minute budget quickly. */
const CONCURRENCY = 8;
const OUT = new Set(['invalid', 'exhausted', 'blocked', 'disabled']);

const ACCOUNTS = [
  { id: 'alpha', credits: 1_000_000 },
  { id: 'beta', credits: 1_000_000 },
  // About 17 bulk answers' worth: it dies a little past the middle of its share.
  { id: 'gamma', credits: 1_000 },
].map((a) => ({ ...a, plan: 'scale' as const, limits: { minute: MINUTE_LIMIT, hour: 1_000_000, day: 1_000_000 } }));
// Distinct last four characters: keys are told apart by their …ABCD mask.
const KEYS = ACCOUNTS.flatMap(({ id }, a) => [1, 2].map((n) => ({ key: `bench-${id}-key-00000${a}${n}`, account: id })));

async function world(): Promise<Simulator> {
  return simulator({ accounts: ACCOUNTS, keys: KEYS, faults: { latency: LATENCY } });
}

/** The fastest finish the minute budgets and the dying account's paid calls allow (seconds). */
function limitSeconds(callsNeeded: number, dyingAccountCalls: number): number {
  for (let window = 0; ; window++) {
    const perAccount = MINUTE_LIMIT * (window + 1);
    const capacity = 2 * perAccount + Math.min(perAccount, dyingAccountCalls);
    if (capacity >= callsNeeded) return window * 60 + LATENCY.meanMs / 1000;
  }
}

/** The original design: each row alone, keys in a fixed order, the next key on any refusal. */
async function baseline(sim: Simulator, rows: string[][], until: () => boolean): Promise<{ rows: number; seconds: number }> {
  const client = createLushaClient({ timeoutMs: 5_000 });
  const started = performance.now();
  let done = 0;
  for (const cells of rows) {
    if (done >= BASELINE_CAP || until()) break;
    const who = identify(cells, MAP);
    if (!who.ok) continue;
    const contact: ContactRequest = { ref: '1', query: who.query };
    for (let answered = false; !answered;) {
      for (const { key } of KEYS) {
        const out = await client.enrichOne({ apiKey: key, baseUrl: sim.url, apiVersion: 'v2' }, contact, { phones: true, emails: false });
        if (out.ok || out.error.kind === 'bad_request') {
          answered = true;
          break;
        }
      }
      if (!answered) await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
    done += 1;
  }
  return { rows: done, seconds: (performance.now() - started) / 1000 };
}

export async function benchEnrich(rowCount = 10_000) {
  const sim = await world();
  const baselineSim = await world();
  let profile: Profile | undefined;
  try {
    let calls = 0;
    let callsToDeadKeys = 0;
    const idByKey = new Map<string, number>();
    const countingFetch: typeof fetch = (input, init) => {
      const key = new Headers(init?.headers).get('api_key') ?? '';
      if (!String(input).includes('usage')) {
        calls += 1;
        const status = profile?.engine.snapshot().find((k) => k.id === idByKey.get(key))?.status;
        if (status && OUT.has(status)) callsToDeadKeys += 1;
      }
      return fetch(input, init);
    };
    profile = await Profile.open({
      baseUrl: sim.url,
      keys: KEYS.map((k) => ({ ...k, category: 'phones' })),
      engine: { plan: { minute: MINUTE_LIMIT, hourly: null, daily: null }, cooldownMs: 60_000, sweepMs: 1_000 },
      fetch: countingFetch,
      concurrency: CONCURRENCY,
    });
    for (const summary of profile.keys.list()) idByKey.set(KEYS.find((k) => k.key.endsWith(summary.mask.slice(1)))?.key ?? '', summary.id);
    const rows = sheetRows(sim, rowCount, { missShare: 0.05 });
    const sheetId = await profile.importSheet(HEADER, rows, MAP);

    let mainDone = false;
    const started = performance.now();
    const baselineRun = baseline(baselineSim, rows, () => mainDone);
    const { run } = await profile.run(sheetId);
    const seconds = (performance.now() - started) / 1000;
    mainDone = true;
    const base = await baselineRun;

    const gammaIds = new Set(
      profile.keys
        .list()
        .filter((k) => k.account === 'gamma')
        .map((k) => k.id),
    );
    const dyingCalls = profile.engine
      .snapshot()
      .filter((k) => gammaIds.has(k.id))
      .reduce((sum, k) => sum + k.counters.calls - k.counters.errors, 0);
    const rowsPerS = rowCount / seconds;
    const limitRowsPerS = rowCount / limitSeconds(Math.ceil(rowCount / BULK), dyingCalls);
    const baselineRowsPerS = base.rows / base.seconds;
    const round = (v: number, digits = 1) => Number(v.toFixed(digits));
    return {
      bench: 'enrich',
      rows: rowCount,
      rows_per_s: round(rowsPerS),
      baseline_rows_per_s: round(baselineRowsPerS, 2),
      speedup: round(rowsPerS / baselineRowsPerS),
      limit_rows_per_s: round(limitRowsPerS),
      share_of_limit: round(rowsPerS / limitRowsPerS, 3),
      calls,
      calls_to_dead_keys: callsToDeadKeys,
      credits_charged: totalCharged(sim),
      found: run.found,
      run_state: run.state,
      seconds: round(seconds),
      baseline_rows: base.rows,
    };
  } finally {
    await profile?.destroy();
    await sim.close();
    await baselineSim.close();
  }
}

export const enrichBench: Bench = {
  name: 'enrich',
  defaultRows: 10_000,
  run: ({ rows }) => benchEnrich(rows),
};
