// A profile on a real temporary SQLite file with the real parts a run uses: the vault (passphrase
// backend, so no keychain is needed), the key store, the rotation engine and the Lusha client talking
// HTTP to the Lusha simulator on 127.0.0.1, the sheets service for import, and the run service.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Db } from '../../../electron/db/database';
import type { Emit } from '../../../electron/app/host';
import type { Logger } from '../../../electron/app/logger';
import type { EventName, Events } from '@shared/contract';
import type { ColumnMap, EnrichKind, RunFinished } from '@shared/domain';
import { Vault } from '../../../electron/vault/vault';
import { KeyStore } from '../../../electron/keys/keyStore';
import { RotationEngine, type EngineSettings } from '../../../electron/engine/engine';
import { createLushaClient } from '../../../electron/lusha/client';
import { startSimulator, type Simulator, type SimulatorOptions } from '../../../electron/lusha/simulator/server';
import type { Person } from '../../../electron/lusha/simulator/directory';
import { SheetService } from '../../../electron/sheets/sheetService';
import { createEngineGateway } from '../../../electron/jobs/engineGateway';
import { RunService } from '../../../electron/jobs/runService';

export const PASSPHRASE = 'correct horse battery staple';

/** Engine settings that keep benches short in tests: timed statuses end in a fraction of a second. */
export const QUICK_ENGINE: Partial<EngineSettings> = {
  cooldownMs: 200,
  sweepMs: 100,
  recoveryJitterMs: 50,
  plan: { minute: null, hourly: null, daily: null },
  failureWindow: { count: 50, ms: 1_000 },
};

export interface KeySetup {
  key: string;
  account: string;
  priority?: number;
  category?: 'phones' | 'emails' | 'any';
}

export interface ProfileOptions {
  dir?: string;
  baseUrl: string;
  keys?: KeySetup[];
  engine?: Partial<EngineSettings>;
  /** Client timeout per call. */
  timeoutMs?: number;
  concurrency?: number;
  /** The client's fetch, e.g. one that counts calls (benchmarks). */
  fetch?: typeof fetch;
}

export interface RecordedEvent<E extends EventName = EventName> {
  event: E;
  payload: Events[E];
}

/** One profile opened as the app opens it: close() and open again to simulate a restart. */
export class Profile {
  readonly dir: string;
  readonly db: Db;
  readonly events: RecordedEvent[] = [];
  readonly logs: string[] = [];
  private readonly waiters = new Set<(e: RecordedEvent) => void>();
  readonly vault: Vault;
  readonly keys: KeyStore;
  readonly engine: RotationEngine;
  readonly sheets: SheetService;
  readonly runs: RunService;

