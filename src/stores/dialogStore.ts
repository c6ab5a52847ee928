// Which modal is open. One at a time by design: every modal here is a step the user finishes first.
import { create } from 'zustand';

export type DialogName = 'columnMap' | 'export';

interface DialogState {
  open: DialogName | null;
  show(name: DialogName): void;
  close(): void;
}

export const useDialogStore = create<DialogState>()((set) => ({
  open: null,
  show: (name) => set({ open: name }),
  close: () => set({ open: null }),
}));
