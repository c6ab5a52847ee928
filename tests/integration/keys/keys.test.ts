// The keys IPC end to end: through services.dispatch on a real profile (temp SQLite file, real OS
// keychain), with key tests going through the real Lusha client to a local usage endpoint.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { KeyEvent, KeyImportResult, KeysChanged, KeyStats, KeySummary, KeyTestResult, VaultOverview } from '@shared/domain';
import { databasePath } from '../../../electron/app/paths';
import { osKeychain } from '../../../electron/vault/keychain';
import { call, fakeKey, keychainAccountOf, openTestProfile, type TestProfile } from '../vault/profile';
import { startUsageUpstream, type UsageUpstream } from './usageUpstream';

let upstream: UsageUpstream;
const profiles: TestProfile[] = [];

beforeAll(async () => {
  upstream = await startUsageUpstream();
});
afterAll(() => upstream.close());
afterEach(async () => {
  for (const p of profiles.splice(0)) await p.cleanup();
});

async function profile(options: Parameters<typeof openTestProfile>[0] = {}): Promise<TestProfile> {
  const p = await openTestProfile({ env: { LUSHA_BASE_URL: upstream.baseUrl }, ...options });
  profiles.push(p);
  return p;
}

async function failure(p: TestProfile, channel: string, request: unknown): Promise<{ code: string; message: string }> {
  const envelope = await p.services.dispatch(channel, request);
  if (envelope.ok) throw new Error(`${channel} should have failed`);
  return envelope.error;
}

const add = (p: TestProfile, request: Record<string, unknown>) => call<KeySummary>(p.services, 'keys.add', { category: 'any', ...request });
const list = (p: TestProfile) => call<KeySummary[]>(p.services, 'keys.list');
const changedEvents = (p: TestProfile) => p.events.filter((e) => e.event === 'keys.changed').map((e) => e.payload as KeysChanged);

describe('keys: add, list, duplicates', () => {
  it('stores a key and lists it masked, with its settings', async () => {
    const p = await profile();
    const key = fakeKey('add');
    const added = await add(p, {
      key,
      label: 'Sales',
      category: 'phones',
      account: 'acme',
      role: 'standby',
      failoverEnabled: true,
      priority: 5,
    });
    expect(added).toMatchObject({
      source: 'vault',
      mask: `…${key.slice(-4)}`,
      label: 'Sales',
      account: 'acme',
      category: 'phones',
      role: 'standby',
      failoverEnabled: true,
      priority: 5,
      status: 'healthy',
      endpoint: 'primary',
      needsReentry: false,
    });
    expect(await list(p)).toEqual([added]);
    expect(p.services.keys.store.reveal(added.id)).toBe(key);
    expect(changedEvents(p)).toEqual([{ reason: 'added', keyIds: [added.id] }]);
  });

  it('defaults the label and account from the mask', async () => {
    const p = await profile();
    const key = fakeKey('defaults');
    expect(await add(p, { key })).toMatchObject({
      label: `Key …${key.slice(-4)}`,
      account: `Key …${key.slice(-4)}`,
      role: 'active',
      priority: 0,
    });
  });

  it('finds a duplicate by its keyed hash and names the stored key by label and mask', async () => {
    const p = await profile();
    const key = fakeKey('dup');
    await add(p, { key, label: 'First' });
    const error = await failure(p, 'keys.add', { key: `  ${key} `, label: 'Second', category: 'emails' });
    expect(error.code).toBe('duplicate_key');
    expect(error.message).toContain('First');
    expect(error.message).toContain(`…${key.slice(-4)}`);
    expect(await list(p)).toHaveLength(1);
  });

  it('refuses what does not look like a key before it reaches the vault', async () => {
    const p = await profile();
    expect((await failure(p, 'keys.add', { key: 'short', category: 'any' })).code).toBe('invalid_request');
    expect((await failure(p, 'keys.add', { key: fakeKey('x'), category: 'sms' })).code).toBe('invalid_request');
  });
});

