// The vault against the real OS keychain (gnome-keyring under dbus-run-session on Linux) and real
// SQLite files: round trips, tampering, a vanished keychain entry, passphrase mode.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../electron/db/database';
import { AppError } from '../../../electron/app/errors';
import { osKeychain } from '../../../electron/vault/keychain';
import { Vault, type SealedKey } from '../../../electron/vault/vault';
import { makeProfileDir } from './profile';

const keychain = osKeychain();
const KEY = 'c0ffee00-1234-4abc-8def-0123456789ab';

interface Opened {
  dir: string;
  db: Db;
  vault: Vault;
}

const opened: Opened[] = [];

async function openVault(dir = makeProfileDir('enrichdesk-vault-'), withKeychain = true): Promise<Opened> {
  const db = openDatabase(path.join(dir, 'vault.sqlite'));
  const vault = new Vault({ db, keychain: withKeychain ? keychain : null });
  await vault.ready;
  const o = { dir, db, vault };
  opened.push(o);
  return o;
}

afterEach(async () => {
  for (const o of opened.splice(0)) {
    await keychain.delete(o.vault.keychainAccount);
    o.db.close();
    fs.rmSync(o.dir, { recursive: true, force: true });
  }
});

function expectAppError(fn: () => unknown, code: string): void {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe(code);
    return;
  }
  throw new Error(`expected AppError ${code}`);
}

async function expectRejects(promise: Promise<unknown>, code: string): Promise<void> {
  await expect(promise).rejects.toSatisfy((e: unknown) => e instanceof AppError && e.code === code);
}

describe('keychain vault', () => {
  it('keeps a random master key in the keychain and round-trips a key', async () => {
    const { vault } = await openVault();
    expect(await vault.status()).toMatchObject({ state: 'unlocked', backend: 'keychain', problem: null });
    const stored = await keychain.get(vault.keychainAccount);
    expect(Buffer.from(stored ?? '', 'base64')).toHaveLength(32);

    const sealed = vault.seal(7, KEY);
    expect(sealed.iv).toHaveLength(12);
    expect(sealed.tag).toHaveLength(16);
    expect(sealed.ciphertext.toString('utf8')).not.toContain(KEY);
    expect(vault.reveal(7, sealed)).toBe(KEY);
    expect(vault.seal(7, KEY).iv.equals(sealed.iv)).toBe(false);
  });

  it('opens the same vault again after a restart', async () => {
    const first = await openVault();
    const sealed = first.vault.seal(1, KEY);
    const again = new Vault({ db: first.db, keychain });
    await again.ready;
    expect((await again.status()).state).toBe('unlocked');
    expect(again.reveal(1, sealed)).toBe(KEY);
    expect(again.fingerprint(KEY)).toBe(first.vault.fingerprint(KEY));
  });

  it('refuses tampered ciphertext, iv, tag or a row swap cleanly', async () => {
    const { vault } = await openVault();
    const sealed = vault.seal(3, KEY);
    const flip = (b: Buffer) => Buffer.from(b.map((x, i) => (i === 0 ? x ^ 1 : x)));
    const variants: SealedKey[] = [
      { ...sealed, ciphertext: flip(sealed.ciphertext) },
      { ...sealed, iv: flip(sealed.iv) },
      { ...sealed, tag: flip(sealed.tag) },
      { ...sealed, tag: sealed.tag.subarray(0, 8) },
    ];
    for (const v of variants) expectAppError(() => vault.reveal(3, v), 'key_unreadable');
    expectAppError(() => vault.reveal(4, sealed), 'key_unreadable');
  });

  it('fingerprints with a key derived from the master key, never a bare hash', async () => {
    const a = await openVault();
    const b = await openVault();
    const fp = a.vault.fingerprint(KEY);
    expect(fp).toMatch(/^[0-9a-f]{64}$/);
    expect(fp).not.toBe(crypto.createHash('sha256').update(KEY).digest('hex'));
    expect(b.vault.fingerprint(KEY)).not.toBe(fp);
    expect(a.vault.fingerprint(`${KEY}x`)).not.toBe(fp);
  });

  it('is unreadable, not broken, when its keychain entry vanished; a reset starts over without deleting', async () => {
    const { db, vault } = await openVault();
    const sealed = vault.seal(1, KEY);
    await keychain.delete(vault.keychainAccount);

    const after = new Vault({ db, keychain });
    await after.ready;
    expect(await after.status()).toMatchObject({ state: 'unreadable', problem: 'keychain_entry_missing' });
    expect((await after.status()).message).toMatch(/kept exactly as they are/);
    expectAppError(() => after.reveal(1, sealed), 'vault_unreadable');
    expectAppError(() => after.fingerprint(KEY), 'vault_unreadable');
    await expectRejects(after.setupPassphrase('a long passphrase'), 'vault_unreadable');

    const reset = await after.reset();
    expect(reset).toMatchObject({ state: 'unlocked', backend: 'keychain' });
    expectAppError(() => after.reveal(1, sealed), 'key_needs_reentry');
    const resealed = after.seal(1, KEY);
    expect(after.reveal(1, resealed)).toBe(KEY);
  });

  it('is unreadable when the keychain holds a different master key (a profile from another computer)', async () => {
    const { db, vault } = await openVault();
    await keychain.set(vault.keychainAccount, crypto.randomBytes(32).toString('base64'));
    const other = new Vault({ db, keychain });
    await other.ready;
    expect(await other.status()).toMatchObject({ state: 'unreadable', problem: 'master_key_mismatch' });
  });

  it('comes back when the keychain entry is restored and the status is asked again', async () => {
    const { db, vault } = await openVault();
    const master = await keychain.get(vault.keychainAccount);
    await keychain.delete(vault.keychainAccount);
    const later = new Vault({ db, keychain });
    expect((await later.status()).state).toBe('unreadable');
    await keychain.set(vault.keychainAccount, master as string);
    expect((await later.refresh()).state).toBe('unlocked');
  });
});

