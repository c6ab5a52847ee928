// SQL over the `keys` and `key_events` tables. A status change and its timeline entry are written in
// one transaction, so the health panel's history can never disagree with the key.
import type { Db } from '../db/database';
import type { KeyActor, KeyCategory, KeyEvent, KeyRole, KeyStatus } from '@shared/domain';
import type { SealedKey } from '../vault/vault';
import { toKeyEvent, type EventRow, type KeyRow } from './keyRows';

export interface KeyMeta {
  label: string;
  account: string;
  category: KeyCategory;
  role: KeyRole;
  failoverEnabled: boolean;
  priority: number;
}

export interface StoredSecret {
  sealed: SealedKey;
  last4: string;
  fingerprint: string;
}

export interface StatusChange {
  status: KeyStatus;
  reason: string | null;
  until: number | null;
  endpoint?: 'primary' | 'failover';
}

export interface EventCause {
  cause: string;
  actor: KeyActor;
  message?: string | null;
  httpStatus?: number | null;
}

const EMPTY = Buffer.alloc(0);

export class KeyRepo {
  constructor(
    private readonly db: Db,
    private readonly now: () => number = Date.now,
  ) {}

  all(): KeyRow[] {
    return this.db.prepare('SELECT * FROM keys ORDER BY id').all() as KeyRow[];
  }

  get(id: number): KeyRow | undefined {
    return this.db.prepare('SELECT * FROM keys WHERE id = ?').get(id) as KeyRow | undefined;
  }

  idByFingerprint(fingerprint: string): number | undefined {
    const row = this.db.prepare('SELECT id FROM keys WHERE fingerprint = ?').get(fingerprint) as { id: number } | undefined;
    return row?.id;
  }

  count(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM keys').get() as { n: number }).n;
  }

  /** Inserts a key; its secret is sealed once the row id (the associated data) is known. */
  insert(meta: KeyMeta, identity: { last4: string; fingerprint: string }, seal: (id: number) => SealedKey): number {
    return this.db.transaction(() => {
      const t = this.now();
      const { lastInsertRowid } = this.db
        .prepare(
          `INSERT INTO keys (label, account, category, role, failover_enabled, priority, ciphertext, iv, tag, last4, fingerprint, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          meta.label,
          meta.account,
          meta.category,
          meta.role,
          meta.failoverEnabled ? 1 : 0,
          meta.priority,
          EMPTY,
          EMPTY,
          EMPTY,
          identity.last4,
          identity.fingerprint,
          t,
          t,
        );
      const id = Number(lastInsertRowid);
      this.writeSecret(id, { ...identity, sealed: seal(id) });
      return id;
    })();
  }

  replaceSecret(id: number, secret: StoredSecret): void {
    this.writeSecret(id, secret);
  }

  updateMeta(id: number, patch: Partial<KeyMeta>): void {
    const columns: Record<keyof KeyMeta, string> = {
      label: 'label',
      account: 'account',
      category: 'category',
      role: 'role',
      failoverEnabled: 'failover_enabled',
      priority: 'priority',
    };
    const entries = (Object.keys(patch) as (keyof KeyMeta)[]).filter((k) => patch[k] !== undefined);
    if (entries.length === 0) return;
    const sets = entries.map((k) => `${columns[k]} = ?`).join(', ');
    const values = entries.map((k) => (typeof patch[k] === 'boolean' ? (patch[k] ? 1 : 0) : patch[k]));
    this.db.prepare(`UPDATE keys SET ${sets}, updated_at = ? WHERE id = ?`).run(...values, this.now(), id);
  }

  /** Moves a key to a status and records why, in one transaction. */
  changeStatus(id: number, change: StatusChange, why: EventCause): void {
    this.db.transaction(() => {
      const before = this.get(id);
      if (!before) return;
      const t = this.now();
      this.db
        .prepare('UPDATE keys SET status = ?, reason = ?, until = ?, endpoint = ?, updated_at = ? WHERE id = ?')
        .run(change.status, change.reason, change.until, change.endpoint ?? before.endpoint, t, id);
      this.db
        .prepare(
          `INSERT INTO key_events (key_id, at, from_status, to_status, cause, http_status, message, actor)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(id, t, before.status, change.status, why.cause, why.httpStatus ?? null, why.message ?? null, why.actor);
    })();
  }

  delete(id: number): boolean {
    return this.db.prepare('DELETE FROM keys WHERE id = ?').run(id).changes > 0;
  }

  events(keyId: number, limit: number): KeyEvent[] {
    const rows = this.db
      .prepare('SELECT * FROM key_events WHERE key_id = ? ORDER BY at DESC, id DESC LIMIT ?')
      .all(keyId, limit) as EventRow[];
    return rows.map(toKeyEvent);
  }

  private writeSecret(id: number, s: StoredSecret): void {
    this.db
      .prepare(
        'UPDATE keys SET ciphertext = ?, iv = ?, tag = ?, vault_generation = ?, last4 = ?, fingerprint = ?, updated_at = ? WHERE id = ?',
      )
      .run(s.sealed.ciphertext, s.sealed.iv, s.sealed.tag, s.sealed.generation, s.last4, s.fingerprint, this.now(), id);
  }
}
