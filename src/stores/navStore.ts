// Which page is showing. A store rather than App state so a toast, a dialog or another page can send
// the user somewhere (API keys once every key is out, a sheet from its run's detail).
import { create } from 'zustand';

interface NavState {
  pageId: string;
  go(pageId: string): void;
}

export const useNavStore = create<NavState>()((set) => ({
  pageId: 'sheets',
  go: (pageId) => set({ pageId }),
}));
