// What the status bar says about the open sheet's rows: how many are loaded, selected and shown.
import { create } from 'zustand';

interface GridStatusState {
  loaded: number;
  total: number;
  selected: number;
  filtered: number;
  setLoaded(loaded: number, total: number): void;
  setCounts(counts: { selected?: number; filtered?: number }): void;
  reset(total: number): void;
}

export const useGridStatusStore = create<GridStatusState>()((set) => ({
  loaded: 0,
  total: 0,
  selected: 0,
  filtered: 0,
  setLoaded: (loaded, total) => set({ loaded, total }),
  setCounts: (counts) => set(counts),
  reset: (total) => set({ loaded: 0, total, selected: 0, filtered: 0 }),
}));

export const isFullyLoaded = (s: Pick<GridStatusState, 'loaded' | 'total'>) => s.loaded >= s.total;
