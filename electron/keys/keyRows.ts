// The raw shapes of the `keys` and `key_events` tables, shared by the key store (CRUD), the engine's
// recorder (runtime status) and run history, so the schema is described once in code.
import { isoTime } from '../db/isoTime';
import type { KeyActor, KeyBasics, KeyCategory, KeyEvent, KeyRole, KeyStatus } from '@shared/domain';

export interface KeyRow {
  id: number;
  label: string;
  account: string;
  category: KeyCategory;
  role: KeyRole;
  status: KeyStatus;
  reason: string | null;
  until: number | null;
  failover_enabled: 0 | 1;
  endpoint: 'primary' | 'failover';
  priority: number;
  api_version: 'v3' | 'v2' | null;
  ciphertext: Buffer;
  iv: Buffer;
  tag: Buffer;
  vault_generation: string;
  last4: string;
  fingerprint: string;
  calls: number;
  found: number;
  not_found: number;
  errors: number;
  credits: number;
  last_used_at: number | null;
  created_at: number;
  updated_at: number;
  /** Learned limits, JSON. */
  limits: string;
}

export interface EventRow {
  id: number;
  key_id: number;
  at: number;
  from_status: KeyStatus | null;
  to_status: KeyStatus;
  cause: string;
  http_status: number | null;
  message: string | null;
  actor: KeyActor;
}

export const toKeyEvent = (r: EventRow): KeyEvent => ({
  id: r.id,
  keyId: r.key_id,
  at: isoTime(r.at),
  fromStatus: r.from_status,
  toStatus: r.to_status,
  cause: r.cause,
  httpStatus: r.http_status,
  message: r.message,
  actor: r.actor,
});

/** The fields every view of a key shares, read from its row (the views differ in how they show time). */
export const keyBasics = (
  row: Omit<KeyRow, 'ciphertext' | 'iv' | 'tag' | 'vault_generation' | 'last4' | 'fingerprint' | 'created_at' | 'updated_at'>,
): KeyBasics => ({
  id: row.id,
  label: row.label,
  account: row.account,
  category: row.category,
  role: row.role,
  status: row.status,
  reason: row.reason,
  failoverEnabled: row.failover_enabled === 1,
  endpoint: row.endpoint,
  priority: row.priority,
  counters: { calls: row.calls, found: row.found, notFound: row.not_found, errors: row.errors, credits: row.credits },
});
