// Builds the keys domain for one profile: the vault, the key store, bulk import, key tests and the
// vault's controls, wired the same way for the app, the end-to-end harness and the command line.
import type { Db } from '../db/database';
import type { Dialogs, Emit } from '../app/host';
import type { Logger } from '../app/logger';
import { Vault } from '../vault/vault';
import type { Keychain } from '../vault/keychain';
import { readEnvironmentKeys, ENVIRONMENT_VARIABLE } from './environmentKeys';
import { KeyStore } from './keyStore';
import { KeyImporter } from './keyImporter';
import { KeyTester, type UsageProbe } from './keyTester';
import { VaultControl } from './vaultControl';

export interface KeysDomainOptions {
  db: Db;
  emit: Emit;
  dialogs: Dialogs;
  logger: Logger;
  keychain: Keychain | null;
  probeUsage: UsageProbe;
  baseUrl: () => string;
  env?: NodeJS.ProcessEnv;
}

export interface KeysDomain {
  vault: Vault;
  store: KeyStore;
  importer: KeyImporter;
  tester: KeyTester;
  control: VaultControl;
}

export function createKeysDomain(o: KeysDomainOptions): KeysDomain {
  const environment = readEnvironmentKeys(o.env);
  if (environment.rejected > 0)
    o.logger.warn(`${ENVIRONMENT_VARIABLE}: ${environment.rejected} entries do not look like API keys and were skipped`);
  if (environment.keys.length > 0) o.logger.info(`${ENVIRONMENT_VARIABLE}: ${environment.keys.length} keys usable for this session`);
  const vault = new Vault({ db: o.db, keychain: o.keychain });
  const store = new KeyStore({ db: o.db, vault, emit: o.emit, environmentKeys: environment.keys });
  return {
    vault,
    store,
    importer: new KeyImporter(store, o.dialogs),
    tester: new KeyTester(store, o.probeUsage, o.baseUrl),
    control: new VaultControl(vault, store),
  };
}
