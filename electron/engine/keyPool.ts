// Every key's run-time state, in memory. select() is the hot path: no database. Each category's
// active keys sit in priority tiers, each tier a queue in least-recently-used order (a key moves to
// the back when it is taken), so select() stops at the first key that can go, usually the first.
import { KEY_CATEGORIES } from '@shared/domain';
import type { RateHeaders } from '../lusha/types';
import type { Buckets } from './buckets';
import {
  isOut,
  isTimed,
  isUsable,
  reasonOf,
  serves,
  type KeyCategory,
  type KeyChange,
  type KeyRecord,
  type KeyState,
  type KeyStatus,
  type LearnedLimits,
} from './types';

/** Keys of one priority, least recently used first (Map keeps insertion order). */
type Tier = Map<number, KeyState>;

/** Why select() found nothing, and what to do about it. */
export type Outlook =
  /** Some key will serve again: at eta, or (eta null) when a call in flight ends or a probe answers. */
  | { kind: 'wait'; eta: number | null }
  /** No active key can ever serve, but this standby key can take over. */
  | { kind: 'promote'; key: KeyState }
  /** Every key that serves the category is out until the user acts. */
  | { kind: 'out'; statuses: KeyStatus[] };

export class KeyPool {
  private readonly keys = new Map<number, KeyState>();
  /** Active keys that serve each category, in tiers from the highest priority down. */
  private readonly lanes = new Map<KeyCategory, Tier[]>();
  /** The tiers each key sits in (one per category it serves), to move it to the back when taken. */
  private readonly tiersOf = new Map<number, Tier[]>();
  private waiters: Array<() => void> = [];

  constructor(
    private readonly buckets: Buckets,
    private readonly perKeyConcurrency: number,
  ) {}

  /** Takes the database's view of the keys, keeping what only lives in memory (in flight, LRU order). */
  load(records: readonly KeyRecord[]): void {
    const seen = new Set<number>();
    for (const record of records) {
      seen.add(record.id);
      const known = this.keys.get(record.id);
      if (!known) {
        this.keys.set(record.id, this.fresh(record));
        continue;
      }
      // A user reset or edit starts the key's failure record over.
      if (known.status !== record.status) known.failures = [];
      // The database learns of a use when its call ends; memory knows from the moment it started.
      const lastUsedAt = Math.max(known.lastUsedAt ?? 0, record.lastUsedAt ?? 0) || null;
      Object.assign(known, record, { lastUsedAt, bucket: this.buckets.for(record.account, record.limits) });
    }
    for (const id of this.keys.keys()) if (!seen.has(id)) this.keys.delete(id);
    this.reindex();
    this.notify();
  }

  get(id: number): KeyState | undefined {
    return this.keys.get(id);
  }

  all(): IterableIterator<KeyState> {
    return this.keys.values();
  }

  /** Every key of a Lusha account: they share its limits and credits. */
  siblings(account: string): KeyState[] {
    return [...this.keys.values()].filter((k) => k.account === account);
  }

  /** The usable key to use next: best priority, then least recently used, with budget and a free slot. */
  select(category: KeyCategory, now: number): KeyState | null {
    for (const tier of this.lanes.get(category) ?? []) {
      for (const key of tier.values()) {
        if (isUsable(key.status) && key.inFlight < this.perKeyConcurrency && key.bucket.canTake(now)) return key;
      }
    }
    return null;
  }

  take(key: KeyState, now: number): void {
    key.bucket.take(now);
    key.inFlight += 1;
    key.lastUsedAt = now;
    for (const tier of this.tiersOf.get(key.id) ?? []) {
      tier.delete(key.id);
      tier.set(key.id, key);
    }
  }

  /** The call made with take() has ended; headers null when Lusha never answered. */
  release(key: KeyState, headers: RateHeaders | null, now: number): LearnedLimits | null {
    key.inFlight -= 1;
    const learned = key.bucket.answered(headers, now);
    this.notify();
    return learned;
  }

  outlook(category: KeyCategory, now: number): Outlook {
    let eta = Infinity;
    let pending = false;
    for (const key of (this.lanes.get(category) ?? []).flatMap((tier) => [...tier.values()])) {
      if (isUsable(key.status)) {
        if (key.inFlight >= this.perKeyConcurrency) pending = true;
        else eta = Math.min(eta, key.bucket.reopensAt(now));
      } else if (isTimed(key.status)) {
        if (key.probing) pending = true;
        else eta = Math.min(eta, key.until ?? now);
      }
    }
    if (eta !== Infinity || pending) return { kind: 'wait', eta: eta === Infinity ? null : eta };
    const standby = this.standbyFor(category);
    if (standby) return { kind: 'promote', key: standby };
    return { kind: 'out', statuses: this.serving(category).map((k) => k.status) };
  }

  /** The standby key that should replace a retired key of this category, if any is left. */
  standbyFor(category: KeyCategory): KeyState | undefined {
    return this.serving(category)
      .filter((k) => k.role === 'standby' && !isOut(k.status))
      .sort(byPreference)[0];
  }

  apply(change: KeyChange): void {
    const key = this.keys.get(change.keyId);
    if (!key) return;
    const roleChanged = key.role !== change.role;
    key.status = change.to;
    key.until = change.until;
    key.endpoint = change.endpoint;
    key.role = change.role;
    key.reason = reasonOf(change);
    if (change.to === 'unavailable' || isUsable(change.to)) key.failures = [];
    if (roleChanged) this.reindex();
  }

  /** Resolves at the next change that could make a key selectable. */
  changed(): Promise<void> {
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  notify(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }

  private serving(category: KeyCategory): KeyState[] {
    return [...this.keys.values()].filter((k) => serves(k.category, category));
  }

  private fresh(record: KeyRecord): KeyState {
    return {
      ...record,
      bucket: this.buckets.for(record.account, record.limits),
      inFlight: 0,
      failures: [],
      probing: false,
    };
  }

  /** Rebuilds the tiers; last_used_at keeps least-recently-used order across a reload or a restart. */
  private reindex(): void {
    const active = [...this.keys.values()].filter((k) => k.role === 'active').sort(byRecency);
    this.tiersOf.clear();
    for (const category of KEY_CATEGORIES) {
      const tiers = new Map<number, Tier>();
      for (const key of active.filter((k) => serves(k.category, category))) {
        let tier = tiers.get(key.priority);
        if (!tier) tiers.set(key.priority, (tier = new Map()));
        tier.set(key.id, key);
        this.tiersOf.set(key.id, [...(this.tiersOf.get(key.id) ?? []), tier]);
      }
      this.lanes.set(
        category,
        [...tiers.entries()].sort(([a], [b]) => b - a).map(([, tier]) => tier),
      );
    }
  }
}

/** Higher priority first; among equals the older key. */
const byPreference = (a: KeyState, b: KeyState) => b.priority - a.priority || a.id - b.id;

/** Never used first, then the longest unused; among equals the older key. */
const byRecency = (a: KeyState, b: KeyState) => (a.lastUsedAt ?? 0) - (b.lastUsedAt ?? 0) || a.id - b.id;
