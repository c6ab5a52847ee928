// The command line end to end: `node bin/enrichdesk.mjs …` in a child process with its own profile
// folder, the real keychain, and key tests against a local usage endpoint. Checks exit codes, masked
// output and that no key plaintext is ever printed.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { KeySummary } from '@shared/domain';
import { osKeychain } from '../../../electron/vault/keychain';
import { fakeKey, forgetKeychainEntry, keychainAccountOf, makeProfileDir } from '../vault/profile';
import { startUsageUpstream, type UsageUpstream } from './usageUpstream';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const BIN = path.join(ROOT, 'bin', 'enrichdesk.mjs');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

let upstream: UsageUpstream;
const homes: string[] = [];
/** Every key handed to the CLI; none may ever appear in what it prints. */
const secrets: string[] = [];

beforeAll(async () => {
  upstream = await startUsageUpstream();
});
afterAll(() => upstream.close());
afterEach(async () => {
  for (const home of homes.splice(0)) {
    await forgetKeychainEntry(home);
    fs.rmSync(home, { recursive: true, force: true });
  }
});

function newHome(): string {
  const home = makeProfileDir('enrichdesk-cli-');
  homes.push(home);
  return home;
}

function key(tag: string): string {
  const k = fakeKey(tag);
  secrets.push(k);
  return k;
}

function cli(home: string, args: string[], options: { input?: string; env?: Record<string, string | undefined> } = {}): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, ENRICHDESK_HOME: home, LUSHA_BASE_URL: upstream.baseUrl, ...options.env };
  for (const name of ['LUSHA_API_KEYS', 'ENRICHDESK_PASSPHRASE', 'ENRICHDESK_KEYCHAIN'])
    if (!(options.env && name in options.env)) delete env[name];
  for (const [name, value] of Object.entries(env)) if (value === undefined) delete env[name];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      for (const s of secrets) expect(stdout + stderr, `printed …${s.slice(-4)}`).not.toContain(s);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(options.input ?? '');
  });
}

