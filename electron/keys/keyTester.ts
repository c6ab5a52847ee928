// Tests a key with Lusha's account-usage call (it costs no credit) and records what it showed.
import type { KeyTestResult } from '@shared/domain';
import type { CallOutcome, CallTarget, UsageResponse } from '../lusha/types';
import type { KeyStore } from './keyStore';
import { judgeUsage } from './usageVerdict';

export type UsageProbe = (target: CallTarget) => Promise<CallOutcome<UsageResponse>>;

export class KeyTester {
  constructor(
    private readonly store: KeyStore,
    private readonly probe: UsageProbe,
    private readonly baseUrl: () => string,
  ) {}

  async test(id: number): Promise<KeyTestResult> {
    const target = this.store.target(id);
    const answer = await this.probe({ apiKey: target.apiKey, baseUrl: this.baseUrl(), apiVersion: target.apiVersion });
    const verdict = judgeUsage(answer, target.status);
    if (verdict.change) {
      this.store.applyStatus(id, verdict.change, {
        cause: 'test',
        actor: 'user',
        message: verdict.message,
        httpStatus: verdict.httpStatus,
      });
    }
    this.store.changed('tested', [id]);
    const key = this.store.get(id);
    return {
      keyId: id,
      mask: key.mask,
      outcome: verdict.outcome,
      creditsRemaining: verdict.usage?.creditsRemaining ?? null,
      creditsUsed: verdict.usage?.creditsUsed ?? null,
      creditsTotal: verdict.usage?.creditsTotal ?? null,
      message: verdict.message,
      status: key.status,
    };
  }
}
