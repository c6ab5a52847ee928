// The run settings users can change, read from the profile's `settings` table with their defaults.
// Read at the start of each run, so a change applies to the next run without a restart.
import type { Db } from '../db/database';

export const JOB_SETTINGS = {
  /** How long a lookup stays good for: after this the person is asked again. */
  cacheTtlDays: { name: 'jobs.cacheTtlDays', fallback: 30, min: 0, max: 3650 },
  /** Bulk requests in flight at once for one run; the engine's buckets may allow fewer. */
  concurrency: { name: 'jobs.concurrency', fallback: 4, min: 1, max: 32 },
} as const;

export type JobSettingName = keyof typeof JOB_SETTINGS;

export function readJobSetting(db: Db, setting: JobSettingName): number {
  const spec = JOB_SETTINGS[setting];
  const row = db.prepare('SELECT value FROM settings WHERE name = ?').get(spec.name) as { value: string } | undefined;
  const value = row ? Number(row.value) : NaN;
  return Number.isFinite(value) ? Math.min(spec.max, Math.max(spec.min, value)) : spec.fallback;
}

export const DAY_MS = 86_400_000;
