// Electron's file dialogs behind the core's Dialogs interface.
import { dialog, type BrowserWindow } from 'electron';
import type { Dialogs } from './app/host';

const CSV_FILTERS = [
  { name: 'CSV and text files', extensions: ['csv', 'tsv', 'txt'] },
  { name: 'All files', extensions: ['*'] },
];

export function electronDialogs(getWindow: () => BrowserWindow | null): Dialogs {
  const parent = () => getWindow() ?? undefined;
  return {
    async openCsv() {
      const options = { properties: ['openFile' as const], filters: CSV_FILTERS };
      const win = parent();
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async saveCsv(defaultName) {
      const options = { defaultPath: defaultName, filters: CSV_FILTERS };
      const win = parent();
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled ? null : (result.filePath ?? null);
    },
  };
}
