// Which profile the app opens at start: remembered in the real profile's settings table, so leaving
// the sandbox on brings the user back to it after a restart. A short-lived connection of its own, since
// the real profile's services are closed while the sandbox is open.
import { openDatabase, type Db, type OpenOptions } from '../db/database';
import { APP_MODES, type AppMode } from '@shared/domain';
import { databasePath } from './paths';

const SETTING = 'app.mode';

function withRealDb<T>(profileDir: string, options: OpenOptions, use: (db: Db) => T): T {
  const db = openDatabase(databasePath(profileDir), options);
  try {
    return use(db);
  } finally {
    db.close();
  }
}

const isAppMode = (value: unknown): value is AppMode => APP_MODES.includes(value as AppMode);

export function readRememberedMode(profileDir: string, options: OpenOptions = {}): AppMode {
  const row = withRealDb(profileDir, options, (db) => db.prepare('SELECT value FROM settings WHERE name = ?').get(SETTING)) as
    { value: string } | undefined;
  return isAppMode(row?.value) ? row.value : 'real';
}

export function rememberMode(profileDir: string, mode: AppMode, options: OpenOptions = {}): void {
  withRealDb(profileDir, options, (db) =>
    db
      .prepare('INSERT INTO settings (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value')
      .run(SETTING, mode),
  );
}
