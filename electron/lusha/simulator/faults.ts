// Injected faults: what the simulator answers instead of the truth, by probability or by script,
// globally, per account or per key, switchable while it runs. The most specific plan that covers a
// request decides alone (key over account over global), so a test can aim at one key without
// disturbing the others. Each plan draws from its own seeded RNG, so runs replay.
import type { Endpoint } from './accounts';
import { seededRng } from '../../app/random';

export const FAULT_KINDS = [
  'rate_burst',
  'quota_hourly',
  'quota_daily',
  'trial_spent',
  'no_credits',
  'invalid_key',
  'forbidden_inactive',
  'forbidden_reveal',
  'forbidden_v3',
  'forbidden_other',
  'bad_request_400',
  'not_found_404',
  'bad_request_412',
  'compliance_451',
  'timeout_499',
  'server_500',
  'server_502',
  'server_503',
  /** Never answers; the client must give up on its own. */
  'hang',
  /** Destroys the connection without an answer. */
  'reset',
  /** 200 with a body that is not JSON. */
  'malformed',
] as const;

export type FaultKind = (typeof FAULT_KINDS)[number];

/** A script step: a fault, or 'pass' to let one request through untouched. */
export type ScriptStep = FaultKind | 'pass';

export interface Latency {
  meanMs: number;
  /** Uniform spread around the mean: mean ± jitter. */
  jitterMs: number;
}

export interface FaultPlan {
  /** Chance per request of each fault; drawn after the script is used up. */
  probabilities?: Partial<Record<FaultKind, number>>;
  /** Consumed in order by the requests this plan covers, before any probability applies. */
  script?: ScriptStep[];
  latency?: Latency;
  /** Only these endpoints are affected (default: all). */
  endpoints?: Endpoint[];
  seed?: number;
}

export type FaultScope = { key: string } | { account: string };

export interface FaultDecision {
  fault?: FaultKind;
  latencyMs: number;
}

interface ActivePlan {
  plan: FaultPlan;
  script: ScriptStep[];
  random: () => number;
}

const scopeId = (scope?: FaultScope) => (!scope ? 'global' : 'key' in scope ? `key:${scope.key}` : `account:${scope.account}`);

export class FaultBook {
  private readonly plans = new Map<string, ActivePlan>();

  constructor(private readonly defaultSeed: number) {}

  /** Replaces the plan of a scope; `null` removes it. */
  set(plan: FaultPlan | null, scope?: FaultScope): void {
    const id = scopeId(scope);
    if (!plan) {
      this.plans.delete(id);
      return;
    }
    for (const [kind, p] of Object.entries(plan.probabilities ?? {})) {
      if (!(FAULT_KINDS as readonly string[]).includes(kind) || p < 0 || p > 1) throw new RangeError(`Bad fault probability ${kind}=${p}`);
    }
    this.plans.set(id, { plan, script: [...(plan.script ?? [])], random: seededRng(plan.seed ?? this.defaultSeed) });
  }

  clear(): void {
    this.plans.clear();
  }

  decide(endpoint: Endpoint, key: string, accountId: string | undefined): FaultDecision {
    const active = [`key:${key}`, accountId ? `account:${accountId}` : '', 'global']
      .map((id) => this.plans.get(id))
      .find((p) => p && (!p.plan.endpoints || p.plan.endpoints.includes(endpoint)));
    if (!active) return { latencyMs: 0 };
    return { fault: this.nextFault(active), latencyMs: this.latency(active) };
  }

  private nextFault(active: ActivePlan): FaultKind | undefined {
    const step = active.script.shift();
    if (step) return step === 'pass' ? undefined : step;
    let r = active.random();
    for (const [kind, p] of Object.entries(active.plan.probabilities ?? {}) as [FaultKind, number][]) {
      if (r < p) return kind;
      r -= p;
    }
    return undefined;
  }

  private latency(active: ActivePlan): number {
    const l = active.plan.latency;
    return l ? Math.max(0, l.meanMs + (active.random() * 2 - 1) * l.jitterMs) : 0;
  }
}
