// The pool of API keys: the stored ones (sealed in the vault) and this session's environment keys.
// It hands the renderer masked summaries only, records every status change the user causes in the
// key's timeline, and tells the UI after every change (keys.changed) so the health panel refreshes.
import { AppError } from '../app/errors';
import { mask, registerSecret } from '../app/logger';
import type { Emit } from '../app/host';
import type { Db } from '../db/database';
import {
  KEY_STATUSES,
  type KeyCategory,
  type KeyEvent,
  type KeyRole,
  type KeysChangeReason,
  type KeyStats,
  type KeyStatus,
  type KeySummary,
} from '@shared/domain';
import type { SealedKey, Vault } from '../vault/vault';
import type { EnvironmentKey } from './environmentKeys';
import { KeyRepo, type EventCause, type KeyMeta, type StatusChange } from './keyRepo';
import { keyBasics, type KeyRow } from './keyRows';
import { isoTime as iso } from '../db/isoTime';

export interface NewKey {
  key: string;
  label?: string | null;
  category: KeyCategory;
  account?: string | null;
  role?: KeyRole;
  failoverEnabled?: boolean;
  priority?: number;
}

export type AddOutcome = { outcome: 'added' | 'duplicate'; id: number; mask: string };

export interface KeyStoreOptions {
  db: Db;
  vault: Vault;
  emit: Emit;
  environmentKeys: EnvironmentKey[];
  now?: () => number;
}

/** What a Lusha call needs to use a key; the plaintext stays in the main process. */
export interface KeyTarget {
  apiKey: string;
  apiVersion: 'v3' | 'v2' | undefined;
  status: KeyStatus;
}

interface EnvironmentState extends EnvironmentKey {
  status: KeyStatus;
  reason: string | null;
  createdAt: string;
}

const USER = (cause: string, message?: string | null): EventCause => ({ cause, actor: 'user', message });

export class KeyStore {
  private readonly repo: KeyRepo;
  private readonly vault: Vault;
  private readonly emitEvent: Emit;
  private readonly environment: EnvironmentState[];
  /** Sealed secrets by key id (ciphertext only), so reveal() does not query SQLite per request. */
  private readonly sealed = new Map<number, SealedKey>();

  constructor(options: KeyStoreOptions) {
    this.repo = new KeyRepo(options.db, options.now);
    this.vault = options.vault;
    this.emitEvent = options.emit;
    const started = new Date((options.now ?? Date.now)()).toISOString();
    this.environment = options.environmentKeys.map((k) => ({ ...k, status: 'healthy', reason: null, createdAt: started }));
  }

  list(): KeySummary[] {
    const generation = this.vault.currentGeneration();
    const stored = this.repo.all().map((row) => storedSummary(row, generation));
    return [...stored, ...this.sessionOnlyEnvironmentKeys().map(environmentSummary)];
  }

  get(id: number): KeySummary {
    if (id < 0) return environmentSummary(this.environmentKey(id));
    return storedSummary(this.row(id), this.vault.currentGeneration());
  }

  stats(): KeyStats {
    const keys = this.list();
    const byStatus = Object.fromEntries(KEY_STATUSES.map((s) => [s, 0])) as Record<KeyStatus, number>;
    for (const k of keys) byStatus[k.status] += 1;
    const count = (test: (k: KeySummary) => boolean) => keys.filter(test).length;
    return {
      total: keys.length,
      byStatus,
      failoverEnabled: count((k) => k.failoverEnabled),
      standby: count((k) => k.role === 'standby'),
      environment: count((k) => k.source === 'environment'),
      needsReentry: count((k) => k.needsReentry),
    };
  }

  storedCount(): number {
    return this.repo.count();
  }

  environmentKeys(): readonly EnvironmentKey[] {
    return this.environment;
  }

  history(id: number, limit: number): KeyEvent[] {
    this.row(id);
    return this.repo.events(id, limit);
  }

  /** Adds one key, or reports the stored key it duplicates. Emits nothing: callers batch the event. */
  store(input: NewKey): AddOutcome {
    registerSecret(input.key);
    const fingerprint = this.vault.fingerprint(input.key);
    const m = mask(input.key);
    const existing = this.repo.idByFingerprint(fingerprint);
    if (existing !== undefined) return { outcome: 'duplicate', id: existing, mask: m };
    const label = input.label?.trim() || `Key ${m}`;
    const meta: KeyMeta = {
      label,
      account: input.account?.trim() || label,
      category: input.category,
      role: input.role ?? 'active',
      failoverEnabled: input.failoverEnabled ?? false,
      priority: input.priority ?? 0,
    };
    const id = this.repo.insert(meta, { last4: input.key.slice(-4), fingerprint }, (rowId) => this.vault.seal(rowId, input.key));
    return { outcome: 'added', id, mask: m };
  }

  add(input: NewKey): KeySummary {
    const result = this.store(input);
    if (result.outcome === 'duplicate') {
      const other = this.row(result.id);
      throw new AppError('duplicate_key', `This key (${result.mask}) is already stored as “${other.label}”.`);
    }
    this.changed('added', [result.id]);
    return this.get(result.id);
  }

  update(id: number, patch: Partial<KeyMeta>): KeySummary {
    this.storedRow(id);
    this.repo.updateMeta(id, patch);
    this.changed('updated', [id]);
    return this.get(id);
  }

  remove(id: number): void {
    this.storedRow(id);
    this.repo.delete(id);
    this.sealed.delete(id);
    this.changed('removed', [id]);
  }

