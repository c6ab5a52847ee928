// The emergency fallback: keys given as LUSHA_API_KEYS=k1,k2,… are usable for this session only.
// They live in memory, never on disk, under negative ids so they cannot collide with stored keys.
import { API_KEY_PATTERN } from '@shared/domain';
import { registerSecret } from '../app/logger';

export const ENVIRONMENT_VARIABLE = 'LUSHA_API_KEYS';

export interface EnvironmentKey {
  id: number;
  key: string;
  label: string;
  /** One account each: nothing says two environment keys share credits. */
  account: string;
}

export interface EnvironmentKeys {
  keys: EnvironmentKey[];
  /** Entries that do not look like keys; reported, never used. */
  rejected: number;
}

export function readEnvironmentKeys(env: NodeJS.ProcessEnv = process.env): EnvironmentKeys {
  const entries = (env[ENVIRONMENT_VARIABLE] ?? '')
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);
  const unique = [...new Set(entries)];
  const valid = unique.filter((k) => API_KEY_PATTERN.test(k));
  for (const key of unique) registerSecret(key);
  return {
    keys: valid.map((key, i) => ({ id: -(i + 1), key, label: `${ENVIRONMENT_VARIABLE} #${i + 1}`, account: `environment #${i + 1}` })),
    rejected: unique.length - valid.length,
  };
}
