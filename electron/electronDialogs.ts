// Electron's file dialogs behind the core's Dialogs interface.
import { dialog, type BrowserWindow, type OpenDialogOptions } from 'electron';
import type { Dialogs } from './app/host';

const ALL_FILES = { name: 'All files', extensions: ['*'] };
const CSV_FILTERS = [{ name: 'CSV and text files', extensions: ['csv', 'tsv', 'txt'] }, ALL_FILES];
const KEY_FILTERS = [{ name: 'Key lists', extensions: ['txt', 'csv', 'env'] }, ALL_FILES];

export function electronDialogs(getWindow: () => BrowserWindow | null): Dialogs {
  const open = async (filters: OpenDialogOptions['filters']) => {
    const options: OpenDialogOptions = { properties: ['openFile'], filters };
    const win = getWindow();
    const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  };
  return {
    openCsv: () => open(CSV_FILTERS),
    openKeysFile: () => open(KEY_FILTERS),
    async saveCsv(defaultName) {
      const options = { defaultPath: defaultName, filters: CSV_FILTERS };
      const win = getWindow();
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled ? null : (result.filePath ?? null);
    },
  };
}