  setDisabled(id: number, disabled: boolean): KeySummary {
    const row = this.storedRow(id);
    if (disabled) {
      if (row.status !== 'disabled')
        this.repo.changeStatus(id, { status: 'disabled', reason: 'Disabled by you', until: null }, USER('disabled'));
    } else if (row.status === 'disabled') {
      // Enabling returns the key to the endpoint it was on, so "on failover" is not forgotten.
      const status: KeyStatus = row.endpoint === 'failover' ? 'failover' : 'healthy';
      this.repo.changeStatus(id, { status, reason: null, until: null }, USER('enabled'));
    }
    this.changed(disabled ? 'disabled' : 'enabled', [id]);
    return this.get(id);
  }

  /** Back to healthy on the primary endpoint; label, category, role, account, failover flag and priority stay. */
  reset(id: number): KeySummary {
    this.storedRow(id);
    this.repo.changeStatus(id, { status: 'healthy', reason: null, until: null, endpoint: 'primary' }, USER('reset'));
    this.changed('reset', [id]);
    return this.get(id);
  }

  /** Seals a key's secret again under the current vault, keeping its settings and history. */
  reenter(id: number, key: string): KeySummary {
    const row = this.storedRow(id);
    registerSecret(key);
    // The old fingerprint died with the old master key; the mask is all that says it is the same key.
    if (key.slice(-4) !== row.last4) {
      throw new AppError(
        'reenter_mismatch',
        `This key ends in ${mask(key)}, but “${row.label}” was …${row.last4}. Enter that same key, or add the new one as a key of its own.`,
      );
    }
    const fingerprint = this.vault.fingerprint(key);
    const other = this.repo.idByFingerprint(fingerprint);
    if (other !== undefined && other !== id) {
      throw new AppError('duplicate_key', `This key (${mask(key)}) is already stored as “${this.row(other).label}”.`);
    }
    this.repo.replaceSecret(id, { sealed: this.vault.seal(id, key), last4: key.slice(-4), fingerprint });
    this.sealed.delete(id);
    this.changed('updated', [id]);
    return this.get(id);
  }

  /**
   * The plaintext for a request about to be made. Never log it, never send it to the renderer.
   * This is the engine's hot path: the sealed secret comes from memory and only the decryption runs.
   */
  reveal(id: number): string {
    if (id < 0) return this.environmentKey(id).key;
    let sealed = this.sealed.get(id);
    if (!sealed) {
      const row = this.row(id);
      sealed = { ciphertext: row.ciphertext, iv: row.iv, tag: row.tag, generation: row.vault_generation };
      this.sealed.set(id, sealed);
    }
    const apiKey = this.vault.reveal(id, sealed);
    registerSecret(apiKey);
    return apiKey;
  }

  /** What a call with this key needs, plaintext included; same rules as reveal(). */
  target(id: number): KeyTarget {
    if (id < 0) return { apiKey: this.reveal(id), apiVersion: undefined, status: this.environmentKey(id).status };
    const row = this.row(id);
    return { apiKey: this.reveal(id), apiVersion: row.api_version ?? undefined, status: row.status };
  }

  /** Records a status the user's test showed; environment keys keep theirs in memory. */
  applyStatus(id: number, change: StatusChange, why: EventCause): void {
    if (id < 0) {
      Object.assign(this.environmentKey(id), { status: change.status, reason: change.reason });
    } else {
      this.repo.changeStatus(id, change, why);
    }
  }

  changed(reason: KeysChangeReason, keyIds: number[]): void {
    this.emitEvent('keys.changed', { reason, keyIds });
  }

  /**
   * Before work that will need stored keys' secrets: the vault's own message if it cannot give them
   * (environment keys need no vault, so a profile with none stored is always ready).
   */
  assertStoredKeysReady(): void {
    if (this.repo.count() > 0) this.vault.assertUnlocked();
  }

  /** Environment keys not already in the vault (when the vault can tell). */
  sessionOnlyEnvironmentKeys(): EnvironmentState[] {
    if (!this.vault.isUnlocked()) return this.environment;
    return this.environment.filter((k) => this.repo.idByFingerprint(this.vault.fingerprint(k.key)) === undefined);
  }

  private row(id: number): KeyRow {
    const row = this.repo.get(id);
    if (!row) throw new AppError('key_not_found', `There is no key #${id}.`);
    return row;
  }

  private storedRow(id: number): KeyRow {
    if (id < 0) {
      throw new AppError(
        'environment_key',
        'This key comes from LUSHA_API_KEYS and lasts only for this session; import it into the vault to change it.',
      );
    }
    return this.row(id);
  }

  private environmentKey(id: number): EnvironmentState {
    const env = this.environment.find((k) => k.id === id);
    if (!env) throw new AppError('key_not_found', `There is no key #${id}.`);
    return env;
  }
}

function storedSummary(row: KeyRow, generation: string | null): KeySummary {
  return {
    ...keyBasics(row),
    source: 'vault',
    mask: `…${row.last4}`,
    until: iso(row.until),
    lastUsedAt: iso(row.last_used_at),
    needsReentry: row.vault_generation !== generation,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

function environmentSummary(k: EnvironmentState): KeySummary {
  return {
    id: k.id,
    source: 'environment',
    mask: mask(k.key),
    label: k.label,
    account: k.account,
    category: 'any',
    role: 'active',
    status: k.status,
    reason: k.reason,
    until: null,
    failoverEnabled: false,
    endpoint: 'primary',
    priority: 0,
    counters: { calls: 0, found: 0, notFound: 0, errors: 0, credits: 0 },
    lastUsedAt: null,
    needsReentry: false,
    createdAt: k.createdAt,
    updatedAt: k.createdAt,
  };
}
