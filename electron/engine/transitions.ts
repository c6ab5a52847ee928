// Turns a verdict's key effect into concrete status changes: which keys (the key or its whole
// account), until when, and which standby key steps in. Only the failure window is mutated here;
// everything else is returned as changes for the engine to record.
import type { LushaError } from '../lusha/types';
import type { KeyPool } from './keyPool';
import { answerOf, type Effect, type Scope } from './rules';
import { isOut, isTimed, isUsable, type KeyChange, type KeyState, type KeyStatus } from './types';

/** What caused a change, as the key's timeline shows it. */
export interface Cause {
  cause: string;
  httpStatus: number | null;
  message: string | null;
}

export const causeOf = (error: LushaError): Cause => ({
  cause: answerOf(error),
  httpStatus: error.httpStatus,
  message: error.message,
});

export interface TransitionContext {
  now: number;
  cooldownMs: number;
  failureWindow: { count: number; ms: number };
  /** When a key benched for forMs comes back (recovery adds jitter). */
  returnAt(now: number, forMs: number): number;
}

export function consequences(
  key: KeyState,
  effect: Effect,
  scope: Scope,
  pool: KeyPool,
  ctx: TransitionContext,
  cause: Cause,
): KeyChange[] {
  switch (effect.do) {
    case 'nothing':
      return [];
    case 'success':
      key.failures = [];
      return [];
    case 'count_failure':
      return countFailure(key, ctx, cause);
    case 'set': {
      const targets = scope === 'account' ? pool.siblings(key.account) : [key];
      const changes = targets.flatMap((target) => {
        const until = effect.forMs === null ? null : ctx.returnAt(ctx.now, effect.forMs);
        const change = statusChange(target, statusFor(target, effect.status), until, cause, effect.endpoint ?? target.endpoint);
        return accepts(target, until) && !isNoop(target, change) ? [change] : [];
      });
      return effect.promote && key.role === 'active' && changes.length > 0 ? [...changes, ...promotion(pool, key)] : changes;
    }
  }
}

export function statusChange(key: KeyState, to: KeyStatus, until: number | null, cause: Cause, endpoint = key.endpoint): KeyChange {
  return { keyId: key.id, account: key.account, from: key.status, to, until, endpoint, role: key.role, ...cause };
}

/** A standby key of the retired key's category becomes active, keeping its own settings. */
export function promotion(pool: KeyPool, retired: KeyState): KeyChange[] {
  const standby = pool.standbyFor(retired.category);
  return standby ? [promote(standby, `replaces ${retired.label}`)] : [];
}

export const promote = (standby: KeyState, message: string): KeyChange => ({
  keyId: standby.id,
  account: standby.account,
  from: standby.status,
  to: standby.status,
  until: standby.until,
  endpoint: standby.endpoint,
  role: 'active',
  cause: 'promoted',
  httpStatus: null,
  message,
});

/**
 * Which keys a change may touch. Keys out until the user acts stay out; a bench never shortens a
 * longer bench; an open circuit is left to its probe.
 */
function accepts(target: KeyState, until: number | null): boolean {
  if (isOut(target.status)) return false;
  if (until === null || isUsable(target.status)) return true;
  return (target.status === 'cooling' || target.status === 'quota') && until > (target.until ?? 0);
}

/** A second answer of the same kind from a call that was already in flight changes nothing. */
const isNoop = (key: KeyState, change: KeyChange) =>
  change.to === key.status && change.endpoint === key.endpoint && change.until === null && key.until === null;

/** Failing over a benched key changes its endpoint; it returns as `failover` when its time is up. */
const statusFor = (target: KeyState, to: KeyStatus): KeyStatus => (to === 'failover' && isTimed(target.status) ? target.status : to);

function countFailure(key: KeyState, ctx: TransitionContext, cause: Cause): KeyChange[] {
  const since = ctx.now - ctx.failureWindow.ms;
  key.failures = key.failures.filter((at) => at > since);
  key.failures.push(ctx.now);
  if (key.failures.length < ctx.failureWindow.count || !isUsable(key.status)) return [];
  return [statusChange(key, 'unavailable', ctx.returnAt(ctx.now, ctx.cooldownMs), { ...cause, cause: 'circuit_open' })];
}
