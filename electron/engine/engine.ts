// The rotation engine: every Lusha request goes through execute(), which picks a key, sends, reads
// the answer through the rules table, benches or retires keys, and retries as the table says.
import type { Db } from '../db/database';
import { mask, redact, type Logger } from '../app/logger';
import type { ApiVersion, CallOutcome, CallTarget, EnrichResponse, LushaError, RateHeaders, UsageResponse } from '../lusha/types';
import { backoffMs } from './backoff';
import { Buckets, PLANS, type PlanLimits, type PlanName } from './buckets';
import { realClock, type Clock } from './clock';
import { AllKeysOutError } from './errors';
import { KeyPool } from './keyPool';
import { KeyRecorder } from './keyRecorder';
import { seededRng, type Rng } from '../app/random';
import { Recovery } from './recovery';
import { judge, serverDelayMs, type FailureCause, type KeyFacts, type RuleContext, type Verdict } from './rules';
import { causeOf, consequences, promote } from './transitions';
import type { Actor, Counters, KeyCategory, KeyChange, KeyChangeEvent, KeyRecord, KeyState, KeyStatus } from './types';

export interface EngineSettings {
  baseUrl: string;
  /** Where failover-enabled keys go after a 402 or a block on the primary URL; null = no failover. */
  failoverBaseUrl: string | null;
  /** Rate-limit bench, and the pause before an unavailable key's probe. */
  cooldownMs: number;
  sweepMs: number;
  /** Transient answers (5xx, timeouts, bursts) a request may get before its row fails. */
  maxAttempts: number;
  /** `count` transient failures within `ms` open a key's circuit. */
  failureWindow: { count: number; ms: number };
  perKeyConcurrency: number;
  /** Budgets before Lusha's headers tell the real ones. */
  plan: PlanName | PlanLimits;
  /** Most a bench end is spread by, so keys benched together come back apart. */
  recoveryJitterMs: number;
}

/** What configure() may change on a running engine; the rest is fixed at construction. */
export type LiveSettings = Pick<EngineSettings, 'baseUrl' | 'failoverBaseUrl' | 'cooldownMs' | 'sweepMs' | 'plan'>;

export const DEFAULT_SETTINGS: Omit<EngineSettings, 'baseUrl'> = {
  failoverBaseUrl: null,
  cooldownMs: 120_000,
  sweepMs: 30_000,
  maxAttempts: 5,
  failureWindow: { count: 5, ms: 60_000 },
  perKeyConcurrency: 4,
  plan: 'free',
  recoveryJitterMs: 10_000,
};

export interface EngineOptions {
  db: Db;
  clock?: Clock;
  rng?: Rng;
  /** Plaintext of a key from the vault; kept only for the call being made. */
  reveal(keyId: number): string;
  /** A no-credit call (account usage) that tells whether an unavailable key works again. */
  probe(target: CallTarget, keyId: number): Promise<CallOutcome<UsageResponse>>;
  settings: Partial<EngineSettings> & Pick<EngineSettings, 'baseUrl'>;
  onKeyChange?(event: KeyChangeEvent): void;
  /** Keys of this session only (environment keys): pooled like stored ones, never persisted. */
  sessionKeys?(): KeyRecord[];
  /** No key can serve the category before eta (ms epoch); callers are waiting. */
  onWaiting?(wait: { category: KeyCategory; eta: number }): void;
  logger?: Logger;
}

export type LushaRequest<T> = (target: CallTarget, keyId: number) => Promise<CallOutcome<T>>;

/** What a successful answer held, for the key's counters. */
export interface Tally {
  found: number;
  notFound: number;
  credits: number;
  apiVersion?: ApiVersion;
}

export const tallyEnrich = (response: EnrichResponse): Tally => ({
  found: response.results.filter((r) => r.outcome === 'found').length,
  notFound: response.results.filter((r) => r.outcome === 'not_found').length,
  credits: response.creditsCharged,
  apiVersion: response.apiVersion,
});

