// The engine with a scripted request function instead of HTTP, on a real SQLite file: the parts
// that do not need Lusha's answers on the wire (masking, events, aborts, reload, messages).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../electron/db/database';
import { ManualClock } from '../../../electron/engine/clock';
import { RotationEngine, type LushaRequest } from '../../../electron/engine/engine';
import { AllKeysOutError } from '../../../electron/engine/errors';
import { seededRng } from '../../../electron/app/random';
import type { KeyCategory, KeyChangeEvent, KeyStatus } from '../../../electron/engine/types';
import { failure, success } from './fixtures';

const SECRET = (id: number) => `plaintext-secret-key-${id}-WXYZ${id}`;

let dir: string;
let db: Db;
let clock: ManualClock;
let events: KeyChangeEvent[];

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'enrichdesk-engine-unit-'));
  db = openDatabase(path.join(dir, 'profile.db'));
  clock = new ManualClock();
  events = [];
});

afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function addKey(over: { status?: KeyStatus; role?: 'active' | 'standby'; category?: KeyCategory; account?: string } = {}): number {
  const result = db
    .prepare(
      `INSERT INTO keys (label, account, category, role, status, ciphertext, iv, tag, last4, fingerprint, created_at, updated_at)
       VALUES ('k', @account, @category, @role, @status, x'00', x'00', x'00', 'last', hex(randomblob(8)), 0, 0)`,
    )
    .run({ account: 'a', category: 'phones', role: 'active', status: 'healthy', ...over });
  return Number(result.lastInsertRowid);
}

function engine(onChange: (e: KeyChangeEvent, engine: RotationEngine) => void = () => {}) {
  const e: RotationEngine = new RotationEngine({
    db,
    clock,
    rng: seededRng(1),
    reveal: SECRET,
    probe: async () => success({ creditsTotal: 10, creditsUsed: 0, creditsRemaining: 10 }),
    settings: { baseUrl: 'http://127.0.0.1:9' },
    onKeyChange: (event) => {
      events.push(event);
      onChange(event, e);
    },
  });
  return e;
}

const answer =
  (outcome: (apiKey: string) => ReturnType<typeof failure> | ReturnType<typeof success<string>>): LushaRequest<string> =>
  async (target) =>
    outcome(target.apiKey);

describe('RotationEngine', () => {
  it('masks a key quoted back in an error before it is stored or sent out', async () => {
    const id = addKey();
    addKey();
    const e = engine();
    await clock.settle(
      e
        .execute(
          'phones',
          answer((apiKey) => failure({ kind: 'invalid_key', httpStatus: 401, message: `Invalid API key ${apiKey}` })),
        )
        .catch(() => null),
    );
    const row = db.prepare('SELECT message FROM key_events WHERE key_id = ?').get(id) as { message: string };
    expect(row.message).toBe(`Invalid API key …${SECRET(id).slice(-4)}`);
    expect(JSON.stringify(events)).not.toContain(SECRET(id));
    expect((db.prepare('SELECT reason FROM keys WHERE id = ?').get(id) as { reason: string }).reason).toBe(row.message);
  });

  it('sends events only once memory and the database agree', async () => {
    const id = addKey();
    const seen: (string | undefined)[] = [];
    const e = engine((event, self) => seen.push(`${event.to}/${self.snapshot().find((k) => k.id === event.keyId)?.status}`));
    await clock.settle(
      e
        .execute(
          'phones',
          answer(() => failure({ kind: 'no_credits', httpStatus: 402 })),
        )
        .catch(() => null),
    );
    expect(seen).toEqual(['exhausted/exhausted']);
    expect(events[0]).toMatchObject({ keyId: id, from: 'healthy', to: 'exhausted', actor: 'engine', account: 'a' });
  });

  it('names the category and the count of keys that are out', async () => {
    addKey({ status: 'exhausted' });
    addKey({ status: 'invalid' });
    addKey({ status: 'exhausted', category: 'any' });
    addKey({ status: 'disabled', category: 'emails' });
    const e = engine();
    const run = (category: KeyCategory) =>
      e.execute(
        category,
        answer(() => success('x')),
      );
    await expect(run('phones')).rejects.toThrow('All 3 phone keys are out of service (2 exhausted, 1 invalid) — add more API keys');
    await expect(run('emails')).rejects.toThrow('All 2 email keys are out of service (1 exhausted, 1 disabled) — add more API keys');
    await expect(run('any')).rejects.toThrow(new AllKeysOutError('any', ['exhausted']).message);
    expect(new AllKeysOutError('any', ['exhausted']).message).toBe('The only any key is exhausted — add more API keys');
  });

  it('promotes a standby when the user has disabled every active key', async () => {
    addKey({ status: 'disabled' });
    const standby = addKey({ role: 'standby' });
    const result = await engine().execute(
      'phones',
      answer(() => success('found')),
    );
    expect(result).toMatchObject({ ok: true, keyId: standby });
    expect(events).toMatchObject([{ keyId: standby, cause: 'promoted', message: 'no active key left' }]);
  });

  it('picks up a user reset on reload()', async () => {
    const id = addKey({ status: 'exhausted' });
    const e = engine();
    await expect(
      e.execute(
        'phones',
        answer(() => success('x')),
      ),
    ).rejects.toBeInstanceOf(AllKeysOutError);
    db.prepare("UPDATE keys SET status = 'healthy', endpoint = 'primary', until = NULL WHERE id = ?").run(id);
    e.reload();
    expect(
      await e.execute(
        'phones',
        answer(() => success('x')),
      ),
    ).toMatchObject({ ok: true, keyId: id });
  });

  it('tells the waiting request the ETA once, and null when it has a key again', async () => {
    const id = addKey({ status: 'cooling' });
    const until = clock.now() + 60_000;
    db.prepare('UPDATE keys SET until = ? WHERE id = ?').run(until, id);
    const heard: (number | null)[] = [];
    const result = await clock.settle(
      engine().execute(
        'phones',
        answer(() => success('x')),
        { onWaiting: (eta) => heard.push(eta) },
      ),
    );
    expect(result).toMatchObject({ ok: true, keyId: id });
    expect(heard).toEqual([until, null]);
  });

  it('stops waiting for a key as soon as the caller aborts', async () => {
    addKey({ status: 'cooling' });
    db.prepare('UPDATE keys SET until = ?').run(clock.now() + 60_000);
    const controller = new AbortController();
    const waiting = engine().execute(
      'phones',
      answer(() => success('x')),
      { signal: controller.signal },
    );
    await clock.advance(1_000);
    controller.abort(new Error('cancelled by the user'));
    await expect(waiting).rejects.toThrow('cancelled by the user');
  });

  it('stops a backoff when the caller aborts', async () => {
    addKey();
    const controller = new AbortController();
    let calls = 0;
    const pending = engine().execute(
      'phones',
      answer(() => {
        calls += 1;
        return failure({ kind: 'server', httpStatus: 500 });
      }),
      { signal: controller.signal },
    );
    await clock.advance(0);
    controller.abort(new Error('stop'));
    await expect(pending).rejects.toThrow('stop');
    expect(calls).toBe(1);
  });

  it('keeps an answer that arrived after the caller gave up', async () => {
    addKey();
    const controller = new AbortController();
    const result = await engine().execute(
      'phones',
      async () => {
        controller.abort();
        return success('paid for');
      },
      { signal: controller.signal },
    );
    expect(result).toMatchObject({ ok: true, value: 'paid for' });
  });
});
