// Per-account request budgets (minute / hour / day). They start from the plan table and learn from the
// x-*-requests-left headers, so the scheduler never sends what Lusha would refuse anyway.
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

type WindowName = keyof PlanLimits;
const WINDOWS: readonly WindowName[] = ['minute', 'hourly', 'daily'];
const SPAN_MS: Record<WindowName, number> = { minute: 60_000, hourly: 3_600_000, daily: 86_400_000 };
const HEADERS: Record<WindowName, { limit: keyof RateHeaders; left: keyof RateHeaders }> = {
  minute: { limit: 'minuteLimit', left: 'minuteLeft' },
  hourly: { limit: 'hourlyLimit', left: 'hourlyLeft' },
  daily: { limit: 'dailyLimit', left: 'dailyLeft' },
};

/** A fixed window that opens with the first request and refills when it ends. */
class Window {
  left: number;
  resetAt: number | null = null;

  constructor(
    private readonly span: number,
    public limit: number,
  ) {
    this.left = limit;
  }

  isOpen(now: number): boolean {
    this.roll(now);
    return this.left > 0;
  }

  take(now: number): void {
    this.roll(now);
    this.resetAt ??= now + this.span;
    this.left -= 1;
  }

  /** Applies one answer's headers; `unanswered` are requests sent that the server may not have counted yet. Returns true when the limit changed. */
  observe(limit: number | null, left: number | null, unanswered: number, now: number): boolean {
    this.roll(now);
    const learned = limit !== null && limit !== this.limit;
    if (learned) this.limit = limit;
    if (left !== null) {
      const serverLeft = Math.max(0, left - unanswered);
      // A known limit: answers may arrive out of order, so only ever lower our count. A new limit:
      // our count came from a guessed plan, so the server's word replaces it.
      this.left = learned ? serverLeft : Math.min(this.left, serverLeft);
    } else if (learned) {
      this.left = Math.min(this.left, this.limit);
    }
    // Whatever the server said, an emptied window must know when it refills.
    if (left !== null || learned) this.resetAt ??= now + this.span;
    return learned;
  }

  private roll(now: number): void {
    if (this.resetAt !== null && now >= this.resetAt) {
      this.left = this.limit;
      this.resetAt = null;
    }
  }
}

export class AccountBucket {
  private readonly windows: Record<WindowName, Window>;
  /** Tokens taken whose answer has not come back. */
  private unanswered = 0;

  constructor(plan: PlanLimits, learned: LearnedLimits = {}) {
    const make = (w: WindowName) => new Window(SPAN_MS[w], learned[w] ?? plan[w] ?? Infinity);
    this.windows = { minute: make('minute'), hourly: make('hourly'), daily: make('daily') };
  }

  canTake(now: number): boolean {
    return this.windows.minute.isOpen(now) && this.windows.hourly.isOpen(now) && this.windows.daily.isOpen(now);
  }

  take(now: number): void {
    for (const w of WINDOWS) this.windows[w].take(now);
    this.unanswered += 1;
  }

  /** The answer to a taken token came back (headers null: it never reached Lusha's limiter). Returns newly learned limits, if any. */
  answered(headers: RateHeaders | null, now: number): LearnedLimits | null {
    this.unanswered -= 1;
    if (!headers) return null;
    let learned = false;
    for (const w of WINDOWS) {
      const h = HEADERS[w];
      learned = this.windows[w].observe(headers[h.limit], headers[h.left], this.unanswered, now) || learned;
    }
    return learned ? this.limits() : null;
  }

  /** When a token could next be available (now if one is). */
  reopensAt(now: number): number {
    let at = now;
    for (const w of WINDOWS) {
      const window = this.windows[w];
      if (!window.isOpen(now)) at = Math.max(at, window.resetAt ?? now);
    }
    return at;
  }

  limits(): LearnedLimits {
    const out: LearnedLimits = {};
    for (const w of WINDOWS) if (Number.isFinite(this.windows[w].limit)) out[w] = this.windows[w].limit;
    return out;
  }
}

/** One bucket per Lusha account, created on first sight. */
export class Buckets {
  private readonly byAccount = new Map<string, AccountBucket>();

  constructor(private readonly plan: PlanLimits) {}

  for(account: string, learned: LearnedLimits = {}): AccountBucket {
    let bucket = this.byAccount.get(account);
    if (!bucket) {
      bucket = new AccountBucket(this.plan, learned);
      this.byAccount.set(account, bucket);
    }
    return bucket;
  }
}
