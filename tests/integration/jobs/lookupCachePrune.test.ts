// Lookups past the cache's lifetime are dropped when a profile opens: they can never be served again,
// and keeping them would leave people's phones and emails on disk for no use.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createServices } from '../../../electron/app/services';

const DAY = 86_400_000;
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

const open = (profileDir: string) =>
  createServices({
    profileDir,
    dialogs: { openCsv: async () => null, saveCsv: async () => null, openKeysFile: async () => null },
    emit: () => {},
    version: 'test',
    keychain: null,
    env: {},
  });

describe('lookup cache lifetime', () => {
  it('drops entries older than the TTL setting when the profile opens, and keeps fresh ones', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'enrichdesk-cache-'));
    dirs.push(dir);
    const first = open(dir);
    await first.dispatch('settings.update', { patch: { 'jobs.cacheTtlDays': 10 } });
    const put = first.db.prepare(
      `INSERT INTO lookup_cache (identity, kind, outcome, result, fetched_at) VALUES (?, 'phones', 'not_found', NULL, ?)`,
    );
    put.run('linkedin.com/in/stale', Date.now() - 11 * DAY);
    put.run('linkedin.com/in/fresh', Date.now() - 9 * DAY);
    first.close();

    const second = open(dir);
    const left = second.db.prepare('SELECT identity FROM lookup_cache ORDER BY identity').pluck().all();
    second.close();
    expect(left).toEqual(['linkedin.com/in/fresh']);
  });
});
