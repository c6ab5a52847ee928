// Brings benched keys back: timed benches end on their own, an open circuit only after one probe
// that costs no credit. Runs on a sweep and whenever a waiting caller needs a key.
import type { CallOutcome, UsageResponse } from '../lusha/types';
import type { Clock } from './clock';
import type { KeyPool } from './keyPool';
import type { Rng } from '../app/random';
import { judge, type Effect, type RuleContext } from './rules';
import { causeOf, consequences, statusChange, type Cause, type TransitionContext } from './transitions';
import { inServiceStatus, isTimed, type Actor, type KeyChange, type KeyState } from './types';

export interface RecoveryOptions {
  pool: KeyPool;
  clock: Clock;
  rng: Rng;
  cooldownMs: number;
  failureWindow: { count: number; ms: number };
  /** Upper bound of the spread added to a bench so keys benched together do not return together. */
  jitterMs: number;
  rules: RuleContext;
  probe(key: KeyState): Promise<CallOutcome<UsageResponse>>;
  commit(changes: KeyChange[], actor: Actor): void;
  /** A probe runs unawaited; whatever goes wrong recording it ends up here, never as an unhandled rejection. */
  report(error: unknown): void;
}

const COOLDOWN_OVER: Cause = { cause: 'cooldown_over', httpStatus: null, message: null };
const PROBE_OK: Cause = { cause: 'probe_ok', httpStatus: null, message: null };
const NO_CREDITS: Cause = { cause: 'probe_no_credits', httpStatus: null, message: 'The account has no credits left' };

export class Recovery {
  private readonly probes = new Set<Promise<void>>();

  constructor(private options: RecoveryOptions) {}

  /** Benches decided from now on last this long; those already running keep their end. */
  setCooldown(cooldownMs: number): void {
    this.options = { ...this.options, cooldownMs };
  }

  /** The end of a bench of forMs: never earlier (a server's wait is a floor), spread by up to 10 %. */
  returnAt = (now: number, forMs: number): number =>
    now + forMs + Math.round(this.options.rng() * Math.min(forMs * 0.1, this.options.jitterMs));

  transitionContext(): TransitionContext {
    const { clock, cooldownMs, failureWindow } = this.options;
    return { now: clock.now(), cooldownMs, failureWindow, returnAt: this.returnAt };
  }

  /** Returns every key whose bench is over; due unavailable keys get their probe (not awaited). */
  returnDue(): void {
    const { pool, clock, commit } = this.options;
    const now = clock.now();
    const back: KeyChange[] = [];
    for (const key of pool.all()) {
      if (!isTimed(key.status) || key.probing || (key.until ?? 0) > now) continue;
      if (key.status === 'unavailable') this.startProbe(key);
      else back.push(statusChange(key, inServiceStatus(key.endpoint), null, COOLDOWN_OVER));
    }
    commit(back, 'recovery');
  }

  /** One sweep, finished: due keys returned and their probes answered. */
  async sweep(): Promise<void> {
    this.returnDue();
    await this.idle();
  }

  async idle(): Promise<void> {
    await Promise.all(this.probes);
  }

  private startProbe(key: KeyState): void {
    key.probing = true;
    const done = this.probeOnce(key)
      .catch((error: unknown) => this.options.report(error))
      .finally(() => {
        key.probing = false;
        this.probes.delete(done);
        this.options.pool.notify();
      });
    this.probes.add(done);
  }

  private async probeOnce(key: KeyState): Promise<void> {
    let outcome: CallOutcome<UsageResponse> | Error;
    try {
      outcome = await this.options.probe(key);
    } catch (error) {
      outcome = error instanceof Error ? error : new Error(String(error));
    }
    // The user may have reset, disabled or deleted the key while the probe was out: theirs is the last word.
    if (this.options.pool.get(key.id) !== key || key.status !== 'unavailable') return;
    const changes =
      outcome instanceof Error
        ? [this.reopen(key, { cause: 'probe_failed', httpStatus: null, message: outcome.message })]
        : this.afterProbe(key, outcome);
    this.options.commit(changes, 'recovery');
  }

  private afterProbe(key: KeyState, outcome: CallOutcome<UsageResponse>): KeyChange[] {
    const ctx = this.transitionContext();
    if (outcome.ok) {
      if (outcome.value.creditsRemaining !== 0) return [statusChange(key, inServiceStatus(key.endpoint), null, PROBE_OK)];
      const retire: Effect = { do: 'set', status: 'exhausted', endpoint: null, forMs: null, promote: true };
      return consequences(key, retire, 'key', this.options.pool, ctx, NO_CREDITS);
    }
    const verdict = judge(outcome, key, this.options.rules);
    const changes =
      verdict.effect.do === 'set' ? consequences(key, verdict.effect, verdict.scope, this.options.pool, ctx, causeOf(outcome.error)) : [];
    // Whatever else the answer did, the circuit stays open for another cooldown unless the key moved.
    return changes.some((c) => c.keyId === key.id)
      ? changes
      : [...changes, this.reopen(key, { ...causeOf(outcome.error), cause: 'probe_failed' })];
  }

  private reopen(key: KeyState, cause: Cause): KeyChange {
    const now = this.options.clock.now();
    return statusChange(key, 'unavailable', this.returnAt(now, this.options.cooldownMs), cause);
  }
}
