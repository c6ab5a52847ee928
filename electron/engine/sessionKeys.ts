// Environment keys (LUSHA_API_KEYS) as the engine sees them: category any, one account each, no
// stored history. Their status lives in memory for the session, mirrored by the key store.
import type { KeyStatus } from '@shared/domain';
import type { KeyRecord } from './types';

export interface SessionKey {
  id: number;
  label: string;
  account: string;
  status: KeyStatus;
  reason: string | null;
}

export const sessionKeyRecord = (key: SessionKey): KeyRecord => ({
  id: key.id,
  label: key.label,
  account: key.account,
  category: 'any',
  role: 'active',
  status: key.status,
  reason: key.reason,
  until: null,
  failoverEnabled: false,
  endpoint: 'primary',
  priority: 0,
  apiVersion: null,
  counters: { calls: 0, found: 0, notFound: 0, errors: 0, credits: 0 },
  lastUsedAt: null,
  limits: {},
});
