// The database side of the engine: reads the keys, records every status change (keys row and
// key_events row in one transaction), call counters and what the engine learned about a key.
import type { Db } from '../db/database';
import { keyBasics, type KeyRow } from '../keys/keyRows';
import type { ApiVersion } from '../lusha/types';
import { reasonOf, type Counters, type KeyChangeEvent, type KeyRecord, type LearnedLimits } from './types';

/** The columns the engine reads; the rest (ciphertext, fingerprint…) never enter its memory. */
type EngineKeyRow = Pick<
  KeyRow,
  | 'id'
  | 'label'
  | 'account'
  | 'category'
  | 'role'
  | 'status'
  | 'reason'
  | 'until'
  | 'failover_enabled'
  | 'endpoint'
  | 'priority'
  | 'api_version'
  | 'calls'
  | 'found'
  | 'not_found'
  | 'errors'
  | 'credits'
  | 'last_used_at'
  | 'limits'
>;

const toRecord = (row: EngineKeyRow): KeyRecord => ({
  ...keyBasics(row),
  until: row.until,
  apiVersion: row.api_version,
  lastUsedAt: row.last_used_at,
  limits: JSON.parse(row.limits) as LearnedLimits,
});

export class KeyRecorder {
  private readonly select;
  private readonly updateStatus;
  private readonly insertEvent;
  private readonly updateCounters;
  private readonly updateLimits;
  private readonly updateApiVersion;
  private readonly recordAll;

  constructor(
    db: Db,
    private readonly onKeyChange: (event: KeyChangeEvent) => void = () => {},
    /** Keys that live only in this session's memory (LUSHA_API_KEYS): used, never written to disk. */
    private readonly sessionKeys: () => KeyRecord[] = () => [],
  ) {
    this.select = db.prepare<[], EngineKeyRow>(
      `SELECT id, label, account, category, role, status, reason, until, failover_enabled, endpoint, priority,
              api_version, calls, found, not_found, errors, credits, last_used_at, limits
         FROM keys ORDER BY id`,
    );
    this.updateStatus = db.prepare(
      `UPDATE keys SET status = @to, reason = @reason, until = @until, endpoint = @endpoint, role = @role, updated_at = @at
        WHERE id = @keyId`,
    );
    this.insertEvent = db.prepare(
      `INSERT INTO key_events (key_id, at, from_status, to_status, cause, http_status, message, actor, run_id)
       VALUES (@keyId, @at, @from, @to, @cause, @httpStatus, @message, @actor, @runId)`,
    );
    this.updateCounters = db.prepare(
      `UPDATE keys SET calls = calls + @calls, found = found + @found, not_found = not_found + @notFound,
              errors = errors + @errors, credits = credits + @credits, last_used_at = @at
        WHERE id = @keyId`,
    );
    this.updateLimits = db.prepare(`UPDATE keys SET limits = ? WHERE account = ?`);
    this.updateApiVersion = db.prepare(`UPDATE keys SET api_version = ? WHERE id = ?`);
    this.recordAll = db.transaction((events: readonly KeyChangeEvent[]) => {
      for (const e of events.filter((event) => isStored(event.keyId))) {
        this.updateStatus.run({ ...e, reason: reasonOf(e) });
        this.insertEvent.run(e);
      }
    });
  }

  loadKeys(): KeyRecord[] {
    return [...this.select.all().map(toRecord), ...this.sessionKeys()];
  }

  /**
   * All of one decision's changes commit together (an account benched in one step); then `applied`
   * brings memory up to date, and only then do the events go out, so a listener sees the new state.
   */
  record(events: readonly KeyChangeEvent[], applied: () => void): void {
    this.recordAll(events);
    applied();
    for (const event of events) this.onKeyChange(event);
  }

  countCall(keyId: number, delta: Counters, at: number): void {
    if (isStored(keyId)) this.updateCounters.run({ keyId, at, ...delta });
  }

  /** Limits belong to the account: every key of it carries them, so any one seeds the bucket at start-up. */
  saveLimits(account: string, limits: LearnedLimits): void {
    this.updateLimits.run(JSON.stringify(limits), account);
  }

  saveApiVersion(keyId: number, version: ApiVersion): void {
    if (isStored(keyId)) this.updateApiVersion.run(version, keyId);
  }
}

/** Stored keys have positive ids; session keys negative ones (see keys/environmentKeys.ts). */
const isStored = (keyId: number) => keyId > 0;