describe('passphrase vault', () => {
  it('needs a passphrase when there is no keychain, and never stores a key without one', async () => {
    const { vault } = await openVault(undefined, false);
    expect(await vault.status()).toMatchObject({ state: 'needs_passphrase', backend: null, problem: 'keychain_disabled' });
    expectAppError(() => vault.seal(1, KEY), 'vault_needs_passphrase');
    await expectRejects(vault.setupPassphrase('short'), 'weak_passphrase');
    expect(await vault.setupPassphrase('correct horse battery')).toMatchObject({ state: 'unlocked', backend: 'passphrase' });
    expect(vault.reveal(1, vault.seal(1, KEY))).toBe(KEY);
  });

  it('starts locked, refuses a wrong passphrase cleanly and unlocks with the right one', async () => {
    const { db, vault } = await openVault(undefined, false);
    await vault.setupPassphrase('correct horse battery');
    const sealed = vault.seal(2, KEY);

    const next = new Vault({ db, keychain: null });
    expect((await next.status()).state).toBe('locked');
    expectAppError(() => next.reveal(2, sealed), 'vault_locked');
    await expectRejects(next.unlock('wrong horse battery'), 'wrong_passphrase');
    expect((await next.status()).state).toBe('locked');
    expect(await next.unlock('correct horse battery')).toMatchObject({ state: 'unlocked', backend: 'passphrase' });
    expect(next.reveal(2, sealed)).toBe(KEY);
  });

  it('fails cleanly when the wrapped master key was tampered with', async () => {
    const { db, vault } = await openVault(undefined, false);
    await vault.setupPassphrase('correct horse battery');
    db.prepare("UPDATE vault SET value = zeroblob(60) WHERE name = 'wrapped_master'").run();
    const next = new Vault({ db, keychain: null });
    await expectRejects(next.unlock('correct horse battery'), 'wrong_passphrase');
  });

  it('moves an open keychain vault to a passphrase, keeping its keys and removing the keychain copy', async () => {
    const { db, vault } = await openVault();
    const sealed = vault.seal(5, KEY);
    await vault.setupPassphrase('correct horse battery');
    expect(await keychain.get(vault.keychainAccount)).toBeNull();

    const next = new Vault({ db, keychain });
    expect(await next.status()).toMatchObject({ state: 'locked', backend: 'passphrase' });
    await next.unlock('correct horse battery');
    expect(next.reveal(5, sealed)).toBe(KEY);
  });

  it('stores only ciphertext, a salt and a wrapped master key in the database', async () => {
    const { dir, db, vault } = await openVault(undefined, false);
    await vault.setupPassphrase('correct horse battery');
    const sealed = vault.seal(1, KEY);
    db.prepare('CREATE TABLE probe (c BLOB)').run();
    db.prepare('INSERT INTO probe VALUES (?)').run(sealed.ciphertext);
    db.pragma('wal_checkpoint(TRUNCATE)');
    const bytes = fs.readFileSync(path.join(dir, 'vault.sqlite'));
    expect(bytes.includes(Buffer.from(KEY))).toBe(false);
    expect(bytes.includes(Buffer.from('correct horse battery'))).toBe(false);
  });
});