export interface ExecuteOptions<T> {
  signal?: AbortSignal;
  runId?: number | null;
  tally?(value: T): Tally;
  /** This request waits for a key until eta; null once it has one again. */
  onWaiting?(eta: number | null): void;
}

/**
 * ok: Lusha answered 200 (per-contact results inside are the caller's to read). Otherwise the row's
 * outcome: not_found, or failed because of the request, the plan's settings, or too many retries.
 */
export type ExecuteResult<T> =
  | { ok: true; value: T; keyId: number; headers: RateHeaders }
  | {
      ok: false;
      rowOutcome: 'failed' | 'not_found';
      error: LushaError;
      keyId: number;
      cause: FailureCause | 'retries' | null;
    };

export interface KeySnapshot {
  id: number;
  label: string;
  account: string;
  category: KeyCategory;
  role: KeyState['role'];
  status: KeyStatus;
  reason: string | null;
  until: number | null;
  endpoint: KeyState['endpoint'];
  failoverEnabled: boolean;
  priority: number;
  inFlight: number;
  counters: Counters;
  lastUsedAt: number | null;
}

const NOTHING_FOUND: Tally = { found: 0, notFound: 0, credits: 0 };
const OK_CAUSE = { cause: 'ok', httpStatus: 200, message: null };

/** An error answered by Lusha still proves which API version serves the key; silence proves nothing. */
const versionThatAnswered = (error: LushaError): ApiVersion | undefined =>
  error.httpStatus !== null && error.forbiddenReason !== 'v3_not_enabled' ? error.apiVersion : undefined;

const planLimits = (plan: EngineSettings['plan']): PlanLimits => (typeof plan === 'string' ? PLANS[plan] : plan);

export class RotationEngine {
  private settings: EngineSettings;
  private readonly clock: Clock;
  private readonly rng: Rng;
  private readonly recorder: KeyRecorder;
  private readonly buckets: Buckets;
  private readonly pool: KeyPool;
  private readonly recovery: Recovery;
  private readonly rules: RuleContext;
  private stopSweep: (() => void) | null = null;

  constructor(private readonly options: EngineOptions) {
    this.settings = { ...DEFAULT_SETTINGS, ...options.settings };
    this.clock = options.clock ?? realClock;
    this.rng = options.rng ?? seededRng(Date.now());
    this.recorder = new KeyRecorder(options.db, options.onKeyChange, options.sessionKeys);
    this.buckets = new Buckets(planLimits(this.settings.plan));
    this.pool = new KeyPool(this.buckets, this.settings.perKeyConcurrency);
    this.rules = { cooldownMs: this.settings.cooldownMs, failoverConfigured: this.settings.failoverBaseUrl !== null };
    this.recovery = new Recovery({
      pool: this.pool,
      clock: this.clock,
      rng: this.rng,
      cooldownMs: this.settings.cooldownMs,
      failureWindow: this.settings.failureWindow,
      jitterMs: this.settings.recoveryJitterMs,
      rules: this.rules,
      probe: (key) => options.probe(this.target(key), key.id),
      commit: (changes, actor) => this.commit(changes, actor, null),
      report: (error) => options.logger?.error('key probe failed', error),
    });
    this.reload();
  }

  /** Sends one request with the best key, and again with others as the rules say, until it has an outcome. */
  async execute<T>(category: KeyCategory, request: LushaRequest<T>, options: ExecuteOptions<T> = {}): Promise<ExecuteResult<T>> {
    const { signal, runId = null, tally } = options;
    for (let transient = 0; ;) {
      const key = await this.acquire(category, options);
      // Judged by where this call went: a concurrent answer may have moved the key meanwhile.
      const sent: KeyFacts = { failoverEnabled: key.failoverEnabled, endpoint: key.endpoint };
      const outcome = await this.send(key, request, signal);
      this.count(key, outcome, tally);
      const verdict = this.apply(key, sent, outcome, runId);
      // An answer that came back is kept even if the caller gave up meanwhile: it may have cost credits.
      if (outcome.ok) return { ok: true, value: outcome.value, keyId: key.id, headers: outcome.headers };
      signal?.throwIfAborted();

      const { error, headers } = outcome;
      switch (verdict.row) {
        case 'retry_elsewhere':
          // Needs no attempt count: every such answer benches or retires the key or its account.
          break;
        case 'retry_backoff':
          transient += 1;
          if (transient >= this.settings.maxAttempts) {
            return { ok: false, rowOutcome: 'failed', error, keyId: key.id, cause: 'retries' };
          }
          await this.clock.sleep(backoffMs(transient, this.rng, serverDelayMs(error, headers)), signal);
          break;
        default:
          return {
            ok: false,
            rowOutcome: verdict.row === 'not_found' ? 'not_found' : 'failed',
            error,
            keyId: key.id,
            cause: verdict.failure,
          };
      }
    }
  }

