// Small builders for the engine's unit tests.
import type { CallOutcome, LushaError, RateHeaders } from '../../../electron/lusha/types';
import { Buckets, type PlanLimits } from '../../../electron/engine/buckets';
import { KeyPool } from '../../../electron/engine/keyPool';
import type { KeyRecord } from '../../../electron/engine/types';

import { NO_RATE_HEADERS as NO_HEADERS } from '../../../electron/lusha/headers';

export { NO_HEADERS };

export const failure = (error: Partial<LushaError> & Pick<LushaError, 'kind'>, headers: Partial<RateHeaders> = {}): CallOutcome<never> => ({
  ok: false,
  error: { httpStatus: null, message: error.kind, ...error },
  headers: { ...NO_HEADERS, ...headers },
});

export const success = <T>(value: T): CallOutcome<T> => ({ ok: true, value, headers: NO_HEADERS });

export function keyRecord(id: number, over: Partial<KeyRecord> = {}): KeyRecord {
  return {
    id,
    label: `key ${id}`,
    account: 'acct-a',
    category: 'phones',
    role: 'active',
    status: 'healthy',
    reason: null,
    until: null,
    failoverEnabled: false,
    endpoint: 'primary',
    priority: 0,
    apiVersion: null,
    counters: { calls: 0, found: 0, notFound: 0, errors: 0, credits: 0 },
    lastUsedAt: null,
    limits: {},
    ...over,
  };
}

export const UNLIMITED: PlanLimits = { minute: null, hourly: null, daily: null };

export function poolOf(records: KeyRecord[], { concurrency = 4, plan = UNLIMITED }: { concurrency?: number; plan?: PlanLimits } = {}) {
  const pool = new KeyPool(new Buckets(plan), concurrency);
  pool.load(records);
  return pool;
}
