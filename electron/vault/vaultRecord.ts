// The vault's own rows in the `vault` table: which backend protects the master key, the profile's
// keychain account, the current generation, a check value that proves a master key is the right one,
// and — in passphrase mode — the scrypt parameters and the wrapped master key.
import crypto from 'node:crypto';
import type { Db } from '../db/database';
import type { ScryptParams } from './crypto';

export type VaultBackend = 'keychain' | 'passphrase';

export interface VaultSetup {
  backend: VaultBackend;
  generation: string;
  check: Buffer;
  /** Passphrase backend only. */
  kdf?: ScryptParams;
  wrappedMaster?: Buffer;
}

const SETUP_NAMES = ['mode', 'generation', 'check', 'kdf', 'wrapped_master'] as const;

export class VaultRecord {
  constructor(private readonly db: Db) {}

  /** The keychain account of this profile: a uuid kept in the profile, so a copied database finds no entry. */
  profileId(): string {
    const existing = this.get('profile_id');
    if (existing) return existing.toString('utf8');
    const id = crypto.randomUUID();
    this.put('profile_id', Buffer.from(id, 'utf8'));
    return id;
  }

  setup(): VaultSetup | null {
    const mode = this.get('mode')?.toString('utf8');
    const generation = this.get('generation')?.toString('utf8');
    const check = this.get('check');
    if ((mode !== 'keychain' && mode !== 'passphrase') || !generation || !check) return null;
    const kdf = this.get('kdf');
    return {
      backend: mode,
      generation,
      check,
      kdf: kdf ? (JSON.parse(kdf.toString('utf8')) as ScryptParams) : undefined,
      wrappedMaster: this.get('wrapped_master') ?? undefined,
    };
  }

  /** The generation the stored keys were sealed under, even while the vault cannot be opened. */
  generation(): string | null {
    return this.get('generation')?.toString('utf8') ?? null;
  }

  save(setup: VaultSetup): void {
    this.db.transaction(() => {
      this.clear();
      this.put('mode', Buffer.from(setup.backend, 'utf8'));
      this.put('generation', Buffer.from(setup.generation, 'utf8'));
      this.put('check', setup.check);
      if (setup.kdf) this.put('kdf', Buffer.from(JSON.stringify(setup.kdf), 'utf8'));
      if (setup.wrappedMaster) this.put('wrapped_master', setup.wrappedMaster);
    })();
  }

  /** Forgets the master key's protection; the profile id stays so the keychain account is reused. */
  clear(): void {
    const del = this.db.prepare('DELETE FROM vault WHERE name = ?');
    for (const name of SETUP_NAMES) del.run(name);
  }

  private get(name: string): Buffer | null {
    const row = this.db.prepare('SELECT value FROM vault WHERE name = ?').get(name) as { value: Buffer | string } | undefined;
    if (!row) return null;
    return Buffer.isBuffer(row.value) ? row.value : Buffer.from(row.value, 'utf8');
  }

  private put(name: string, value: Buffer): void {
    this.db
      .prepare('INSERT INTO vault (name, value) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET value = excluded.value')
      .run(name, value);
  }
}
