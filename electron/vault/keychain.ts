// The OS keychain (macOS Keychain, Windows Credential Manager, Secret Service on Linux) through keytar.
// keytar is loaded on first use, so a machine whose native module or Secret Service is missing gets a
// KeychainUnavailable error the vault can show, instead of a crash at start-up.
export const KEYCHAIN_SERVICE = 'EnrichDesk';

export interface Keychain {
  /** The stored secret, or null when there is no entry. Throws KeychainUnavailable. */
  get(account: string): Promise<string | null>;
  set(account: string, secret: string): Promise<void>;
  /** True if an entry was deleted. */
  delete(account: string): Promise<boolean>;
}

export class KeychainUnavailable extends Error {
  constructor(cause: unknown) {
    super(`The system keychain is not available (${cause instanceof Error ? cause.message : String(cause)}).`);
    this.name = 'KeychainUnavailable';
  }
}

type Keytar = typeof import('keytar');

let keytar: Promise<Keytar> | null = null;
const loadKeytar = (): Promise<Keytar> => {
  keytar ??= import('keytar').then((m) => ((m as { default?: Keytar }).default ?? m) as Keytar);
  return keytar;
};

async function call<T>(use: (k: Keytar) => Promise<T>): Promise<T> {
  try {
    return await use(await loadKeytar());
  } catch (error) {
    throw new KeychainUnavailable(error);
  }
}

export function osKeychain(service = KEYCHAIN_SERVICE): Keychain {
  return {
    get: (account) => call((k) => k.getPassword(service, account)),
    set: (account, secret) => call((k) => k.setPassword(service, account, secret)),
    delete: (account) => call((k) => k.deletePassword(service, account)),
  };
}

/** The keychain unless the user turned it off for this profile (ENRICHDESK_KEYCHAIN=off): passphrase only. */
export function keychainFromEnvironment(env: NodeJS.ProcessEnv = process.env): Keychain | null {
  return env.ENRICHDESK_KEYCHAIN?.trim().toLowerCase() === 'off' ? null : osKeychain();
}
