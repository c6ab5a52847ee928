// The sheets list and which sheet is open. The grid renders from the summary's columns at once; the
// detail (column map) follows, so opening a sheet never waits on it.
import { create } from 'zustand';
import { toast } from 'sonner';
import type { ColumnMap, SheetDetail, SheetSummary } from '@shared/domain';
import { api } from '../api';
import { notifyError } from '../errors';
import { t } from '../i18n';

interface SheetsState {
  sheets: SheetSummary[];
  loaded: boolean;
  currentId: number | null;
  detail: SheetDetail | null;
  refresh(): Promise<void>;
  open(sheetId: number): Promise<void>;
  /** Puts a freshly imported sheet in the list and opens it without another round trip. */
  adopt(sheet: SheetDetail): void;
  rename(sheetId: number, name: string): Promise<void>;
  remove(sheetId: number): Promise<void>;
  saveColumnMap(sheetId: number, columnMap: ColumnMap): Promise<boolean>;
}

const replaceSheet = (sheets: SheetSummary[], sheet: SheetSummary) => sheets.map((s) => (s.id === sheet.id ? sheet : s));

export const useSheetsStore = create<SheetsState>()((set, get) => ({
  sheets: [],
  loaded: false,
  currentId: null,
  detail: null,

  refresh: async () => {
    try {
      set({ sheets: await api.sheets.list(), loaded: true });
    } catch (error) {
      notifyError(error);
    }
  },

  open: async (sheetId) => {
    if (get().currentId === sheetId) return;
    set({ currentId: sheetId, detail: null });
    try {
      const detail = await api.sheets.get({ sheetId });
      if (get().currentId === sheetId) set({ detail });
    } catch (error) {
      notifyError(error);
    }
  },

  adopt: (sheet) =>
    set((s) => ({
      sheets: [sheet, ...s.sheets.filter((x) => x.id !== sheet.id)],
      currentId: sheet.id,
      detail: sheet,
    })),

  rename: async (sheetId, name) => {
    try {
      const renamed = await api.sheets.rename({ sheetId, name });
      set((s) => ({
        sheets: replaceSheet(s.sheets, renamed),
        detail: s.detail?.id === sheetId ? { ...s.detail, ...renamed } : s.detail,
      }));
    } catch (error) {
      notifyError(error);
    }
  },

  remove: async (sheetId) => {
    const sheet = get().sheets.find((s) => s.id === sheetId);
    try {
      await api.sheets.delete({ sheetId });
      set((s) => ({
        sheets: s.sheets.filter((x) => x.id !== sheetId),
        currentId: s.currentId === sheetId ? null : s.currentId,
        detail: s.currentId === sheetId ? null : s.detail,
      }));
      if (sheet) toast.success(t('sheets.deleted', { name: sheet.name }));
    } catch (error) {
      notifyError(error);
    }
  },

  saveColumnMap: async (sheetId, columnMap) => {
    try {
      const detail = await api.sheets.setColumnMap({ sheetId, columnMap });
      set((s) => ({ sheets: replaceSheet(s.sheets, detail), detail: s.currentId === sheetId ? detail : s.detail }));
      toast.success(t('columnMap.saved'));
      return true;
    } catch (error) {
      notifyError(error);
      return false;
    }
  },
}));

export const useCurrentSheet = () => useSheetsStore((s) => s.sheets.find((sheet) => sheet.id === s.currentId) ?? null);