describe('keys: bulk import', () => {
  const K = [fakeKey('i1'), fakeKey('i2'), fakeKey('i3'), fakeKey('i4')];

  it('imports plain, CSV and .env lines with a result per line', async () => {
    const p = await profile();
    await add(p, { key: K[3], label: 'Already here' });
    const text = [K[0], `Team B,${K[1]},emails`, 'not a key line', `LUSHA_API_KEY_2="${K[2]}"`, K[0], K[3], 'PATH=/usr/bin'].join('\n');
    const result = await call<KeyImportResult>(p.services, 'keys.importText', { text, category: 'phones' });
    expect(result).toMatchObject({ added: 3, duplicates: 2, malformed: 1 });
    expect(result.lines.map((l) => [l.line, l.outcome, l.mask])).toEqual([
      [1, 'added', `…${K[0].slice(-4)}`],
      [2, 'added', `…${K[1].slice(-4)}`],
      [3, 'malformed', null],
      [4, 'added', `…${K[2].slice(-4)}`],
      [5, 'duplicate', `…${K[0].slice(-4)}`],
      [6, 'duplicate', `…${K[3].slice(-4)}`],
      [7, 'ignored', null],
    ]);
    const keys = await list(p);
    expect(keys.map((k) => [k.label, k.category])).toEqual([
      ['Already here', 'any'],
      [`Key …${K[0].slice(-4)}`, 'phones'],
      ['Team B', 'emails'],
      ['LUSHA_API_KEY_2', 'phones'],
    ]);
    expect(changedEvents(p).at(-1)).toEqual({
      reason: 'imported',
      keyIds: result.lines.filter((l) => l.outcome === 'added').map((l) => l.keyId),
    });
  });

  it('imports a file given by path or chosen in the dialog, and says so when it cannot read one', async () => {
    const p = await profile();
    const file = path.join(p.dir, 'keys.env');
    fs.writeFileSync(file, `LUSHA_API_KEY=${K[0]}\n`);
    expect(await call<KeyImportResult>(p.services, 'keys.importFile', { path: file })).toMatchObject({ added: 1 });

    fs.writeFileSync(file, `LUSHA_API_KEY=${K[1]}\n`);
    p.dialogs.nextKeysFile = file;
    expect(await call<KeyImportResult>(p.services, 'keys.importFile', {})).toMatchObject({ added: 1 });
    p.dialogs.nextKeysFile = null;
    expect(await call(p.services, 'keys.importFile', {})).toBeNull();

    expect((await failure(p, 'keys.importFile', { path: path.join(p.dir, 'missing.txt') })).code).toBe('import_failed');
    expect((await failure(p, 'keys.importFile', { path: p.dir })).code).toBe('import_failed');
  });
});

describe('keys: metadata and status actions', () => {
  it('updates settings, disables, enables and resets with a user timeline', async () => {
    const p = await profile();
    const { id } = await add(p, { key: fakeKey('meta'), label: 'Old', failoverEnabled: true });
    const updated = await call<KeySummary>(p.services, 'keys.update', {
      keyId: id,
      label: 'New',
      category: 'emails',
      role: 'standby',
      priority: -3,
    });
    expect(updated).toMatchObject({ label: 'New', category: 'emails', role: 'standby', priority: -3, failoverEnabled: true });

    expect(await call<KeySummary>(p.services, 'keys.setDisabled', { keyId: id, disabled: true })).toMatchObject({ status: 'disabled' });
    expect(await call<KeySummary>(p.services, 'keys.setDisabled', { keyId: id, disabled: false })).toMatchObject({ status: 'healthy' });

    p.services.db
      .prepare("UPDATE keys SET status = 'exhausted', endpoint = 'failover', reason = 'No credits', until = 99 WHERE id = ?")
      .run(id);
    const reset = await call<KeySummary>(p.services, 'keys.reset', { keyId: id });
    expect(reset).toMatchObject({
      status: 'healthy',
      endpoint: 'primary',
      reason: null,
      until: null,
      label: 'New',
      failoverEnabled: true,
      priority: -3,
    });

    const history = await call<KeyEvent[]>(p.services, 'keys.history', { keyId: id });
    expect(history.map((e) => [e.fromStatus, e.toStatus, e.cause, e.actor])).toEqual([
      ['exhausted', 'healthy', 'reset', 'user'],
      ['disabled', 'healthy', 'enabled', 'user'],
      ['healthy', 'disabled', 'disabled', 'user'],
    ]);
    expect(changedEvents(p).map((e) => e.reason)).toEqual(['added', 'updated', 'disabled', 'enabled', 'reset']);
  });

  it('re-enables a key that was on failover on its failover endpoint', async () => {
    const p = await profile();
    const { id } = await add(p, { key: fakeKey('fo'), failoverEnabled: true });
    p.services.db.prepare("UPDATE keys SET status = 'failover', endpoint = 'failover' WHERE id = ?").run(id);
    await call(p.services, 'keys.setDisabled', { keyId: id, disabled: true });
    expect(await call<KeySummary>(p.services, 'keys.setDisabled', { keyId: id, disabled: false })).toMatchObject({ status: 'failover' });
  });

  it('removes a key with its history and counts what is left', async () => {
    const p = await profile();
    const a = await add(p, { key: fakeKey('r1'), role: 'standby' });
    const b = await add(p, { key: fakeKey('r2'), failoverEnabled: true });
    await call(p.services, 'keys.setDisabled', { keyId: b.id, disabled: true });
    expect(await call<KeyStats>(p.services, 'keys.stats')).toMatchObject({
      total: 2,
      standby: 1,
      failoverEnabled: 1,
      byStatus: { healthy: 1, disabled: 1 },
    });
    expect(p.services.keys.store.reveal(a.id)).toMatch(/-/);
    await call(p.services, 'keys.remove', { keyId: a.id });
    expect(() => p.services.keys.store.reveal(a.id)).toThrow(/no key/);
    expect((await list(p)).map((k) => k.id)).toEqual([b.id]);
    expect((await failure(p, 'keys.remove', { keyId: a.id })).code).toBe('key_not_found');
    expect(p.services.db.prepare('SELECT count(*) AS n FROM key_events WHERE key_id = ?').get(a.id)).toEqual({ n: 0 });
  });
});