// Each run starts Node and tsx afresh, which takes seconds on a busy machine: generous limits.
describe('enrichdesk CLI', { timeout: 180_000 }, () => {
  it('prints help and refuses bad command lines with exit code 1', async () => {
    const home = newHome();
    const help = await cli(home, ['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('keys add');
    expect(help.stdout).toContain('Exit codes:');

    const addHelp = await cli(home, ['keys', 'add', '--help']);
    expect(addHelp.code).toBe(0);
    expect(addHelp.stdout).toContain('Usage: enrichdesk keys add --label LABEL --category CATEGORY');

    expect((await cli(home, ['keys', '--help'])).code).toBe(0);
    expect((await cli(home, ['frobnicate'])).code).toBe(1);
    expect((await cli(home, ['keys', 'add', '--category', 'any'], { input: key('u1') })).code).toBe(1);
    const badCategory = await cli(home, ['keys', 'add', '--label', 'x', '--category', 'sms'], { input: key('u2') });
    expect(badCategory.code).toBe(1);
    expect(badCategory.stderr).toContain('--category must be one of phones, emails, any');
    expect((await cli(home, ['keys', 'remove', 'abc'])).code).toBe(1);
    expect((await cli(home, ['keys', 'list', '--bogus'])).code).toBe(1);
  });

  it('adds from stdin or --key, lists masked, imports, tests, disables and removes', async () => {
    const home = newHome();
    const k1 = key('c1');
    const k2 = key('c2');
    const added = await cli(home, ['keys', 'add', '--label', 'Main', '--category', 'phones', '--account', 'acme'], { input: `${k1}\n` });
    expect(added.code).toBe(0);
    expect(added.stdout).toContain(`Added key 1 …${k1.slice(-4)} “Main” (phones, account acme).`);
    expect((await cli(home, ['keys', 'add', '--label', 'Second', '--category', 'emails', '--key', k2, '--failover'])).code).toBe(0);

    const duplicate = await cli(home, ['keys', 'add', '--label', 'Dup', '--category', 'any'], { input: k1 });
    expect(duplicate.code).toBe(2);
    expect(duplicate.stderr).toContain('already stored as “Main”');

    const [k3, k4] = [key('c3'), key('c4')];
    upstream.script.set(k3, 'invalid');
    const file = path.join(home, 'keys.txt');
    fs.writeFileSync(file, [`Bad one,${k3},any`, 'garbage', `LUSHA_API_KEY=${k4}`, k1].join('\n'));
    const imported = await cli(home, ['keys', 'import', file]);
    expect(imported.code).toBe(4);
    expect(imported.stdout).toContain(`line 1: added …${k3.slice(-4)}`);
    expect(imported.stdout).toContain('line 2: malformed');
    expect(imported.stdout).toContain(`line 4: duplicate …${k1.slice(-4)}`);
    expect(imported.stdout).toContain('2 added, 1 duplicate, 1 malformed');
    expect((await cli(home, ['keys', 'import', path.join(home, 'nope.txt')])).code).toBe(2);

    const envKey = key('c-env');
    const listed = await cli(home, ['keys', 'list'], { env: { LUSHA_API_KEYS: envKey } });
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/^ID\s+KEY\s+LABEL/);
    expect(listed.stdout).toMatch(new RegExp(`e1\\s+…${envKey.slice(-4)}\\s+LUSHA_API_KEYS #1.*environment`));
    const json = JSON.parse((await cli(home, ['keys', 'list', '--json'])).stdout) as KeySummary[];
    expect(json.map((k) => [k.id, k.mask, k.label, k.status])).toEqual([
      [1, `…${k1.slice(-4)}`, 'Main', 'healthy'],
      [2, `…${k2.slice(-4)}`, 'Second', 'healthy'],
      [3, `…${k3.slice(-4)}`, 'Bad one', 'healthy'],
      [4, `…${k4.slice(-4)}`, 'LUSHA_API_KEY', 'healthy'],
    ]);

    const good = await cli(home, ['keys', 'test', '1']);
    expect(good.code).toBe(0);
    expect(good.stdout).toContain('valid — The key works (38 credits left).');
    const all = await cli(home, ['keys', 'test']);
    expect(all.code).toBe(4);
    expect(all.stdout).toContain(`3 …${k3.slice(-4)}: invalid`);

    expect((await cli(home, ['keys', 'disable', '2'])).stdout).toContain('is now disabled');
    expect((await cli(home, ['keys', 'enable', '2'])).stdout).toContain('is now healthy');
    expect((await cli(home, ['keys', 'reset', '3'])).stdout).toContain('is now healthy');
    expect((await cli(home, ['keys', 'remove', '4'])).code).toBe(0);
    expect((await cli(home, ['keys', 'remove', '4'])).code).toBe(2);
  });

  it('uses a passphrase vault when the keychain is off, with ENRICHDESK_PASSPHRASE', async () => {
    const home = newHome();
    const off = { ENRICHDESK_KEYCHAIN: 'off' };
    const k = key('p1');
    const needs = await cli(home, ['keys', 'add', '--label', 'P', '--category', 'any'], { input: k, env: off });
    expect(needs.code).toBe(3);
    expect(needs.stderr).toContain('enrichdesk vault setup-passphrase');

    expect((await cli(home, ['vault', 'setup-passphrase'], { env: { ...off, ENRICHDESK_PASSPHRASE: 'cli pass phrase' } })).code).toBe(0);
    const locked = await cli(home, ['keys', 'add', '--label', 'P', '--category', 'any'], { input: k, env: off });
    expect(locked.code).toBe(3);
    expect(locked.stderr).toContain('ENRICHDESK_PASSPHRASE');
    const wrong = await cli(home, ['keys', 'add', '--label', 'P', '--category', 'any'], {
      input: k,
      env: { ...off, ENRICHDESK_PASSPHRASE: 'not the phrase' },
    });
    expect(wrong.code).toBe(3);
    expect(
      (
        await cli(home, ['keys', 'add', '--label', 'P', '--category', 'any'], {
          input: k,
          env: { ...off, ENRICHDESK_PASSPHRASE: 'cli pass phrase' },
        })
      ).code,
    ).toBe(0);

    const status = await cli(home, ['vault', 'status'], { env: off });
    expect(status.code).toBe(3);
    expect(status.stdout).toContain('state:    locked');
    expect((await cli(home, ['keys', 'list'], { env: off })).stdout).toContain('P');
  });

  it('says plainly when no keychain can be reached', async () => {
    const home = newHome();
    const status = await cli(home, ['vault', 'status', '--json'], {
      env: { DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/bus', DISPLAY: undefined },
    });
    expect(status.code).toBe(3);
    expect(JSON.parse(status.stdout)).toMatchObject({ state: 'needs_passphrase', problem: 'keychain_unavailable' });
  });

  it('reports an unreadable vault with exit code 3, resets it and re-enters a key', async () => {
    const home = newHome();
    const k = key('gone');
    expect((await cli(home, ['keys', 'add', '--label', 'Kept', '--category', 'phones'], { input: k })).code).toBe(0);
    await osKeychain().delete(keychainAccountOf(home) as string);

    expect((await cli(home, ['keys', 'list'])).stdout).toContain('Kept');
    const test = await cli(home, ['keys', 'test', '1']);
    expect(test.code).toBe(3);
    expect(test.stderr).toContain('enrichdesk vault reset --yes');
    expect((await cli(home, ['vault', 'reset'])).code).toBe(1);
    expect((await cli(home, ['vault', 'reset', '--yes'])).code).toBe(0);
    expect((await cli(home, ['keys', 'list'])).stdout).toMatch(/healthy \(re-enter\)/);
    expect((await cli(home, ['keys', 'test', '1'])).code).toBe(3);
    const all = await cli(home, ['keys', 'test']);
    expect(all.code).toBe(4);
    expect(all.stdout).toContain(`1 …${k.slice(-4)}: not tested — This key was stored before the vault was reset`);
    expect((await cli(home, ['keys', 'reenter', '1'], { input: k })).code).toBe(0);
    expect((await cli(home, ['keys', 'test', '1'])).code).toBe(0);
  });
});
