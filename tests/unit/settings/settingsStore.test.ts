// SettingsStore on a real SQLite file: validation, one-transaction writes, listeners, old values.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../electron/db/database';
import { AppError } from '../../../electron/app/errors';
import { readSetting, SettingsStore } from '../../../electron/settings/settingsStore';
import { SETTING_DEFAULTS, type SettingName } from '@shared/settings';

let dir: string;
let db: Db;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'enrichdesk-settings-'));
  db = openDatabase(path.join(dir, 'profile.db'));
});

afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const stored = (name: string) =>
  (db.prepare('SELECT value FROM settings WHERE name = ?').get(name) as { value: string } | undefined)?.value;

describe('SettingsStore', () => {
  it('reads defaults from an empty profile', () => {
    expect(new SettingsStore(db).all()).toEqual(SETTING_DEFAULTS);
  });

  it('stores a valid patch and tells listeners what changed', () => {
    const store = new SettingsStore(db);
    const heard: SettingName[][] = [];
    store.onChange((_values, changed) => heard.push(changed));
    const after = store.update({ 'jobs.concurrency': 8, 'lusha.baseUrl': 'https://proxy.test', 'lusha.plan': 'free' });
    expect(after).toMatchObject({ 'jobs.concurrency': 8, 'lusha.baseUrl': 'https://proxy.test' });
    expect(stored('jobs.concurrency')).toBe('8');
    expect(heard).toEqual([['lusha.baseUrl', 'jobs.concurrency']]);
    store.update({ 'jobs.concurrency': 8 });
    expect(heard).toHaveLength(1);
  });

  it('refuses a patch with a bad field whole, naming the field', () => {
    const store = new SettingsStore(db);
    const attempt = () => store.update({ 'jobs.concurrency': 6, 'engine.cooldownMinutes': 0 });
    expect(attempt).toThrow(AppError);
    expect(attempt).toThrow('Rate-limit cooldown must be a whole number of minutes from 1 to 120.');
    expect(() => store.update({ 'lusha.failoverBaseUrl': 'ftp://x.test' })).toThrow(/^Failover base URL must be/);
    expect(() => store.update({ 'jobs.speed': 3 } as never)).toThrow('There is no setting called "jobs.speed".');
    expect(store.all()).toEqual(SETTING_DEFAULTS);
  });

  it('reads the plain numbers older profiles stored, and a value gone bad as its default', () => {
    db.prepare(
      "INSERT INTO settings (name, value) VALUES ('jobs.concurrency', '2'), ('jobs.cacheTtlDays', '-5'), ('lusha.plan', 'gold')",
    ).run();
    expect(readSetting(db, 'jobs.concurrency')).toBe(2);
    expect(readSetting(db, 'jobs.cacheTtlDays')).toBe(30);
    expect(readSetting(db, 'lusha.plan')).toBe('free');
  });

  it("leaves settings that are not the user's alone", () => {
    db.prepare("INSERT INTO settings (name, value) VALUES ('app.mode', 'sandbox')").run();
    new SettingsStore(db).update({ 'jobs.cacheTtlDays': 7 });
    expect(stored('app.mode')).toBe('sandbox');
  });
});
