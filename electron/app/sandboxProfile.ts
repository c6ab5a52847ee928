// The sandbox profile, shared by the app (ProfileHost) and `enrichdesk enrich --sandbox`: a folder
// of its own (<profile>/sandbox) whose Lusha is the in-process simulator's `sandbox` world. Its keys
// are the simulator's — public and worthless — so its vault uses a fixed passphrase instead of the
// OS keychain: the user's keychain never holds a sandbox entry, and the sandbox works on a machine
// that has no keychain at all.
import path from 'node:path';
import type { Api } from '@shared/createApi';
import { ENVIRONMENT_VARIABLE } from '../keys/environmentKeys';
import { startSimulator, type Simulator } from '../lusha/simulator/server';
import { applyScenario, SCENARIOS } from '../lusha/simulator/scenarios';
import { mask } from './logger';

/** The simulator's directory seed: resources/sample-prospects.csv is drawn from this directory. */
export const SANDBOX_SEED = 1;

const SANDBOX_PASSPHRASE = 'enrichdesk sandbox, not a secret';

export const sandboxProfileDir = (realProfileDir: string) => path.join(realProfileDir, 'sandbox');

/** What the sandbox's services read from the environment: the sandbox folder, the simulator as Lusha,
 *  no keychain, and none of the real session's LUSHA_API_KEYS (real keys never reach the sandbox). */
export function sandboxEnv(env: NodeJS.ProcessEnv, realProfileDir: string, simulatorUrl: string): NodeJS.ProcessEnv {
  const sandbox: NodeJS.ProcessEnv = {
    ...env,
    ENRICHDESK_HOME: sandboxProfileDir(realProfileDir),
    LUSHA_BASE_URL: simulatorUrl,
    ENRICHDESK_KEYCHAIN: 'off',
  };
  delete sandbox[ENVIRONMENT_VARIABLE];
  return sandbox;
}

export async function startSandboxSimulator(): Promise<Simulator> {
  const sim = await startSimulator({ seed: SANDBOX_SEED });
  applyScenario(sim, 'sandbox');
  return sim;
}

/** Sets the sandbox vault up on first use and unlocks it afterwards. */
export async function openSandboxVault(api: Api): Promise<void> {
  const { state } = await api.keys.vaultStatus();
  if (state === 'needs_passphrase') await api.keys.setupPassphrase({ passphrase: SANDBOX_PASSPHRASE });
  else if (state === 'locked') await api.keys.unlock({ passphrase: SANDBOX_PASSPHRASE });
}

export interface SandboxKey {
  key: string;
  account: string;
  label: string;
}

/** The scenario's keys, labelled by account letter and number within the account ("Sandbox A1"), so
 *  the keys page shows at a glance which keys share credits. */
export function sandboxKeys(): SandboxKey[] {
  const { accounts, keys } = SCENARIOS.sandbox;
  const taken = new Map<string, number>();
  return keys.map(({ key, account }) => {
    const letter = String.fromCharCode(65 + accounts.findIndex((a) => a.id === account));
    const number = (taken.get(account) ?? 0) + 1;
    taken.set(account, number);
    return { key, account, label: `Sandbox ${letter}${number}` };
  });
}

/** Adds the scenario's keys the profile does not hold yet; returns how many were added. */
export async function ensureSandboxKeys(api: Api): Promise<number> {
  const stored = new Set((await api.keys.list()).map((k) => k.mask));
  const missing = sandboxKeys().filter((k) => !stored.has(mask(k.key)));
  for (const { key, account, label } of missing) await api.keys.add({ key, account, label, category: 'any' });
  return missing.length;
}
