// The key pool as the keys page shows it: masked keys, their stats and the vault's state. Main is the
// source of truth; this store only mirrors its last answers.
import { create } from 'zustand';
import type { KeyStats, KeySummary, VaultOverview } from '@shared/domain';
import { api } from '../api';
import { notifyError } from '../errors';

interface KeysState {
  keys: KeySummary[];
  stats: KeyStats | null;
  vault: VaultOverview | null;
  loaded: boolean;
  /** Bumped by every refresh, so open timelines reload together with the list. */
  revision: number;
  refresh(): Promise<void>;
  /** Shows a key main just answered with before the keys.changed refresh arrives. */
  put(key: KeySummary): void;
  setVault(vault: VaultOverview): void;
}

// Refreshes can overlap (a burst of engine events); only the newest may land.
let latestRequest = 0;

export const useKeysStore = create<KeysState>()((set) => ({
  keys: [],
  stats: null,
  vault: null,
  loaded: false,
  revision: 0,

  refresh: async () => {
    const request = ++latestRequest;
    try {
      const [vault, keys, stats] = await Promise.all([api.keys.vaultStatus(), api.keys.list(), api.keys.stats()]);
      if (request === latestRequest) set((s) => ({ vault, keys, stats, loaded: true, revision: s.revision + 1 }));
    } catch (error) {
      notifyError(error);
    }
  },

  put: (key) =>
    set((s) => ({
      keys: s.keys.some((k) => k.id === key.id) ? s.keys.map((k) => (k.id === key.id ? key : k)) : [...s.keys, key],
    })),

  setVault: (vault) => set({ vault }),
}));