  /** Re-reads the keys after the key store changed them (add, edit, delete, reset, enable). */
  reload(): void {
    this.pool.load(this.recorder.loadKeys());
  }

  /** Starts the recovery sweep; keys whose bench ended while the app was closed return at once. */
  start(): void {
    if (this.stopSweep) return;
    this.startSweepTimer();
    void this.sweep();
  }

  /**
   * Applies changed user settings to the running engine. Keys, their states and the benches already
   * decided stay as they are; the next answer, bench, sweep and request follow the new values.
   */
  configure(patch: Partial<LiveSettings>): void {
    const before = this.settings;
    this.settings = { ...before, ...patch };
    const { cooldownMs, failoverBaseUrl, sweepMs, plan } = this.settings;
    // Recovery judges probe answers with this same object, so both see the change.
    Object.assign(this.rules, { cooldownMs, failoverConfigured: failoverBaseUrl !== null });
    this.recovery.setCooldown(cooldownMs);
    if (plan !== before.plan) this.buckets.replan(planLimits(plan));
    if (sweepMs !== before.sweepMs && this.stopSweep) {
      this.stopSweep();
      this.startSweepTimer();
    }
    // A waiting caller may now have a key (a wider bucket) or a different wait.
    this.pool.notify();
  }

  async stop(): Promise<void> {
    this.stopSweep?.();
    this.stopSweep = null;
    await this.recovery.idle();
  }

  /** One recovery sweep, probes included. */
  async sweep(): Promise<void> {
    try {
      await this.recovery.sweep();
    } catch (error) {
      this.options.logger?.error('key recovery sweep failed', error);
    }
  }

  private startSweepTimer(): void {
    this.stopSweep = this.clock.every(this.settings.sweepMs, () => void this.sweep());
  }

  snapshot(): KeySnapshot[] {
    return [...this.pool.all()].map((k) => ({
      id: k.id,
      label: k.label,
      account: k.account,
      category: k.category,
      role: k.role,
      status: k.status,
      reason: k.reason,
      until: k.until,
      endpoint: k.endpoint,
      failoverEnabled: k.failoverEnabled,
      priority: k.priority,
      inFlight: k.inFlight,
      counters: { ...k.counters },
      lastUsedAt: k.lastUsedAt,
    }));
  }

  /** A key with budget and a free slot, waiting for one if some key will serve again. */
  private async acquire(
    category: KeyCategory,
    { signal, onWaiting }: Pick<ExecuteOptions<unknown>, 'signal' | 'onWaiting'>,
  ): Promise<KeyState> {
    let announced: number | null = null;
    for (;;) {
      signal?.throwIfAborted();
      const now = this.clock.now();
      let key = this.pool.select(category, now);
      if (!key) {
        this.recovery.returnDue();
        key = this.pool.select(category, now);
      }
      if (key) {
        this.pool.take(key, now);
        if (announced !== null) onWaiting?.(null);
        return key;
      }
      const outlook = this.pool.outlook(category, now);
      if (outlook.kind === 'out') throw new AllKeysOutError(category, outlook.statuses);
      if (outlook.kind === 'promote') {
        this.commit([promote(outlook.key, 'no active key left')], 'engine', null);
        continue;
      }
      if (outlook.eta !== null && outlook.eta !== announced) {
        announced = outlook.eta;
        this.options.onWaiting?.({ category, eta: announced });
        onWaiting?.(announced);
      }
      await this.waitForChange(outlook.eta, signal);
    }
  }