  private constructor(readonly options: ProfileOptions) {
    this.dir = options.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'enrichdesk-jobs-'));
    this.db = openDatabase(path.join(this.dir, 'enrichdesk.sqlite'));
    const logger: Logger = {
      info: (m) => this.logs.push(`info ${m}`),
      warn: (m) => this.logs.push(`warn ${m}`),
      error: (m, d) => this.logs.push(`error ${m} ${d instanceof Error ? d.stack : ''}`),
    };
    const emit: Emit = (event, payload) => {
      const recorded = { event, payload } as RecordedEvent;
      this.events.push(recorded);
      for (const waiter of [...this.waiters]) waiter(recorded);
    };
    this.vault = new Vault({ db: this.db, keychain: null });
    this.keys = new KeyStore({ db: this.db, vault: this.vault, emit, environmentKeys: [] });
    const client = createLushaClient({ timeoutMs: options.timeoutMs ?? 5_000, fetch: options.fetch });
    this.engine = new RotationEngine({
      db: this.db,
      reveal: (id) => this.keys.reveal(id),
      probe: (target) => client.usage(target),
      settings: { baseUrl: options.baseUrl, ...QUICK_ENGINE, ...options.engine },
      logger,
    });
    const gateway = createEngineGateway(this.engine, client);
    this.sheets = new SheetService({ db: this.db, emit, logger, dialogs: { openCsv: refuse, saveCsv: refuse, openKeysFile: refuse } });
    this.runs = new RunService({ db: this.db, gateway, emit, logger });
    if (options.concurrency) this.setSetting('jobs.concurrency', String(options.concurrency));
  }

  /** Opens (or re-opens) the profile, unlocks the vault and adds the keys not there yet. */
  static async open(options: ProfileOptions): Promise<Profile> {
    const profile = new Profile(options);
    const status = await profile.vault.status();
    if (status.state === 'needs_passphrase') await profile.vault.setupPassphrase(PASSPHRASE);
    else if (status.state === 'locked') await profile.vault.unlock(PASSPHRASE);
    for (const k of options.keys ?? []) {
      profile.keys.store({
        key: k.key,
        label: k.key.slice(-4),
        account: k.account,
        category: k.category ?? 'phones',
        priority: k.priority ?? 0,
      });
    }
    profile.engine.reload();
    profile.engine.start();
    return profile;
  }

  setSetting(name: string, value: string): void {
    this.db
      .prepare('INSERT INTO settings (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value')
      .run(name, value);
  }

  /** Imports rows as a CSV through the sheets service and maps its columns. */
  async importSheet(header: string[], rows: string[][], columnMap: ColumnMap): Promise<number> {
    const file = path.join(this.dir, `sheet-${Date.now()}-${Math.random().toString(36).slice(2)}.csv`);
    fs.writeFileSync(file, [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\n'));
    const result = await this.sheets.import({ importId: path.basename(file), path: file });
    if (!result) throw new Error('import returned null for a path');
    this.sheets.setColumnMap(result.sheet.id, columnMap);
    return result.sheet.id;
  }

  async run(sheetId: number, kind: EnrichKind = 'phones', extra: Partial<Parameters<RunService['start']>[0]> = {}): Promise<RunFinished> {
    const run = this.runs.start({ sheetId, kind, ...extra });
    return this.runs.finished(run.id);
  }

  states(sheetId: number, kind: EnrichKind = 'phones'): Record<string, number> {
    const rows = this.db
      .prepare(
        `SELECT coalesce(e.state, 'none') AS state, count(*) AS n FROM rows r LEFT JOIN enrichments e ON e.row_id = r.id AND e.kind = ?
         WHERE r.sheet_id = ? GROUP BY 1`,
      )
      .all(kind, sheetId) as { state: string; n: number }[];
    return Object.fromEntries(rows.map((r) => [r.state, r.n]));
  }

  /** Calls the listener with every event of that name from now on. */
  on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): void {
    this.waiters.add((e) => {
      if (e.event === event) listener(e.payload as Events[E]);
    });
  }

  /** Resolves at the first event from now on that matches. */
  next<E extends EventName>(event: E, matches: (payload: Events[E]) => boolean = () => true): Promise<Events[E]> {
    return new Promise((resolve) => {
      const waiter = (e: RecordedEvent) => {
        if (e.event !== event || !matches(e.payload as Events[E])) return;
        this.waiters.delete(waiter);
        resolve(e.payload as Events[E]);
      };
      this.waiters.add(waiter);
    });
  }

  ofEvent<E extends EventName>(event: E): Events[E][] {
    return this.events.filter((e) => e.event === event).map((e) => e.payload as Events[E]);
  }

  async close(): Promise<void> {
    this.runs.shutdown();
    await this.engine.stop();
    this.db.close();
  }

  async destroy(): Promise<void> {
    await this.close();
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

function refuse(): Promise<never> {
  return Promise.reject(new Error('no dialogs in tests'));
}

const csvCell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

export const HEADER = ['LinkedIn', 'Email', 'Full name', 'Company', 'Domain'];
export const MAP: ColumnMap = { linkedinUrl: 0, email: 1, fullName: 2, companyName: 3, companyDomain: 4 };

/** A row the simulator's directory knows, identified one of three ways in turn. */
export function personRow(p: Person, i: number): string[] {
  switch (i % 3) {
    case 0:
      return [p.linkedinUrl, '', '', '', ''];
    case 1:
      return ['', p.workEmail, '', '', ''];
    default:
      return ['', '', p.fullName, p.company.name, p.company.domain];
  }
}

/** A row nobody in the directory matches. */
export const strangerRow = (i: number): string[] => [`https://www.linkedin.com/in/nobody-here-${i}`, '', '', '', ''];

/**
 * `count` rows: mostly directory people, a `missShare` of strangers. Directory people from `from` on.
 * GDPR-blocked people are left out so every known person is found or not found by data alone.
 */
export function sheetRows(sim: Simulator, count: number, { missShare = 0, from = 0 } = {}): string[][] {
  const rows: string[][] = [];
  for (let i = from; rows.length < count; i++) {
    const p = sim.directory.person(i);
    if (p.gdprBlocked) continue;
    rows.push(missShare > 0 && rows.length % Math.round(1 / missShare) === 0 ? strangerRow(i) : personRow(p, i));
  }
  return rows;
}

export async function simulator(options: SimulatorOptions): Promise<Simulator> {
  return startSimulator({ seed: 7, directorySize: 50_000, ...options });
}

export const totalCharged = (sim: Simulator) => Object.values(sim.stats().creditsCharged).reduce((a, b) => a + b, 0);
