// Which profile the app shows — the user's own or the sandbox — and the switch between them. After a
// switch the page reloads: every store, the grid's row cache and every subscription belonged to the
// profile just closed, and a reload is the one reset that cannot forget any of them (a store added
// later included), so nothing of one profile can show in the other.
import { useEffect } from 'react';
import { create } from 'zustand';
import type { AppMode } from '@shared/domain';
import { api } from '../api';
import { notifyError } from '../errors';

interface ModeState {
  /** null until main has answered. */
  mode: AppMode | null;
  /** The mode being switched to, while main opens it. */
  switchingTo: AppMode | null;
  switchTo(mode: AppMode): Promise<void>;
}

let reloading = false;
function startAfresh(): void {
  if (reloading) return;
  reloading = true;
  window.location.reload();
}

export const useModeStore = create<ModeState>()((set, get) => ({
  mode: null,
  switchingTo: null,
  switchTo: async (mode) => {
    if (get().switchingTo || get().mode === mode) return;
    set({ switchingTo: mode });
    try {
      await api.app.setMode({ mode });
      startAfresh();
    } catch (error) {
      set({ switchingTo: null });
      notifyError(error);
    }
  },
}));

/** Loads the mode once and follows switches made elsewhere (another window, a menu). */
export function useAppModeSync(): void {
  useEffect(() => {
    api.app.mode().then(({ mode }) => useModeStore.setState({ mode }), notifyError);
    return api.on('app.modeChanged', ({ mode }) => {
      if (mode !== useModeStore.getState().mode) startAfresh();
    });
  }, []);
}

export const useIsSandbox = () => useModeStore((s) => s.mode === 'sandbox');