  private async send<T>(key: KeyState, request: LushaRequest<T>, signal?: AbortSignal): Promise<CallOutcome<T>> {
    let headers: RateHeaders | null = null;
    try {
      const outcome = await request(this.target(key, signal), key.id);
      headers = outcome.headers;
      return outcome;
    } finally {
      const learned = this.pool.release(key, headers, this.clock.now());
      if (learned) this.recorder.saveLimits(key.account, learned);
    }
  }

  private target(key: KeyState, signal?: AbortSignal): CallTarget {
    const { baseUrl, failoverBaseUrl } = this.settings;
    return {
      apiKey: this.options.reveal(key.id),
      baseUrl: key.endpoint === 'failover' ? (failoverBaseUrl ?? baseUrl) : baseUrl,
      apiVersion: key.apiVersion ?? undefined,
      signal,
    };
  }

  /** Resolves at eta (if any), at the next pool change, or when the caller aborts. */
  private async waitForChange(eta: number | null, signal: AbortSignal | undefined): Promise<void> {
    const cancel = new AbortController();
    const waits: Promise<void>[] = [this.pool.changed()];
    if (eta !== null) waits.push(this.clock.sleep(eta - this.clock.now(), cancel.signal).catch(() => {}));
    let onAbort = () => {};
    waits.push(new Promise<void>((resolve) => (onAbort = resolve)));
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      await Promise.race(waits);
    } finally {
      cancel.abort();
      signal?.removeEventListener('abort', onAbort);
    }
  }

  /** Reads the answer through the rules table and records what it does to the key or its account. */
  private apply(key: KeyState, sent: KeyFacts, outcome: CallOutcome<unknown>, runId: number | null): Verdict {
    const verdict = judge(outcome, sent, this.rules);
    const cause = outcome.ok ? OK_CAUSE : causeOf(outcome.error);
    const ctx = this.recovery.transitionContext();
    this.commit(consequences(key, verdict.effect, verdict.scope, this.pool, ctx, cause), 'engine', runId);
    return verdict;
  }

  private count<T>(key: KeyState, outcome: CallOutcome<T>, tally: ((value: T) => Tally) | undefined): void {
    const t = outcome.ok && tally ? tally(outcome.value) : NOTHING_FOUND;
    const kind = outcome.ok ? null : outcome.error.kind;
    const delta: Counters = {
      calls: 1,
      found: t.found,
      notFound: t.notFound + (kind === 'not_found' ? 1 : 0),
      errors: kind === null || kind === 'not_found' || kind === 'cancelled' ? 0 : 1,
      credits: t.credits,
    };
    for (const name of Object.keys(delta) as (keyof Counters)[]) key.counters[name] += delta[name];
    this.recorder.countCall(key.id, delta, this.clock.now());
    const version = outcome.ok ? t.apiVersion : versionThatAnswered(outcome.error);
    if (version && version !== key.apiVersion) {
      key.apiVersion = version;
      this.recorder.saveApiVersion(key.id, version);
    }
  }

  /** Records decided changes: database first (one transaction), then memory, then the events. */
  private commit(changes: readonly KeyChange[], actor: Actor, runId: number | null): void {
    // A key the user deleted while its call was in flight has nothing left to record.
    const live = changes.filter((change) => this.pool.get(change.keyId));
    if (live.length === 0) return;
    const at = this.clock.now();
    const events = live.map((change): KeyChangeEvent => ({
      ...change,
      message: change.message === null ? null : this.scrub(change.message, change.keyId),
      at,
      actor,
      runId,
    }));
    this.recorder.record(events, () => events.forEach((e) => this.pool.apply(e)));
    this.pool.notify();
  }

  /** Lusha's messages are masked by the client already; this makes sure of it before they are stored. */
  private scrub(message: string, keyId: number): string {
    const secret = this.options.reveal(keyId);
    return redact(message).split(secret).join(mask(secret));
  }
}
