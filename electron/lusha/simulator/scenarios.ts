// Ready-made worlds for the simulator: `default` for trying things by hand and benchmarks, `sandbox`
// for the app's sandbox mode (rotation becomes visible: one key runs dry, one is invalid), `chaos`
// for resilience runs (20 % of requests fail in one of Lusha's ways).
import type { AccountSpec, KeySpec } from './accounts';
import type { FaultPlan } from './faults';
import type { Simulator } from './server';

export interface Scenario {
  description: string;
  accounts: AccountSpec[];
  keys: KeySpec[];
  faults?: FaultPlan;
}

const HEALTHY: Pick<Scenario, 'accounts' | 'keys'> = {
  accounts: [
    { id: 'acme', plan: 'premium', credits: 20_000 },
    { id: 'globex', plan: 'scale', credits: 50_000 },
    { id: 'initech', plan: 'pro', credits: 5_000, v3Enabled: false },
  ],
  keys: [
    { key: 'sim-acme-key-0001', account: 'acme' },
    { key: 'sim-acme-key-0002', account: 'acme' },
    { key: 'sim-globex-key-0003', account: 'globex' },
    { key: 'sim-globex-key-0004', account: 'globex' },
    { key: 'sim-initech-v2-key-0005', account: 'initech' },
  ],
};

export const SCENARIOS = {
  default: {
    description: 'Three healthy accounts (one V2-only) with five keys',
    ...HEALTHY,
  },
  sandbox: {
    description: 'Sandbox: a healthy key, a key whose account pays for about one batch and then runs dry, an invalid key',
    accounts: [
      { id: 'sandbox-main', plan: 'pro', credits: 5_000 },
      // Enough for one batch of 100 (~60 found), not for a second: the user sees it work, then retire.
      { id: 'sandbox-small', plan: 'pro', credits: 100 },
    ],
    keys: [
      { key: 'sandbox-healthy-key-a1f3', account: 'sandbox-main' },
      { key: 'sandbox-lowcredit-key-b7c2', account: 'sandbox-small' },
      { key: 'sandbox-invalid-key-e9d4', account: 'sandbox-main', state: 'invalid' },
    ],
    // Lusha takes a second or two for a bulk request; without it a sandbox run ends before the user
    // has seen the progress bar or a key change state.
    faults: { latency: { meanMs: 1_500, jitterMs: 500 } },
  },
  chaos: {
    description: 'The default accounts with 20 % of requests failing and 40–120 ms latency',
    ...HEALTHY,
    faults: {
      probabilities: {
        rate_burst: 0.04,
        quota_hourly: 0.01,
        server_500: 0.03,
        server_502: 0.03,
        server_503: 0.02,
        timeout_499: 0.02,
        reset: 0.02,
        malformed: 0.02,
        hang: 0.01,
      },
      latency: { meanMs: 80, jitterMs: 40 },
    },
  },
} satisfies Record<string, Scenario>;

export type ScenarioName = keyof typeof SCENARIOS;

export const isScenarioName = (name: string): name is ScenarioName => Object.hasOwn(SCENARIOS, name);

/** Adds the scenario's accounts, keys and faults to a running simulator. */
export function applyScenario(sim: Simulator, name: ScenarioName): Scenario {
  const scenario: Scenario = SCENARIOS[name];
  scenario.accounts.forEach((a) => sim.addAccount(a));
  scenario.keys.forEach((k) => sim.addKey(k));
  if (scenario.faults) sim.setFaults(scenario.faults);
  return scenario;
}