describe('keys: test through the Lusha client', () => {
  it('reports valid with credits, invalid, blocked, exhausted, and errors without changing the key', async () => {
    const p = await profile();
    const keys = {
      valid: fakeKey('tv'),
      invalid: fakeKey('ti'),
      inactive: fakeKey('tb'),
      no_credits: fakeKey('tn'),
      server_error: fakeKey('ts'),
    };
    const ids: Record<string, number> = {};
    for (const [script, key] of Object.entries(keys)) {
      upstream.script.set(key, script as never);
      ids[script] = (await add(p, { key, label: script })).id;
    }
    const test = (name: string) => call<KeyTestResult>(p.services, 'keys.test', { keyId: ids[name] });

    expect(await test('valid')).toMatchObject({
      outcome: 'valid',
      creditsRemaining: 38,
      creditsTotal: 40,
      creditsUsed: 2,
      status: 'healthy',
    });
    expect(await test('invalid')).toMatchObject({ outcome: 'invalid', status: 'invalid' });
    expect(await test('inactive')).toMatchObject({ outcome: 'blocked', status: 'blocked' });
    expect(await test('no_credits')).toMatchObject({ outcome: 'exhausted', creditsRemaining: 0, status: 'exhausted' });
    expect(await test('server_error')).toMatchObject({ outcome: 'error', status: 'healthy' });
    expect(upstream.seenKeys).toEqual(expect.arrayContaining(Object.values(keys)));

    const history = await call<KeyEvent[]>(p.services, 'keys.history', { keyId: ids.invalid });
    expect(history[0]).toMatchObject({ toStatus: 'invalid', cause: 'test', actor: 'user', httpStatus: 401 });
    expect(history[0].message).not.toContain(keys.invalid);

    upstream.script.set(keys.invalid, 'valid');
    expect(await test('invalid')).toMatchObject({ outcome: 'valid', status: 'healthy' });
  });
});

describe('keys: environment fallback', () => {
  it('uses LUSHA_API_KEYS for the session without writing them anywhere, until imported', async () => {
    const envKeys = [fakeKey('e1'), fakeKey('e2')];
    const p = await profile({ env: { LUSHA_BASE_URL: upstream.baseUrl, LUSHA_API_KEYS: envKeys.join(',') } });
    const listed = await list(p);
    expect(listed.map((k) => [k.id, k.source, k.category, k.account, k.mask])).toEqual([
      [-1, 'environment', 'any', 'environment #1', `…${envKeys[0].slice(-4)}`],
      [-2, 'environment', 'any', 'environment #2', `…${envKeys[1].slice(-4)}`],
    ]);
    expect(p.services.keys.store.reveal(-2)).toBe(envKeys[1]);
    expect(await call<KeyTestResult>(p.services, 'keys.test', { keyId: -1 })).toMatchObject({ outcome: 'valid' });
    expect((await failure(p, 'keys.update', { keyId: -1, label: 'x' })).code).toBe('environment_key');
    expect(await call<KeyStats>(p.services, 'keys.stats')).toMatchObject({ total: 2, environment: 2 });

    p.services.db.pragma('wal_checkpoint(TRUNCATE)');
    const onDisk = fs.readFileSync(databasePath(p.dir));
    for (const k of envKeys) expect(onDisk.includes(Buffer.from(k))).toBe(false);

    const imported = await call<KeyImportResult>(p.services, 'keys.importEnvironment');
    expect(imported).toMatchObject({ added: 2, duplicates: 0 });
    const after = await list(p);
    expect(after.map((k) => [k.source, k.label])).toEqual([
      ['vault', 'LUSHA_API_KEYS #1'],
      ['vault', 'LUSHA_API_KEYS #2'],
    ]);
  });

  it('keeps environment keys usable while the vault is locked', async () => {
    const envKey = fakeKey('locked');
    const p = await profile({ keychain: null, env: { LUSHA_API_KEYS: envKey } });
    expect((await call<VaultOverview>(p.services, 'keys.vaultStatus')).state).toBe('needs_passphrase');
    expect(p.services.keys.store.reveal(-1)).toBe(envKey);
    expect((await list(p)).map((k) => k.source)).toEqual(['environment']);
  });
});

