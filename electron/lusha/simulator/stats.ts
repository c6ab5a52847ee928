// What the simulator saw, for tests and benchmarks to assert against.
import type { AccountBook, Endpoint } from './accounts';

export interface SimulatorStats {
  /** Every request by key (as sent; '(none)' without a key) and endpoint, refused ones included. */
  calls: Record<string, Partial<Record<Endpoint, number>>>;
  totalCalls: number;
  /** Found contacts by key and by account. */
  foundByKey: Record<string, number>;
  foundByAccount: Record<string, number>;
  creditsCharged: Record<string, number>;
  /** Refused requests by reason: natural limits and injected faults alike (reason = fault kind). */
  rejected: Record<string, number>;
  accounts: Record<string, { creditsTotal: number; creditsUsed: number; creditsRemaining: number }>;
}

const bump = (map: Record<string, number>, name: string, by = 1) => {
  map[name] = (map[name] ?? 0) + by;
};

export class StatsRecorder {
  private calls: SimulatorStats['calls'] = {};
  private totalCalls = 0;
  private foundByKey: Record<string, number> = {};
  private foundByAccount: Record<string, number> = {};
  private creditsCharged: Record<string, number> = {};
  private rejectedBy: Record<string, number> = {};

  call(key: string, endpoint: Endpoint): void {
    this.totalCalls += 1;
    bump((this.calls[key] ??= {}) as Record<string, number>, endpoint);
  }

  found(key: string, accountId: string, count: number, credits: number): void {
    bump(this.foundByKey, key, count);
    bump(this.foundByAccount, accountId, count);
    bump(this.creditsCharged, accountId, credits);
  }

  rejected(reason: string): void {
    bump(this.rejectedBy, reason);
  }

  snapshot(book: AccountBook): SimulatorStats {
    const accounts = Object.fromEntries(
      book
        .allAccounts()
        .map(([id, a]) => [id, { creditsTotal: a.spec.credits, creditsUsed: a.creditsUsed, creditsRemaining: a.creditsRemaining }]),
    );
    return structuredClone({
      calls: this.calls,
      totalCalls: this.totalCalls,
      foundByKey: this.foundByKey,
      foundByAccount: this.foundByAccount,
      creditsCharged: this.creditsCharged,
      rejected: this.rejectedBy,
      accounts,
    });
  }
}
