// Which of the keys page's modals is open, and for which key. One at a time: each is a step the user
// finishes before going on.
import { create } from 'zustand';
import type { KeySummary } from '@shared/domain';

export type KeysDialog =
  | { kind: 'add' }
  | { kind: 'import' }
  | { kind: 'edit'; key: KeySummary }
  | { kind: 'reenter'; key: KeySummary }
  | { kind: 'delete'; key: KeySummary }
  | { kind: 'setupPassphrase' }
  | { kind: 'unlock' }
  | { kind: 'resetVault' };

interface KeysDialogState {
  open: KeysDialog | null;
  show(dialog: KeysDialog): void;
  close(): void;
}

export const useKeysDialog = create<KeysDialogState>()((set) => ({
  open: null,
  show: (dialog) => set({ open: dialog }),
  close: () => set({ open: null }),
}));
