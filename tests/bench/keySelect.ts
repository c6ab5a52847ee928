// Key selection over a large pool: 1,000 keys in 20 accounts, all of one priority and category so
// every select() scans the whole lane (the worst case). Only select() is timed; each pick is then
// taken and released so least-recently-used order and the buckets move as in a real run.
import { Buckets } from '../../electron/engine/buckets';
import { KeyPool } from '../../electron/engine/keyPool';
import type { KeyRecord } from '../../electron/engine/types';
import type { Bench } from './lib/types';

const ACCOUNTS = 20;
const WARMUP = 2_000;
const SAMPLES = 20_000;
/** Simulated time between picks: 20 accounts stay well inside Lusha's 25 requests per second each. */
const STEP_MS = 10;

const keyRecord = (id: number): KeyRecord => ({
  id,
  label: `key ${id}`,
  account: `account-${id % ACCOUNTS}`,
  category: id % 3 === 0 ? 'any' : 'phones',
  role: 'active',
  status: id % 10 === 0 ? 'cooling' : 'healthy',
  reason: null,
  until: null,
  failoverEnabled: false,
  endpoint: 'primary',
  priority: 0,
  apiVersion: 'v3',
  counters: { calls: 0, found: 0, notFound: 0, errors: 0, credits: 0 },
  lastUsedAt: null,
  limits: {},
});

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const micros = (ns: number) => Math.round(ns / 10) / 100;

export async function benchKeySelect(keys = 1_000): Promise<{ bench: 'key_select'; keys: number; p50_us: number; p99_us: number }> {
  const pool = new KeyPool(new Buckets({ minute: null, hourly: null, daily: null }), 4);
  pool.load(Array.from({ length: keys }, (_, i) => keyRecord(i + 1)));
  const samples: number[] = [];
  let now = Date.UTC(2025, 0, 1);
  for (let i = 0; i < WARMUP + SAMPLES; i++) {
    now += STEP_MS;
    const start = process.hrtime.bigint();
    const key = pool.select('phones', now);
    const elapsed = Number(process.hrtime.bigint() - start);
    if (!key) throw new Error('key_select bench: no key selected');
    pool.take(key, now);
    pool.release(key, null, now);
    if (i >= WARMUP) samples.push(elapsed);
  }
  samples.sort((a, b) => a - b);
  return { bench: 'key_select', keys, p50_us: micros(percentile(samples, 50)), p99_us: micros(percentile(samples, 99)) };
}

export const keySelectBench: Bench = {
  name: 'key_select',
  defaultRows: 1_000,
  run: ({ rows }) => benchKeySelect(rows),
};
