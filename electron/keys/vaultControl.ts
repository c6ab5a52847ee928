// The vault as the keys page and the command line see it: its state with the counts that give it
// meaning ("12 stored keys wait for the passphrase"), and the actions that change it.
import type { VaultOverview, VaultStatus } from '@shared/domain';
import type { Vault } from '../vault/vault';
import type { KeyStore } from './keyStore';

export class VaultControl {
  constructor(
    private readonly vault: Vault,
    private readonly store: KeyStore,
  ) {}

  /** Probes the keychain again when it was the problem, then reports. */
  async overview(): Promise<VaultOverview> {
    const before = (await this.vault.status()).state;
    const status = await this.vault.refresh();
    if (status.state !== before) this.store.changed('vault', []);
    return this.withCounts(status);
  }

  async setupPassphrase(passphrase: string): Promise<VaultOverview> {
    return this.changed(await this.vault.setupPassphrase(passphrase));
  }

  async unlock(passphrase: string): Promise<VaultOverview> {
    return this.changed(await this.vault.unlock(passphrase));
  }

  /** A new master key; stored keys stay, waiting to be re-entered. */
  async reset(passphrase?: string): Promise<VaultOverview> {
    return this.changed(await this.vault.reset(passphrase));
  }

  private changed(status: VaultStatus): VaultOverview {
    this.store.changed('vault', []);
    return this.withCounts(status);
  }

  private withCounts(status: VaultStatus): VaultOverview {
    return { ...status, storedKeys: this.store.storedCount(), environmentKeys: this.store.sessionOnlyEnvironmentKeys().length };
  }
}
