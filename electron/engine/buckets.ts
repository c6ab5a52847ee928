// Per-account request budgets. They start from the plan table and learn from the x-*-requests-left
// headers, so the scheduler never sends what Lusha would refuse anyway.
//
// Each budget is a sliding log of send times, not a fixed window: Lusha's windows are aligned to its
// own clock, which we cannot see, and "at most N in any span" is the only count that stays within
// "at most N per window" whatever the alignment.
import type { RateHeaders } from '../lusha/types';
import type { LearnedLimits } from './types';

/** Requests per window; null = the plan sets no such limit. */
export interface PlanLimits {
  minute: number | null;
  hourly: number | null;
  daily: number | null;
}

// lusha-api.md, "Plan quotas (per minute / hour / day)".
export const PLANS = {
  free: { minute: 40, hourly: null, daily: 100 }, // Free–Starter
  pro: { minute: 50, hourly: 150, daily: 1_500 },
  premium: { minute: 300, hourly: 1_800, daily: 18_000 },
  scale: { minute: 300, hourly: 5_000, daily: 50_000 },
  legacy: { minute: 300, hourly: 600, daily: 6_000 },
} as const satisfies Record<string, PlanLimits>;

export type PlanName = keyof typeof PLANS;

/** lusha-api.md: "Default burst limit 25 requests per second per endpoint" (the lower of two figures). */
export const BURST_PER_SECOND = 25;

type Learnable = keyof PlanLimits;
const LEARNABLE: readonly Learnable[] = ['minute', 'hourly', 'daily'];
const SPAN_MS: Record<Learnable, number> = { minute: 60_000, hourly: 3_600_000, daily: 86_400_000 };
const HEADERS: Record<Learnable, { limit: keyof RateHeaders; left: keyof RateHeaders }> = {
  minute: { limit: 'minuteLimit', left: 'minuteLeft' },
  hourly: { limit: 'hourlyLimit', left: 'hourlyLeft' },
  daily: { limit: 'dailyLimit', left: 'dailyLeft' },
};

/** At most `limit` sends in any `span` ms. */
class SlidingWindow {
  private times: number[] = [];
  private head = 0;

  constructor(
    private readonly span: number,
    public limit: number,
    /** The limit came from Lusha's headers, not from the plan table. */
    private learned = false,
  ) {}

  /** A new plan only replaces a guess: a limit Lusha told us stays. Sends made while the window had
   *  no limit were not logged, so a window that gains one counts from now (headers correct it). */
  replan(limit: number): void {
    if (!this.learned) this.limit = limit;
  }

  isOpen(now: number): boolean {
    return this.used(now) < this.limit;
  }

  take(now: number): void {
    if (Number.isFinite(this.limit)) this.times.push(now);
  }

  /** When the window admits a send again. */
  reopensAt(now: number): number {
    const over = this.used(now) - this.limit;
    return over < 0 ? now : this.times[this.head + over] + this.span;
  }

  /**
   * Applies one answer's headers. `unanswered` are sends the server may not have counted yet. A
   * known limit only ever tightens our count (answers arrive out of order); a newly learned limit
   * replaces a guessed plan, so the server's count replaces ours. Returns true when the limit changed.
   */
  observe(limit: number | null, left: number | null, unanswered: number, now: number): boolean {
    const learned = limit !== null && limit !== this.limit;
    if (limit !== null) this.learned = true;
    if (learned) this.limit = limit;
    if (left === null || !Number.isFinite(this.limit)) return learned;
    const serverUsed = Math.min(this.limit, this.limit - left + unanswered);
    const gap = serverUsed - this.used(now);
    // Sends we did not see count from now: the latest they can have happened.
    for (let i = 0; i < gap; i++) this.times.push(now);
    if (learned && gap < 0) this.head -= gap;
    return learned;
  }

  private used(now: number): number {
    const edge = now - this.span;
    while (this.head < this.times.length && this.times[this.head] <= edge) this.head++;
    if (this.head > 1024 && this.head * 2 > this.times.length) {
      this.times = this.times.slice(this.head);
      this.head = 0;
    }
    return this.times.length - this.head;
  }
}

export class AccountBucket {
  private readonly burst = new SlidingWindow(1_000, BURST_PER_SECOND);
  private readonly learnable: Record<Learnable, SlidingWindow>;
  private readonly all: readonly SlidingWindow[];
  /** Tokens taken whose answer has not come back. */
  private unanswered = 0;
  /** canTake() for one instant, so a select() over many keys of one account reads the windows once. */
  private checkedAt = NaN;
  private open = false;

  constructor(plan: PlanLimits, learned: LearnedLimits = {}) {
    const make = (w: Learnable) => new SlidingWindow(SPAN_MS[w], learned[w] ?? plan[w] ?? Infinity, learned[w] !== undefined);
    this.learnable = { minute: make('minute'), hourly: make('hourly'), daily: make('daily') };
    this.all = [this.burst, this.learnable.minute, this.learnable.hourly, this.learnable.daily];
  }

  canTake(now: number): boolean {
    if (now !== this.checkedAt) {
      this.checkedAt = now;
      this.open = this.all.every((w) => w.isOpen(now));
    }
    return this.open;
  }

  take(now: number): void {
    for (const w of this.all) w.take(now);
    this.unanswered += 1;
    this.checkedAt = NaN;
  }

  /** The answer to a taken token came back (headers null: it never reached Lusha's limiter). Returns newly learned limits, if any. */
  answered(headers: RateHeaders | null, now: number): LearnedLimits | null {
    this.unanswered -= 1;
    if (!headers) return null;
    this.checkedAt = NaN;
    let learned = false;
    for (const w of LEARNABLE) {
      const h = HEADERS[w];
      learned = this.learnable[w].observe(headers[h.limit], headers[h.left], this.unanswered, now) || learned;
    }
    return learned ? this.limits() : null;
  }

  replan(plan: PlanLimits): void {
    for (const w of LEARNABLE) this.learnable[w].replan(plan[w] ?? Infinity);
    this.checkedAt = NaN;
  }

  /** When a token could next be available (now if one is). */
  reopensAt(now: number): number {
    let at = now;
    for (const w of this.all) at = Math.max(at, w.reopensAt(now));
    return at;
  }

  limits(): LearnedLimits {
    const out: LearnedLimits = {};
    for (const w of LEARNABLE) if (Number.isFinite(this.learnable[w].limit)) out[w] = this.learnable[w].limit;
    return out;
  }
}

/** One bucket per Lusha account, created on first sight. */
export class Buckets {
  private readonly byAccount = new Map<string, AccountBucket>();

  constructor(private plan: PlanLimits) {}

  /** Accounts seen later start from the new plan; those seen already keep what Lusha told them. */
  replan(plan: PlanLimits): void {
    this.plan = plan;
    for (const bucket of this.byAccount.values()) bucket.replan(plan);
  }

  for(account: string, learned: LearnedLimits = {}): AccountBucket {
    let bucket = this.byAccount.get(account);
    if (!bucket) {
      bucket = new AccountBucket(this.plan, learned);
      this.byAccount.set(account, bucket);
    }
    return bucket;
  }
}
