// A SheetService on a real temporary SQLite file, with a scripted stand-in for the host's file
// dialogs (Electron's dialog module is the host's, not ours) and recorded events and log lines.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase, type Db } from '../../../electron/db/database';
import type { Dialogs, Emit } from '../../../electron/app/host';
import type { Logger } from '../../../electron/app/logger';
import type { ImportProgress } from '@shared/domain';
import { SheetService } from '../../../electron/sheets/sheetService';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/csv/', import.meta.url));
export const fixture = (name: string) => path.join(FIXTURES, name);

export interface Harness {
  dir: string;
  dbFile: string;
  db: Db;
  service: SheetService;
  progress: ImportProgress[];
  /** What the next dialogs return; saveCsv also records the suggested names. */
  dialogs: Dialogs & { nextOpen: string | null; nextSave: string | null; suggestedNames: string[] };
  logs: string[];
  /** A new service on the same database file, as after a restart. */
  reopen(): void;
  close(): void;
}

export function createHarness(): Harness {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'enrichdesk-sheets-'));
  const dbFile = path.join(dir, 'profile.sqlite');
  const progress: ImportProgress[] = [];
  const logs: string[] = [];
  const logger: Logger = {
    info: (m) => logs.push(`info ${m}`),
    warn: (m) => logs.push(`warn ${m}`),
    error: (m) => logs.push(`error ${m}`),
  };
  const dialogs: Harness['dialogs'] = {
    nextOpen: null,
    nextSave: null,
    suggestedNames: [],
    openCsv: async () => dialogs.nextOpen,
    saveCsv: async (name) => {
      dialogs.suggestedNames.push(name);
      return dialogs.nextSave;
    },
    openKeysFile: async () => null,
  };
  const start = () => {
    const db = openDatabase(dbFile);
    const emit: Emit = (event, payload) => {
      if (event === 'sheets.importProgress') progress.push(payload as ImportProgress);
    };
    const service = new SheetService({ db, logger, dialogs, emit });
    return { db, service };
  };
  const harness: Harness = {
    dir,
    dbFile,
    ...start(),
    progress,
    dialogs,
    logs,
    reopen() {
      harness.db.close();
      Object.assign(harness, start());
    },
    close() {
      harness.db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  return harness;
}

let importCounter = 0;
export const nextImportId = () => `import-${++importCounter}`;

/** Imports a file by path and returns the result (never null: no dialog is involved). */
export async function importFile(h: Harness, file: string, importId = nextImportId()) {
  const result = await h.service.import({ importId, path: file });
  if (!result) throw new Error('import returned null for a path');
  return result;
}

/** All cells of a sheet, in file order. */
export function allCells(h: Harness, sheetId: number): string[][] {
  return h.service.rows(sheetId, 0, 100_000).rows.map((r) => r.cells);
}
