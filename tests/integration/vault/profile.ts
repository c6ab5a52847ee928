// A real profile for vault and key tests: a temp folder with its SQLite file, the real OS keychain
// (each profile has its own uuid as keychain account, removed again by cleanup), recorded events,
// and a scripted stand-in for the host's file dialogs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createServices, type ServiceOptions, type Services } from '../../../electron/app/services';
import { databasePath } from '../../../electron/app/paths';
import type { Dialogs } from '../../../electron/app/host';
import type { EventName, Events } from '@shared/contract';
import { openDatabase } from '../../../electron/db/database';
import { osKeychain } from '../../../electron/vault/keychain';

export interface RecordedEvent {
  event: EventName;
  payload: Events[EventName];
}

export interface TestProfile {
  dir: string;
  services: Services;
  events: RecordedEvent[];
  dialogs: Dialogs & { nextKeysFile: string | null };
  /** Closes and opens the profile again, as after a restart. */
  restart(options?: Partial<ServiceOptions>): Services;
  cleanup(): Promise<void>;
}

export function makeProfileDir(prefix = 'enrichdesk-keys-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** The keychain account a profile's vault uses, read from its database. */
export function keychainAccountOf(profileDir: string): string | null {
  const db = openDatabase(databasePath(profileDir));
  try {
    const row = db.prepare("SELECT value FROM vault WHERE name = 'profile_id'").get() as { value: Buffer | string } | undefined;
    return row ? row.value.toString() : null;
  } finally {
    db.close();
  }
}

export async function forgetKeychainEntry(profileDir: string): Promise<void> {
  const account = keychainAccountOf(profileDir);
  if (account) await osKeychain().delete(account);
}

export async function openTestProfile(options: Partial<ServiceOptions> = {}): Promise<TestProfile> {
  const dir = options.profileDir ?? makeProfileDir();
  const events: RecordedEvent[] = [];
  const dialogs: TestProfile['dialogs'] = {
    nextKeysFile: null,
    openCsv: async () => null,
    saveCsv: async () => null,
    openKeysFile: async () => dialogs.nextKeysFile,
  };
  const start = (extra: Partial<ServiceOptions>) =>
    createServices({
      profileDir: dir,
      dialogs,
      emit: (event, payload) => events.push({ event, payload }),
      version: 'test',
      env: {},
      ...options,
      ...extra,
    });
  const profile: TestProfile = {
    dir,
    services: start({}),
    events,
    dialogs,
    restart(extra = {}) {
      profile.services.close();
      profile.services = start(extra);
      return profile.services;
    },
    async cleanup() {
      profile.services.close();
      await forgetKeychainEntry(dir);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  await profile.services.keys.vault.ready;
  return profile;
}

/** Calls a channel through the dispatcher, as any transport would, and unwraps the envelope. */
export async function call<T = unknown>(services: Services, channel: string, request: unknown = {}): Promise<T> {
  const envelope = await services.dispatch(channel, request);
  if (!envelope.ok) throw Object.assign(new Error(envelope.error.message), { code: envelope.error.code });
  return envelope.value as T;
}

/** Keys that look like Lusha's (uuid-like), distinct per test run. */
export function fakeKey(tag: string): string {
  const hex = Buffer.from(`${tag}-${Math.random()}`).toString('hex').padEnd(32, '0').slice(0, 32);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
