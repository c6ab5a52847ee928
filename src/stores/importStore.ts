// One CSV import at a time: starts it (dialog or dropped path), follows its progress events, cancels
// it, and on success hands the new sheet to the sheets store and asks for the column mapping.
import { create } from 'zustand';
import { toast } from 'sonner';
import type { ImportProgress, ImportResult } from '@shared/domain';
import { api } from '../api';
import { errorCode, errorMessage, notifyError } from '../errors';
import { t } from '../i18n';
import { useDialogStore } from './dialogStore';
import { useSheetsStore } from './sheetsStore';

export interface ActiveImport {
  importId: string;
  /** Known up front only for dropped files; the dialog's choice stays in main. */
  fileName: string | null;
  /** Null until main reports the first progress, i.e. while its file dialog is still open. */
  progress: ImportProgress | null;
  cancelling: boolean;
}

interface ImportState {
  active: ActiveImport | null;
  start(path?: string): Promise<void>;
  cancel(): Promise<void>;
  onProgress(progress: ImportProgress): void;
}

const baseName = (path: string) => path.split(/[\\/]/).pop() ?? path;

export const useImportStore = create<ImportState>()((set, get) => ({
  active: null,

  start: async (path) => {
    if (get().active) {
      toast.info(t('import.busy'));
      return;
    }
    const importId = crypto.randomUUID();
    set({ active: { importId, fileName: path ? baseName(path) : null, progress: null, cancelling: false } });
    try {
      const result = await api.sheets.import(path ? { importId, path } : { importId });
      if (result) finish(result);
    } catch (error) {
      if (errorCode(error) === 'import_cancelled') toast.info(t('import.cancelled'));
      else toast.error(t('import.failedTitle'), { description: errorMessage(error) });
    } finally {
      set({ active: null });
    }
  },

  cancel: async () => {
    const active = get().active;
    if (!active || active.cancelling) return;
    set({ active: { ...active, cancelling: true } });
    try {
      await api.sheets.cancelImport({ importId: active.importId });
    } catch (error) {
      notifyError(error);
    }
  },

  onProgress: (progress) => set((s) => (s.active?.importId === progress.importId ? { active: { ...s.active, progress } } : s)),
}));

function finish({ sheet, warnings }: ImportResult) {
  useSheetsStore.getState().adopt(sheet);
  toast.success(t('import.done', { count: sheet.rowCount, name: sheet.name }));
  if (warnings.length > 0) toast.warning(t('import.warningsTitle'), { description: warnings.join('\n') });
  useDialogStore.getState().show('columnMap');
}