describe('keys: vault states through IPC', () => {
  it('asks for a passphrase without a keychain, then is locked after a restart until unlocked', async () => {
    const p = await profile({ keychain: null });
    expect(await call<VaultOverview>(p.services, 'keys.vaultStatus')).toMatchObject({
      state: 'needs_passphrase',
      problem: 'keychain_disabled',
      storedKeys: 0,
    });
    expect((await failure(p, 'keys.add', { key: fakeKey('np'), category: 'any' })).code).toBe('vault_needs_passphrase');

    await call(p.services, 'keys.setupPassphrase', { passphrase: 'correct horse battery' });
    const key = fakeKey('pp');
    const { id } = await add(p, { key, label: 'Locked away' });

    p.restart({ keychain: null });
    expect(await call<VaultOverview>(p.services, 'keys.vaultStatus')).toMatchObject({
      state: 'locked',
      backend: 'passphrase',
      storedKeys: 1,
    });
    expect((await list(p)).map((k) => k.label)).toEqual(['Locked away']);
    expect((await failure(p, 'keys.test', { keyId: id })).code).toBe('vault_locked');
    expect((await failure(p, 'keys.unlock', { passphrase: 'wrong horse battery' })).code).toBe('wrong_passphrase');
    expect((await call<VaultOverview>(p.services, 'keys.unlock', { passphrase: 'correct horse battery' })).state).toBe('unlocked');
    expect(p.services.keys.store.reveal(id)).toBe(key);
  });

  it('shows an unreadable vault when the keychain entry is gone, keeps the keys, and lets them be re-entered', async () => {
    const p = await profile();
    const key = fakeKey('gone');
    const { id } = await add(p, { key, label: 'Keep me', category: 'phones', priority: 9 });
    await osKeychain().delete(keychainAccountOf(p.dir) as string);

    p.restart();
    const status = await call<VaultOverview>(p.services, 'keys.vaultStatus');
    expect(status).toMatchObject({ state: 'unreadable', problem: 'keychain_entry_missing', storedKeys: 1 });
    expect((await list(p))[0]).toMatchObject({ id, label: 'Keep me', needsReentry: false });
    expect((await failure(p, 'keys.add', { key: fakeKey('other'), category: 'any' })).code).toBe('vault_unreadable');
    expect((await failure(p, 'keys.resetVault', {})).code).toBe('invalid_request');

    expect((await call<VaultOverview>(p.services, 'keys.resetVault', { confirm: true })).state).toBe('unlocked');
    expect((await list(p))[0]).toMatchObject({ id, label: 'Keep me', category: 'phones', priority: 9, needsReentry: true });
    expect((await failure(p, 'keys.test', { keyId: id })).code).toBe('key_needs_reentry');

    // Only the same key may take this key's place (and history): its last four must match the mask.
    const otherKey = key.slice(0, -1) + (key.endsWith('0') ? '1' : '0');
    const wrong = await failure(p, 'keys.reenter', { keyId: id, key: otherKey });
    expect(wrong).toMatchObject({ code: 'reenter_mismatch' });
    expect(wrong.message).toContain(`…${key.slice(-4)}`);
    expect((await list(p))[0]).toMatchObject({ id, needsReentry: true });

    const reentered = await call<KeySummary>(p.services, 'keys.reenter', { keyId: id, key });
    expect(reentered).toMatchObject({ id, needsReentry: false, label: 'Keep me' });
    expect(p.services.keys.store.reveal(id)).toBe(key);
    expect(changedEvents(p).map((e) => e.reason)).toEqual(['added', 'vault', 'updated']);
  });
});
