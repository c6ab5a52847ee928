// Simulated Lusha accounts and keys. Limits and credits belong to the account, so every key of an
// account draws on the same windows and the same pool (lusha-api.md: "treat limits as per account").
// Windows are fixed and aligned to the injected clock, which lets tests move time instead of sleeping.
import { dailyQuota, hourlyQuota, MESSAGES } from './messages';

export type PlanName = 'free' | 'pro' | 'premium' | 'scale' | 'legacy';

export interface Limits {
  minute: number;
  hour: number;
  day: number;
  /** Requests per second per endpoint; Lusha's default is 25. */
  burstPerSecond: number;
  /** /account/usage calls per minute; Lusha documents 5. */
  usagePerMinute: number;
}

/** lusha-api.md's plan table. Free–Starter has no hourly cap ("–"), so its hour limit equals its day. */
export const PLANS: Record<PlanName, Pick<Limits, 'minute' | 'hour' | 'day'>> = {
  free: { minute: 40, hour: 100, day: 100 },
  pro: { minute: 50, hour: 150, day: 1_500 },
  premium: { minute: 300, hour: 1_800, day: 18_000 },
  scale: { minute: 300, hour: 5_000, day: 50_000 },
  legacy: { minute: 300, hour: 600, day: 6_000 },
};

export interface Prices {
  phone: number;
  email: number;
}

/** One credit per revealed data type of a found person, unless an account says otherwise. */
export const DEFAULT_PRICES: Prices = { phone: 1, email: 1 };

export interface AccountSpec {
  id: string;
  plan?: PlanName;
  /** Overrides of the plan's limits. */
  limits?: Partial<Limits>;
  credits: number;
  prices?: Partial<Prices>;
  v3Enabled?: boolean;
  /** A trial account answers 429 "trial limit" instead of 402 when its credits run out. */
  trial?: boolean;
  active?: boolean;
  /** False on plans without unified credits: reveal flags answer 403. */
  revealAllowed?: boolean;
}

export type KeyState = 'valid' | 'invalid' | 'blocked';

export interface KeySpec {
  key: string;
  account: string;
  state?: KeyState;
}

export type Endpoint = 'v2_single' | 'v2_bulk' | 'v3_enrich' | 'v2_usage' | 'v3_usage';

export const isUsageEndpoint = (e: Endpoint) => e === 'v2_usage' || e === 'v3_usage';

/** A refusal the simulator answers with; `reason` is what stats() counts it under. */
export interface Rejection {
  status: number;
  message: string;
  reason: string;
}

const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const slotOf = (now: number, lengthMs: number) => Math.floor(now / lengthMs);
const slotEnd = (now: number, lengthMs: number) => (slotOf(now, lengthMs) + 1) * lengthMs;
const resetInSec = (now: number, lengthMs: number) => Math.ceil((slotEnd(now, lengthMs) - now) / SECOND);

/** A fixed window: counts requests in the current slot of `lengthMs` on the clock. */
class Window {
  private slot = -1;
  private count = 0;

  constructor(readonly lengthMs: number) {}

  used(now: number): number {
    return slotOf(now, this.lengthMs) === this.slot ? this.count : 0;
  }

  add(now: number): void {
    this.count = this.used(now) + 1;
    this.slot = slotOf(now, this.lengthMs);
  }
}

/** The hourly/daily 429 with the limit and the seconds until the fixed window turns over. */
export function quotaRejection(which: 'hourly' | 'daily', limits: Limits, now: number): Rejection {
  return which === 'hourly'
    ? { status: 429, message: hourlyQuota(limits.hour, resetInSec(now, HOUR)), reason: 'quota_hourly' }
    : { status: 429, message: dailyQuota(limits.day, resetInSec(now, DAY)), reason: 'quota_daily' };
}

export const DEFAULT_LIMITS: Limits = { ...PLANS.pro, burstPerSecond: 25, usagePerMinute: 5 };

export interface WindowState {
  limit: number;
  used: number;
  remaining: number;
  resetsAt: string;
}

type Terms = ReturnType<typeof withDefaults>;

export class Account {
  creditsUsed = 0;
  private readonly minute = new Window(MINUTE);
  private readonly hour = new Window(HOUR);
  private readonly day = new Window(DAY);
  private readonly usageCalls = new Window(MINUTE);
  private readonly burst = new Map<Endpoint, Window>();

  /** Terms can change at runtime (a top-up, a plan change); usage and windows are kept. */
  constructor(public spec: Terms) {}

  get limits(): Limits {
    return { ...DEFAULT_LIMITS, ...PLANS[this.spec.plan], ...this.spec.limits };
  }

  get prices(): Prices {
    return { ...DEFAULT_PRICES, ...this.spec.prices };
  }

