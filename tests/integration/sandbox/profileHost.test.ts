// Sandbox mode end to end in the core: a ProfileHost on a real profile folder (real SQLite, the real OS
// keychain for the user's own profile), switched through the contract as the renderer would, with
// the in-process simulator answering the sandbox keys over real HTTP.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ProfileHost, type ProfileHostOptions } from '../../../electron/app/profileHost';
import { sandboxProfileDir } from '../../../electron/app/sandboxProfile';
import { SAMPLE_SHEET_NAME } from '../../../electron/app/sandboxSeed';
import type { EventName } from '@shared/contract';
import type { KeySummary, KeyTestResult, ModeInfo, RunEstimate, RunSummary, SheetSummary } from '@shared/domain';
import { createLushaClient, type LushaClient } from '../../../electron/lusha/client';
import { forgetKeychainEntry } from '../vault/profile';

const SAMPLE_CSV = path.join(import.meta.dirname, '..', '..', '..', 'resources', 'sample-prospects.csv');
const PROSPECTS = path.join(import.meta.dirname, '..', '..', 'e2e', 'fixtures', 'prospects.csv');
const REAL_KEY = 'real0000-1111-2222-3333-444455556666';
const ENV_KEY = 'envk0000-1111-2222-3333-444455557777';

interface TestHost {
  host: ProfileHost;
  events: EventName[];
  /** Base URLs the Lusha client was asked to call. */
  baseUrls: Set<string>;
}

const dirs: string[] = [];
const hosts: ProfileHost[] = [];

afterEach(async () => {
  for (const host of hosts.splice(0)) await host.close();
  for (const dir of dirs.splice(0)) {
    await forgetKeychainEntry(dir);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

/** Records the base URL of every usage probe, to reach the simulator the sandbox was given. */
function recordingClient(baseUrls: Set<string>): LushaClient {
  const client = createLushaClient();
  return { ...client, usage: (target) => (baseUrls.add(target.baseUrl), client.usage(target)) };
}

function newProfileDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'enrichdesk-sandbox-'));
  dirs.push(dir);
  return dir;
}

async function openHost(profileDir: string, extra: Partial<ProfileHostOptions> = {}): Promise<TestHost> {
  const events: EventName[] = [];
  const baseUrls = new Set<string>();
  const host = await ProfileHost.open({
    profileDir,
    sampleCsv: SAMPLE_CSV,
    version: 'test',
    env: { LUSHA_API_KEYS: ENV_KEY },
    emit: (event) => events.push(event),
    dialogs: { openCsv: async () => PROSPECTS, saveCsv: async () => null, openKeysFile: async () => null },
    lusha: recordingClient(baseUrls),
    ...extra,
  });
  hosts.push(host);
  await host.services.keys.vault.ready;
  return { host, events, baseUrls };
}

async function call<T>(host: ProfileHost, channel: string, request: unknown = {}): Promise<T> {
  const envelope = await host.dispatch(channel, request);
  if (!envelope.ok) throw Object.assign(new Error(envelope.error.message), { code: envelope.error.code });
  return envelope.value as T;
}

const setMode = (host: ProfileHost, mode: ModeInfo['mode']) => call<ModeInfo>(host, 'app.setMode', { mode });
const sheets = (host: ProfileHost) => call<SheetSummary[]>(host, 'sheets.list');
const keys = (host: ProfileHost) => call<KeySummary[]>(host, 'keys.list');
const keyByLabel = async (host: ProfileHost, label: string) => (await keys(host)).find((k) => k.label === label)!;

/** A user's own profile with one stored key and one imported sheet. */
async function realProfileWithData(extra: Partial<ProfileHostOptions> = {}): Promise<TestHost> {
  const opened = await openHost(newProfileDir(), extra);
  await call(opened.host, 'keys.add', { key: REAL_KEY, label: 'My key', category: 'phones' });
  await call(opened.host, 'sheets.import', { importId: 'real' });
  return opened;
}

