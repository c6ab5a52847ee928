// RotationEngine.configure(): changed settings reach a running engine, with its keys and their states kept.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../electron/db/database';
import { ManualClock } from '../../../electron/engine/clock';
import { RotationEngine, type EngineSettings, type LushaRequest } from '../../../electron/engine/engine';
import { seededRng } from '../../../electron/app/random';
import type { CallTarget } from '../../../electron/lusha/types';
import { failure, NO_HEADERS, success } from './fixtures';

const PRIMARY = 'http://primary.test';
const FAILOVER = 'http://failover.test';

let dir: string;
let db: Db;
let clock: ManualClock;
let engines: RotationEngine[];

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'enrichdesk-engine-configure-'));
  db = openDatabase(path.join(dir, 'profile.db'));
  clock = new ManualClock();
  engines = [];
});

afterEach(async () => {
  await Promise.all(engines.map((e) => e.stop()));
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function addKey(over: { failover?: boolean; status?: string; until?: number } = {}): number {
  const result = db
    .prepare(
      `INSERT INTO keys (label, account, category, role, status, until, failover_enabled, ciphertext, iv, tag, last4, fingerprint, created_at, updated_at)
       VALUES ('k', 'acct', 'phones', 'active', @status, @until, @failover, x'00', x'00', x'00', 'last', hex(randomblob(8)), 0, 0)`,
    )
    .run({ status: over.status ?? 'healthy', until: over.until ?? null, failover: over.failover ? 1 : 0 });
  return Number(result.lastInsertRowid);
}

function engine(settings: Partial<EngineSettings> = {}): RotationEngine {
  const e = new RotationEngine({
    db,
    clock,
    rng: seededRng(3),
    reveal: (id) => `secret-key-number-${id}`,
    probe: async () => success({ creditsTotal: 10, creditsUsed: 0, creditsRemaining: 10 }),
    settings: { baseUrl: PRIMARY, recoveryJitterMs: 0, ...settings },
  });
  engines.push(e);
  return e;
}

/** Answers with `outcome` and remembers where each call went. */
function recording(outcome: (target: CallTarget) => ReturnType<typeof failure> | ReturnType<typeof success<string>>) {
  const urls: string[] = [];
  const request: LushaRequest<string> = async (target) => {
    urls.push(target.baseUrl);
    return outcome(target);
  };
  return { urls, request };
}

const status = (e: RotationEngine, id: number) => e.snapshot().find((k) => k.id === id);

describe('RotationEngine.configure', () => {
  it('sends the next request to a new base URL', async () => {
    addKey();
    const e = engine();
    const { urls, request } = recording(() => success('x'));
    await e.execute('phones', request);
    e.configure({ baseUrl: 'http://proxy.test' });
    await e.execute('phones', request);
    expect(urls).toEqual([PRIMARY, 'http://proxy.test']);
  });

  it('lets a failover-enabled key fail over once a failover URL is set, and sends it there', async () => {
    const id = addKey({ failover: true });
    const e = engine();
    e.configure({ failoverBaseUrl: FAILOVER });
    const { urls, request } = recording((target) =>
      target.baseUrl === PRIMARY ? failure({ kind: 'no_credits', httpStatus: 402 }) : success('x'),
    );
    const result = await clock.settle(e.execute('phones', request));
    expect(result).toMatchObject({ ok: true, keyId: id });
    expect(urls).toEqual([PRIMARY, FAILOVER]);
    expect(status(e, id)).toMatchObject({ status: 'failover', endpoint: 'failover' });
  });

  it('retires instead of failing over once the failover URL is cleared', async () => {
    const id = addKey({ failover: true });
    const e = engine({ failoverBaseUrl: FAILOVER });
    e.configure({ failoverBaseUrl: null });
    await expect(e.execute('phones', recording(() => failure({ kind: 'no_credits', httpStatus: 402 })).request)).rejects.toThrow(
      /exhausted/,
    );
    expect(status(e, id)).toMatchObject({ status: 'exhausted', endpoint: 'primary' });
  });

  it('benches later rate limits for the new cooldown and leaves a running bench alone', async () => {
    const benched = addKey({ status: 'cooling', until: clock.now() + 120_000 });
    addKey();
    const e = engine();
    e.configure({ cooldownMs: 5_000 });
    let first = true;
    const { request } = recording(() => (first ? ((first = false), failure({ kind: 'rate_burst', httpStatus: 429 })) : success('x')));
    const started = clock.now();
    await clock.settle(e.execute('phones', request));
    // The account's keys came back after the new 5 s cooldown, not the 2 minutes they started with.
    expect(clock.now() - started).toBe(5_000);
    expect(status(e, benched)).toMatchObject({ status: 'cooling', until: started + 120_000 });
  });

  it('restarts the sweep on the new interval', async () => {
    const id = addKey({ status: 'cooling', until: clock.now() + 1_000 });
    const e = engine({ sweepMs: 60_000 });
    e.start();
    e.configure({ sweepMs: 5_000 });
    await clock.advance(5_000);
    expect(status(e, id)?.status).toBe('healthy');
  });

  it("widens an account's budget to a new plan, keeping what it has sent", async () => {
    addKey();
    const one = { minute: 1, hourly: null, daily: null };
    const e = engine({ plan: one });
    const { request } = recording(() => success('x'));
    await e.execute('phones', request);
    const waiting = e.execute('phones', request);
    let settled = false;
    void waiting.then(() => (settled = true));
    await clock.advance(1_000);
    expect(settled).toBe(false);
    e.configure({ plan: { minute: 2, hourly: null, daily: null } });
    await clock.advance(0);
    expect(settled).toBe(true);
    expect(e.snapshot()[0].counters.calls).toBe(2);
  });

  it('keeps a limit Lusha told over a new plan', async () => {
    addKey();
    const e = engine({ plan: { minute: 5, hourly: null, daily: null } });
    const told: LushaRequest<string> = async () => ({ ok: true, value: 'x', headers: { ...NO_HEADERS, minuteLimit: 1, minuteLeft: 0 } });
    await e.execute('phones', told);
    e.configure({ plan: 'premium' });
    let settled = false;
    const waiting = e.execute('phones', told).then(() => (settled = true));
    await clock.advance(1_000);
    expect(settled).toBe(false);
    await clock.settle(waiting);
    expect(clock.now()).toBeGreaterThanOrEqual(Date.UTC(2025, 0, 1) + 60_000);
  });
});
