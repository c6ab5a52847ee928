// A run needs its keys' secrets: with the vault locked it is refused up front with the vault's own
// words, and a key that cannot be decrypted mid-run stops the run with a message the user can act on.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices, type ServiceOptions, type Services } from '../../../electron/app/services';
import { startSimulator, type Simulator } from '../../../electron/lusha/simulator/server';
import type { ImportResult, RunSummary } from '@shared/domain';

const PASSPHRASE = 'correct horse battery staple';
const KEY = 'lockedvaultkey000000000000001';

describe('runs and the vault', () => {
  let sim: Simulator;
  let options: ServiceOptions;
  let services: Services;
  let sheetId: number;

  const value = async <T>(channel: string, request: unknown): Promise<T> => {
    const answer = await services.dispatch(channel, request);
    if (!answer.ok) throw new Error(`${channel}: ${answer.error.message}`);
    return answer.value as T;
  };
  const restart = () => {
    services.close();
    services = createServices(options);
  };

  beforeEach(async () => {
    sim = await startSimulator({ seed: 3, accounts: [{ id: 'acme', credits: 1_000 }], keys: [{ key: KEY, account: 'acme' }] });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'enrichdesk-locked-'));
    const csv = path.join(dir, 'people.csv');
    fs.writeFileSync(csv, `LinkedIn URL\n${[0, 1, 2, 3].map((i) => sim.directory.person(i).linkedinUrl).join('\n')}\n`);
    options = {
      profileDir: dir,
      dialogs: { openCsv: async () => null, saveCsv: async () => null, openKeysFile: async () => null },
      emit: () => {},
      version: 'test',
      keychain: null,
      env: { LUSHA_BASE_URL: sim.url },
    };
    services = createServices(options);
    await value('keys.setupPassphrase', { passphrase: PASSPHRASE });
    await value('keys.add', { key: KEY, category: 'any', account: 'acme' });
    sheetId = (await value<ImportResult>('sheets.import', { importId: 'i', path: csv })).sheet.id;
  });

  afterEach(async () => {
    services.close();
    await sim.close();
    fs.rmSync(options.profileDir, { recursive: true, force: true });
  });

  it('refuses to estimate or start while the vault is locked, in the vault’s own words', async () => {
    restart();
    for (const channel of ['runs.estimate', 'runs.start']) {
      const answer = await services.dispatch(channel, { sheetId, kind: 'phones' });
      expect(answer).toMatchObject({ ok: false, error: { code: 'vault_locked' } });
      expect(!answer.ok && answer.error.message).toMatch(/passphrase/);
    }
    expect(await value<RunSummary[]>('runs.list', {})).toEqual([]);

    await value('keys.unlock', { passphrase: PASSPHRASE });
    const run = await value<RunSummary>('runs.start', { sheetId, kind: 'phones' });
    expect((await services.runs.finished(run.id)).run.state).toBe('done');
  });

  it('stops with the key’s own message, rows pending, when a stored key cannot be decrypted', async () => {
    services.db.prepare(`UPDATE keys SET ciphertext = zeroblob(length(ciphertext))`).run();
    restart();
    await value('keys.unlock', { passphrase: PASSPHRASE });
    const run = await value<RunSummary>('runs.start', { sheetId, kind: 'phones' });
    const { run: ended, stopCode } = await services.runs.finished(run.id);
    expect(stopCode).toBe('error');
    expect(ended).toMatchObject({ state: 'stopped', pending: 4, found: 0 });
    expect(ended.message).toMatch(/integrity check.*enter it again\. The remaining rows are pending\./);
    expect(sim.stats().totalCalls).toBe(0);
  });
});
