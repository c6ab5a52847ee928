// DESIGN §4 as a table: how one classified Lusha answer moves the row and the key (or its account).
// `RULES` is the spec a reviewer compares line by line; `judge()` only fills in what depends on the
// key (its failover state) and on time (durations).
import type { CallOutcome, ForbiddenReason, LushaError, LushaErrorKind, RateHeaders } from '../lusha/types';
import type { Endpoint, KeyStatus } from './types';

/** What happens to the row (the request). */
export type RowVerdict = 'found' | 'not_found' | 'failed' | 'retry_elsewhere' | 'retry_backoff';

/** Who the key effect applies to: this key, or every key of its Lusha account in one step. */
export type Scope = 'key' | 'account';

/** Why a row failed without a retry; the runner shows settings errors to the user. */
export type FailureCause = 'request' | 'settings' | 'cancelled';

/** What an answer does to the key, as written in the table. */
export type KeyEffect =
  | { do: 'success' } // clears the failure window
  | { do: 'nothing' }
  | { do: 'count_failure' } // N in the failure window → unavailable (circuit open)
  | { do: 'retire'; status: 'invalid' | 'exhausted' | 'blocked' } // a standby key is promoted
  | { do: 'failover_else_retire'; status: 'exhausted' | 'blocked' }
  | { do: 'bench'; status: 'cooling' } // settings.cooldownMs, Retry-After as a floor
  | { do: 'bench'; status: 'quota'; fallbackSec: number }; // "Reset in N seconds", else fallbackSec

export interface Rule {
  row: RowVerdict;
  key: KeyEffect;
  scope: Scope;
  failure?: FailureCause;
}

export type Answer = 'ok' | Exclude<LushaErrorKind, 'forbidden'> | `forbidden:${ForbiddenReason}`;

const SUCCESS: KeyEffect = { do: 'success' };
const NOTHING: KeyEffect = { do: 'nothing' };
const FAILURE: KeyEffect = { do: 'count_failure' };
const HOUR = 3_600;
const DAY = 86_400;

export const RULES: Readonly<Record<Answer, Rule>> = {
  // answer                          row                        key (and its account)                                      scope
  ok: { row: 'found', key: SUCCESS, scope: 'key' },
  not_found: { row: 'not_found', key: SUCCESS, scope: 'key' },
  bad_request: { row: 'failed', key: NOTHING, scope: 'key', failure: 'request' },
  compliance: { row: 'failed', key: NOTHING, scope: 'key', failure: 'request' },
  invalid_key: { row: 'retry_elsewhere', key: { do: 'retire', status: 'invalid' }, scope: 'key' },
  no_credits: { row: 'retry_elsewhere', key: { do: 'failover_else_retire', status: 'exhausted' }, scope: 'key' },
  'forbidden:account_inactive': { row: 'retry_elsewhere', key: { do: 'failover_else_retire', status: 'blocked' }, scope: 'key' },
  'forbidden:other': { row: 'retry_elsewhere', key: { do: 'failover_else_retire', status: 'blocked' }, scope: 'key' },
  'forbidden:reveal_not_on_plan': { row: 'failed', key: NOTHING, scope: 'key', failure: 'settings' },
  // The client falls back to V2 itself; if this still reaches us, retrying is all that is left.
  'forbidden:v3_not_enabled': { row: 'retry_backoff', key: NOTHING, scope: 'key' },
  rate_burst: { row: 'retry_backoff', key: { do: 'bench', status: 'cooling' }, scope: 'account' },
  quota_hourly: { row: 'retry_elsewhere', key: { do: 'bench', status: 'quota', fallbackSec: HOUR }, scope: 'account' },
  quota_daily: { row: 'retry_elsewhere', key: { do: 'bench', status: 'quota', fallbackSec: DAY }, scope: 'account' },
  trial_spent: { row: 'retry_elsewhere', key: { do: 'retire', status: 'exhausted' }, scope: 'key' },
  server: { row: 'retry_backoff', key: FAILURE, scope: 'key' },
  timeout: { row: 'retry_backoff', key: FAILURE, scope: 'key' },
  network: { row: 'retry_backoff', key: FAILURE, scope: 'key' },
  malformed: { row: 'retry_backoff', key: FAILURE, scope: 'key' },
  cancelled: { row: 'failed', key: NOTHING, scope: 'key', failure: 'cancelled' },
};

/** The key effect with the key's state and time filled in. */
export type Effect =
  | { do: 'success' }
  | { do: 'nothing' }
  | { do: 'count_failure' }
  /** endpoint null: every key it touches stays on the endpoint it is on. */
  | { do: 'set'; status: KeyStatus; endpoint: Endpoint | null; forMs: number | null; promote: boolean };

export interface Verdict {
  row: RowVerdict;
  scope: Scope;
  effect: Effect;
  failure: FailureCause | null;
}

export interface KeyFacts {
  failoverEnabled: boolean;
  endpoint: Endpoint;
}

export interface RuleContext {
  cooldownMs: number;
  /** False when settings have no failover URL: then no key can fail over. */
  failoverConfigured: boolean;
}

export const answerOf = (error: LushaError): Answer =>
  error.kind === 'forbidden' ? `forbidden:${error.forbiddenReason ?? 'other'}` : error.kind;

/** The server's own wait ("Reset in N seconds", Retry-After) in ms, or 0: a floor for any delay. */
export const serverDelayMs = (error: LushaError, headers: RateHeaders): number => (error.resetSec ?? headers.retryAfterSec ?? 0) * 1000;

export function judge(outcome: CallOutcome<unknown>, key: KeyFacts, ctx: RuleContext): Verdict {
  if (outcome.ok) return { row: RULES.ok.row, scope: RULES.ok.scope, effect: { do: 'success' }, failure: null };
  const rule = RULES[answerOf(outcome.error)];
  return {
    row: rule.row,
    scope: rule.scope,
    effect: resolve(rule.key, outcome.error, outcome.headers, key, ctx),
    failure: rule.failure ?? null,
  };
}

function resolve(effect: KeyEffect, error: LushaError, headers: RateHeaders, key: KeyFacts, ctx: RuleContext): Effect {
  switch (effect.do) {
    case 'success':
    case 'nothing':
    case 'count_failure':
      return effect;
    case 'retire':
      return { do: 'set', status: effect.status, endpoint: null, forMs: null, promote: true };
    case 'failover_else_retire':
      // "failover-enabled and healthy → failover; already on failover or no failover → retired".
      return ctx.failoverConfigured && key.failoverEnabled && key.endpoint === 'primary'
        ? { do: 'set', status: 'failover', endpoint: 'failover', forMs: null, promote: false }
        : { do: 'set', status: effect.status, endpoint: null, forMs: null, promote: true };
    case 'bench': {
      const server = serverDelayMs(error, headers);
      const forMs = effect.status === 'cooling' ? Math.max(ctx.cooldownMs, server) : server || effect.fallbackSec * 1000;
      return { do: 'set', status: effect.status, endpoint: null, forMs, promote: false };
    }
  }
}
