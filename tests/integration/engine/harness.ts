// A rotation engine on a real SQLite file, talking through the real Lusha client over HTTP to the
// Lusha simulator on 127.0.0.1 (and a second one as the failover endpoint). Time is a ManualClock
// shared by the engine and the simulators' rate windows. Keys go straight into the keys table with
// dummy ciphertext; reveal() maps ids to the test's plaintexts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Db } from '../../../electron/db/database';
import { ManualClock } from '../../../electron/engine/clock';
import { RotationEngine, tallyEnrich, type EngineSettings, type ExecuteResult } from '../../../electron/engine/engine';
import { seededRng } from '../../../electron/app/random';
import type { KeyCategory, KeyChangeEvent } from '../../../electron/engine/types';
import { createLushaClient } from '../../../electron/lusha/client';
import type { AccountSpec } from '../../../electron/lusha/simulator/accounts';
import { startSimulator, type Simulator } from '../../../electron/lusha/simulator/server';
import type { ContactRequest, EnrichResponse } from '../../../electron/lusha/types';

export interface KeySeed {
  secret: string;
  account: string;
  category?: KeyCategory;
  role?: 'active' | 'standby';
  priority?: number;
  failoverEnabled?: boolean;
  /** What the simulator thinks of the key. */
  simState?: 'valid' | 'invalid' | 'blocked';
}

export interface HarnessOptions {
  accounts: AccountSpec[];
  keys: KeySeed[];
  /** The failover simulator's accounts (the same key strings are registered there); none = no failover URL. */
  failoverAccounts?: AccountSpec[];
  settings?: Partial<EngineSettings>;
}

export type Harness = Awaited<ReturnType<typeof startHarness>>;

export async function startHarness(options: HarnessOptions) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'enrichdesk-engine-'));
  const file = path.join(dir, 'profile.db');
  const clock = new ManualClock();
  const simKeys = options.keys.map((k) => ({ key: k.secret, account: k.account, state: k.simState }));
  const sim = await startSimulator({ now: () => clock.now(), accounts: options.accounts, keys: simKeys });
  const failoverSim = options.failoverAccounts
    ? await startSimulator({ now: () => clock.now(), accounts: options.failoverAccounts, keys: simKeys })
    : null;

  let db: Db = openDatabase(file);
  const ids = insertKeys(db, options.keys, clock.now());
  const secrets = new Map(options.keys.map((k, i) => [ids[i], k.secret]));
  const client = createLushaClient();
  const events: KeyChangeEvent[] = [];
  const waits: number[] = [];
  /** HTTP exchanges in flight: the clock only jumps when none are. */
  let busy = 0;
  const inFlightByKey = new Map<number, number>();
  const maxInFlightByKey = new Map<number, number>();

  const tracked = async <T>(keyId: number | null, exchange: () => Promise<T>): Promise<T> => {
    busy += 1;
    if (keyId !== null) {
      const n = (inFlightByKey.get(keyId) ?? 0) + 1;
      inFlightByKey.set(keyId, n);
      maxInFlightByKey.set(keyId, Math.max(n, maxInFlightByKey.get(keyId) ?? 0));
    }
    try {
      return await exchange();
    } finally {
      busy -= 1;
      if (keyId !== null) inFlightByKey.set(keyId, (inFlightByKey.get(keyId) ?? 1) - 1);
    }
  };

  const makeEngine = () =>
    new RotationEngine({
      db,
      clock,
      rng: seededRng(7),
      reveal: (id) => secrets.get(id) ?? '',
      probe: (target) => tracked(null, () => client.usage(target)),
      settings: { baseUrl: sim.url, failoverBaseUrl: failoverSim?.url ?? null, ...options.settings },
      onKeyChange: (event) => events.push(event),
      onWaiting: ({ eta }) => waits.push(eta),
    });

  let engine = makeEngine();

  const someone = sim.directory.person(0);
  const contacts: ContactRequest[] = [{ ref: '1', query: { linkedinUrl: someone.linkedinUrl } }];
  const nobody: ContactRequest[] = [{ ref: '1', query: { linkedinUrl: 'https://www.linkedin.com/in/nobody-at-all-0000' } }];

  return {
    clock,
    sim,
    failoverSim,
    ids,
    events,
    waits,
    maxInFlightByKey,
    get engine() {
      return engine;
    },
    get db(): Db {
      return db;
    },
    /** One bulk enrichment through the engine, time driven until it settles. */
    enrich(category: KeyCategory = 'phones', who: ContactRequest[] = contacts): Promise<ExecuteResult<EnrichResponse>> {
      return this.settle(
        engine.execute(category, (target, keyId) => tracked(keyId, () => client.enrich(target, who, { phones: true, emails: false })), {
          tally: tallyEnrich,
        }),
      );
    },
    nobody,
    settle<T>(p: Promise<T>): Promise<T> {
      return clock.settle(p, () => busy > 0);
    },
    /** Moves time on; runs the sweep on its own schedule (after start()). */
    async advance(ms: number) {
      await clock.advance(ms);
      await this.settle(engine.sweep());
    },
    status(id: number) {
      return engine.snapshot().find((k) => k.id === id);
    },
    row(id: number) {
      return db
        .prepare(
          'SELECT status, until, endpoint, role, failover_enabled, calls, found, not_found, errors, credits, api_version, limits FROM keys WHERE id = ?',
        )
        .get(id) as {
        status: string;
        until: number | null;
        endpoint: string;
        role: string;
        failover_enabled: number;
        calls: number;
        found: number;
        not_found: number;
        errors: number;
        credits: number;
        api_version: string | null;
        limits: string;
      };
    },
    keyEvents(id: number) {
      return db
        .prepare('SELECT at, from_status, to_status, cause, http_status, message, actor FROM key_events WHERE key_id = ? ORDER BY id')
        .all(id) as {
        at: number;
        from_status: string;
        to_status: string;
        cause: string;
        http_status: number | null;
        message: string | null;
        actor: string;
      }[];
    },
    /** Calls the simulator saw from a key, on every endpoint. */
    callsBy(secret: string, server: Simulator = sim): number {
      return Object.values(server.stats().calls[secret] ?? {}).reduce((a, b) => a + (b ?? 0), 0);
    },
    /** A new engine (and connection) on the same database file, as after an app restart. */
    async restart() {
      await engine.stop();
      db.close();
      db = openDatabase(file);
      engine = makeEngine();
    },
    async close() {
      await engine.stop();
      db.close();
      await sim.close();
      await failoverSim?.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

function insertKeys(db: Db, keys: KeySeed[], now: number): number[] {
  const insert = db.prepare(
    `INSERT INTO keys (label, account, category, role, failover_enabled, priority, ciphertext, iv, tag, last4, fingerprint, created_at, updated_at)
     VALUES (@label, @account, @category, @role, @failover, @priority, x'00', x'00', x'00', @last4, @fingerprint, @now, @now)`,
  );
  return keys.map((k, i) =>
    Number(
      insert.run({
        label: `key ${i + 1}`,
        account: k.account,
        category: k.category ?? 'phones',
        role: k.role ?? 'active',
        failover: k.failoverEnabled ? 1 : 0,
        priority: k.priority ?? keys.length - i,
        last4: k.secret.slice(-4),
        fingerprint: `fp-${k.secret}`,
        now,
      }).lastInsertRowid,
    ),
  );
}