  get creditsRemaining(): number {
    return Math.max(0, this.spec.credits - this.creditsUsed);
  }

  /** Charges found data; callers check affordability first, so the pool never goes below zero. */
  charge(credits: number): void {
    if (credits > this.creditsRemaining) throw new Error(`Charge of ${credits} exceeds ${this.creditsRemaining} remaining credits`);
    this.creditsUsed += credits;
  }

  private burstWindow(endpoint: Endpoint): Window {
    let w = this.burst.get(endpoint);
    if (!w) this.burst.set(endpoint, (w = new Window(SECOND)));
    return w;
  }

  /** Admits one request against the account's windows, or says which limit refuses it. */
  admit(endpoint: Endpoint, now: number): Rejection | undefined {
    if (isUsageEndpoint(endpoint)) {
      if (this.usageCalls.used(now) >= this.limits.usagePerMinute) return { status: 429, message: MESSAGES.burst, reason: 'rate_burst' };
      this.usageCalls.add(now);
      return undefined;
    }
    const burst = this.burstWindow(endpoint);
    const { limits } = this;
    if (burst.used(now) >= limits.burstPerSecond || this.minute.used(now) >= limits.minute) {
      return { status: 429, message: MESSAGES.burst, reason: 'rate_burst' };
    }
    if (this.hour.used(now) >= limits.hour) return quotaRejection('hourly', limits, now);
    if (this.day.used(now) >= limits.day) return quotaRejection('daily', limits, now);
    for (const w of [burst, this.minute, this.hour, this.day]) w.add(now);
    return undefined;
  }

  windows(now: number): Record<'minute' | 'hourly' | 'daily', WindowState> {
    const state = (w: Window, limit: number): WindowState => {
      const used = w.used(now);
      return { limit, used, remaining: Math.max(0, limit - used), resetsAt: new Date(slotEnd(now, w.lengthMs)).toISOString() };
    };
    return {
      minute: state(this.minute, this.limits.minute),
      hourly: state(this.hour, this.limits.hour),
      daily: state(this.day, this.limits.day),
    };
  }
}

function withDefaults(spec: AccountSpec) {
  return { plan: 'pro' as PlanName, v3Enabled: true, trial: false, active: true, revealAllowed: true, ...spec };
}

/** The nine x-* headers Lusha sends, from the account's windows after this request was counted. */
export function rateHeaders(account: Account, now: number): Record<string, string> {
  const w = account.windows(now);
  const headers: Record<string, string> = {};
  for (const [name, state] of [
    ['daily', w.daily],
    ['hourly', w.hourly],
    ['minute', w.minute],
  ] as const) {
    headers[`x-rate-limit-${name}`] = String(state.limit);
    headers[`x-${name}-requests-left`] = String(state.remaining);
    headers[`x-${name}-usage`] = String(state.used);
  }
  return headers;
}

export interface KeyRecord {
  key: string;
  state: KeyState;
  account: Account;
}

/** The simulator's accounts and keys. */
export class AccountBook {
  private readonly accounts = new Map<string, Account>();
  private readonly keys = new Map<string, { state: KeyState; accountId: string }>();

  addAccount(spec: AccountSpec): void {
    this.accounts.set(spec.id, new Account(withDefaults(spec)));
  }

  /** Changes an account's terms (credits, plan, flags) while keeping what it has used. */
  updateAccount(id: string, patch: Partial<Omit<AccountSpec, 'id'>>): void {
    const account = this.account(id);
    const { spec } = account;
    account.spec = { ...spec, ...patch, limits: { ...spec.limits, ...patch.limits }, prices: { ...spec.prices, ...patch.prices } };
  }

  addKey(spec: KeySpec): void {
    this.account(spec.account);
    this.keys.set(spec.key, { state: spec.state ?? 'valid', accountId: spec.account });
  }

  setKeyState(key: string, state: KeyState): void {
    const k = this.keys.get(key);
    if (!k) throw new Error(`Unknown simulator key ${key}`);
    k.state = state;
  }

  account(id: string): Account {
    const a = this.accounts.get(id);
    if (!a) throw new Error(`Unknown simulator account ${id}`);
    return a;
  }

  resolve(key: string): KeyRecord | undefined {
    const k = this.keys.get(key);
    return k && { key, state: k.state, account: this.account(k.accountId) };
  }

  allAccounts(): [string, Account][] {
    return [...this.accounts];
  }

  allKeys(): KeySpec[] {
    return [...this.keys].map(([key, k]) => ({ key, account: k.accountId, state: k.state }));
  }

  /** Fresh windows and full credits for every account; accounts and keys stay. */
  resetUsage(): void {
    for (const [id, a] of this.accounts) this.accounts.set(id, new Account(a.spec));
  }
}
