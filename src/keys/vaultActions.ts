// After any change to the vault the whole page may read differently (keys become readable, or wait for
// re-entry), so each change ends with the new state and a fresh list.
import type { VaultOverview } from '@shared/domain';
import { useKeysStore } from './keysStore';

export function adoptVault(overview: VaultOverview): void {
  const store = useKeysStore.getState();
  store.setVault(overview);
  void store.refresh();
}

/** Without a usable keychain, a new vault must be protected by a passphrase instead. */
export const resetNeedsPassphrase = (vault: VaultOverview) =>
  vault.backend === 'passphrase' || vault.problem === 'keychain_unavailable' || vault.problem === 'keychain_disabled';
