// The user's settings in the profile's `settings` table: read through the table's schemas (a value
// that is missing or no longer valid reads as its default), written in one transaction, and
// announced to listeners so the engine and the UI follow without a restart.
import type { Db } from '../db/database';
import { AppError } from '../app/errors';
import {
  SETTING_DEFAULTS,
  SETTING_NAMES,
  SETTINGS,
  validateSetting,
  type SettingName,
  type SettingsPatch,
  type SettingValues,
} from '@shared/settings';

export type SettingsListener = (values: SettingValues, changed: SettingName[]) => void;

/** Values are stored as JSON, which also reads the plain numbers older profiles wrote. */
function decode<N extends SettingName>(name: N, stored: string | undefined): SettingValues[N] {
  if (stored === undefined) return SETTINGS[name].default as SettingValues[N];
  let raw: unknown;
  try {
    raw = JSON.parse(stored);
  } catch {
    raw = stored;
  }
  const checked = validateSetting(name, raw);
  return checked.ok ? checked.value : (SETTINGS[name].default as SettingValues[N]);
}

function storedValue(db: Db, name: SettingName): string | undefined {
  const row = db.prepare('SELECT value FROM settings WHERE name = ?').get(name) as { value: string } | undefined;
  return row?.value;
}

/** One setting, for code that reads it at the moment it acts (a run's start) and keeps no store. */
export function readSetting<N extends SettingName>(db: Db, name: N): SettingValues[N] {
  return decode(name, storedValue(db, name));
}

export class SettingsStore {
  private readonly listeners = new Set<SettingsListener>();

  constructor(private readonly db: Db) {}

  /** Read from the database each time: the command line may share the profile. */
  all(): SettingValues {
    const values = { ...SETTING_DEFAULTS } as Record<SettingName, unknown>;
    for (const name of SETTING_NAMES) values[name] = readSetting(this.db, name);
    return values as SettingValues;
  }

  defaults(): SettingValues {
    return { ...SETTING_DEFAULTS };
  }

  /** Validates the whole patch first, so a bad field writes nothing; listeners hear of real changes only. */
  update(patch: SettingsPatch): SettingValues {
    const before = this.all();
    const valid = this.validate(patch);
    const changed = SETTING_NAMES.filter((name) => name in valid && valid[name] !== before[name]);
    if (changed.length === 0) return before;
    const write = this.db.prepare(
      'INSERT INTO settings (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value',
    );
    this.db.transaction(() => changed.forEach((name) => write.run(name, JSON.stringify(valid[name]))))();
    const after = this.all();
    this.listeners.forEach((listener) => listener(after, changed));
    return after;
  }

  /** Returns the function that stops listening. */
  onChange(listener: SettingsListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private validate(patch: SettingsPatch): SettingsPatch {
    const valid: Record<string, unknown> = {};
    const problems: string[] = [];
    for (const [name, value] of Object.entries(patch)) {
      if (!(name in SETTINGS)) {
        problems.push(`There is no setting called "${name}".`);
        continue;
      }
      const checked = validateSetting(name as SettingName, value);
      if (checked.ok) valid[name] = checked.value;
      else problems.push(checked.message);
    }
    if (problems.length > 0) throw new AppError('invalid_setting', problems.join(' '));
    return valid as SettingsPatch;
  }
}