describe('sandbox mode', () => {
  it('switching on opens a profile of its own with the sample sheet and the scenario keys, served by the simulator', async () => {
    const { host, events, baseUrls } = await openHost(newProfileDir());
    expect(await call<ModeInfo>(host, 'app.mode')).toEqual({ mode: 'real' });

    expect(await setMode(host, 'sandbox')).toEqual({ mode: 'sandbox' });
    expect(await call<ModeInfo>(host, 'app.mode')).toEqual({ mode: 'sandbox' });
    expect(events).toContain('app.modeChanged');
    expect(host.services.profileDir).toBe(sandboxProfileDir(dirs[0]));

    const [sample] = await sheets(host);
    expect(sample).toMatchObject({ name: SAMPLE_SHEET_NAME, rowCount: 300 });
    const sandboxKeys = await keys(host);
    expect(sandboxKeys.map((k) => [k.label, k.account, k.source])).toEqual(
      expect.arrayContaining([
        ['Sandbox A1', 'sandbox-main', 'vault'],
        ['Sandbox A2', 'sandbox-main', 'vault'],
        ['Sandbox B1', 'sandbox-small', 'vault'],
      ]),
    );
    expect(sandboxKeys).toHaveLength(3);

    const healthy = await call<KeyTestResult>(host, 'keys.test', { keyId: (await keyByLabel(host, 'Sandbox A1')).id });
    const invalid = await call<KeyTestResult>(host, 'keys.test', { keyId: (await keyByLabel(host, 'Sandbox A2')).id });
    expect(healthy.outcome).toBe('valid');
    expect(invalid.outcome).toBe('invalid');
    expect([...baseUrls]).toEqual([expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/)]);
  });

  it('a phones run on the sample sheet works through the sandbox keys, and rotation shows', async () => {
    const { host } = await openHost(newProfileDir());
    await setMode(host, 'sandbox');
    const [sample] = await sheets(host);

    const estimate = await call<RunEstimate>(host, 'runs.estimate', { sheetId: sample.id, kind: 'phones' });
    expect(estimate.lacking.reduce((sum, l) => sum + l.rows, 0)).toBe(8);
    const run = await call<RunSummary>(host, 'runs.start', { sheetId: sample.id, kind: 'phones' });
    const { run: finished } = await host.services.runs.finished(run.id);

    expect(finished.state).toBe('done');
    expect(finished.found).toBeGreaterThan(100);
    expect(finished.found + finished.notFound + finished.skipped + finished.failed).toBe(300);
    const afterPhones = Object.fromEntries((await keys(host)).map((k) => [k.label, k]));
    expect(afterPhones['Sandbox A2'].status).toBe('invalid');
    // B1's account pays for about one batch: it answers during the phones run…
    expect(afterPhones['Sandbox B1']).toMatchObject({ status: 'healthy', counters: { found: expect.any(Number) } });
    expect(afterPhones['Sandbox B1'].counters.found).toBeGreaterThan(0);

    // …and runs dry during the emails run, whose rows then go to A1: nothing is lost.
    const emails = await call<RunSummary>(host, 'runs.start', { sheetId: sample.id, kind: 'emails' });
    const { run: emailsDone } = await host.services.runs.finished(emails.id);
    expect(emailsDone.state).toBe('done');
    const statuses = Object.fromEntries((await keys(host)).map((k) => [k.label, k.status]));
    expect(statuses).toMatchObject({ 'Sandbox A1': 'healthy', 'Sandbox A2': 'invalid', 'Sandbox B1': 'exhausted' });
  });

  it('switching back shows the real profile untouched, with nothing of the sandbox, and stops the simulator', async () => {
    const { host, baseUrls } = await realProfileWithData();
    const realSheets = await sheets(host);
    const realKeys = await keys(host);

    await setMode(host, 'sandbox');
    const inSandbox = await keys(host);
    expect(inSandbox.map((k) => k.label)).not.toContain('My key');
    expect(inSandbox.some((k) => k.source === 'environment')).toBe(false);
    expect((await sheets(host)).map((s) => s.name)).toEqual([SAMPLE_SHEET_NAME]);
    await call(host, 'keys.test', { keyId: inSandbox[0].id });
    const [simulatorUrl] = baseUrls;

    await setMode(host, 'real');
    expect(await call<ModeInfo>(host, 'app.mode')).toEqual({ mode: 'real' });
    expect(await sheets(host)).toEqual(realSheets);
    expect((await keys(host)).map(({ id, label, mask, source }) => ({ id, label, mask, source }))).toEqual(
      realKeys.map(({ id, label, mask, source }) => ({ id, label, mask, source })),
    );
    await expect(fetch(`${simulatorUrl}/account/usage`)).rejects.toThrow();
  });

  it('comes back in the mode the user left it in after a restart', async () => {
    const dir = newProfileDir();
    const first = await openHost(dir);
    await setMode(first.host, 'sandbox');
    await first.host.close();

    const second = await openHost(dir);
    expect(await call<ModeInfo>(second.host, 'app.mode')).toEqual({ mode: 'sandbox' });
    expect((await sheets(second.host)).map((s) => s.name)).toEqual([SAMPLE_SHEET_NAME]);
    await setMode(second.host, 'real');
    await second.host.close();

    const third = await openHost(dir);
    expect(await call<ModeInfo>(third.host, 'app.mode')).toEqual({ mode: 'real' });
    expect(await sheets(third.host)).toEqual([]);
  });

  it('opens the real profile when the sandbox it was left on cannot be opened any more', async () => {
    const dir = newProfileDir();
    const first = await openHost(dir);
    await setMode(first.host, 'sandbox');
    await first.host.close();
    const sandboxDir = sandboxProfileDir(dir);
    fs.rmSync(sandboxDir, { recursive: true });
    fs.mkdirSync(path.join(sandboxDir, 'enrichdesk.sqlite'), { recursive: true });

    const second = await openHost(dir);
    expect(await call<ModeInfo>(second.host, 'app.mode')).toEqual({ mode: 'real' });
    expect(second.host.services.profileDir).toBe(dir);
  });

  it('seeds the sandbox once: switching on again adds no second sheet or key', async () => {
    const { host } = await openHost(newProfileDir());
    await setMode(host, 'sandbox');
    await setMode(host, 'real');
    await setMode(host, 'sandbox');
    expect(await sheets(host)).toHaveLength(1);
    expect(await keys(host)).toHaveLength(3);
  });

  it('a sandbox that cannot be opened leaves the user in their own profile', async () => {
    const { host } = await realProfileWithData({ sampleCsv: path.join(os.tmpdir(), 'no-such-sample.csv') });
    const realSheets = await sheets(host);

    await expect(setMode(host, 'sandbox')).rejects.toMatchObject({ code: 'sandbox_unavailable' });
    expect(await call<ModeInfo>(host, 'app.mode')).toEqual({ mode: 'real' });
    expect(await sheets(host)).toEqual(realSheets);
  });
});
