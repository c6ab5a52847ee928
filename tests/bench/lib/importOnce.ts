// One measured import, run as its own process by the import benchmark so that its peak RSS is the
// import's alone — not the generator's or the papaparse baseline's leftovers in the same heap.
// Usage: node --import tsx tests/bench/lib/importOnce.ts <csv> <sqlite> <expected rows>
// Prints one JSON line: {"rowsPerSecond":…,"peakRssMb":…,"loopDelayP99Ms":…}.
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../../../electron/db/database';
import type { Logger } from '../../../electron/app/logger';
import { SheetService } from '../../../electron/sheets/sheetService';
import { sampled } from './sampling';

export interface ImportMeasurement {
  rowsPerSecond: number;
  peakRssMb: number;
  loopDelayP99Ms: number;
}

const quiet: Logger = { info: () => {}, warn: () => {}, error: () => {} };

async function measure(csv: string, dbFile: string, expectedRows: number): Promise<ImportMeasurement> {
  const db = openDatabase(dbFile);
  try {
    const unused = async () => null;
    const dialogs = { openCsv: unused, saveCsv: unused, openKeysFile: unused };
    const service = new SheetService({ db, logger: quiet, emit: () => {}, dialogs });
    const run = await sampled(async () => {
      const started = performance.now();
      const result = await service.import({ importId: 'bench', path: csv });
      if (result?.sheet.rowCount !== expectedRows) throw new Error(`imported ${result?.sheet.rowCount} rows, expected ${expectedRows}`);
      return expectedRows / ((performance.now() - started) / 1000);
    });
    return { rowsPerSecond: run.value, peakRssMb: run.peakRssMb, loopDelayP99Ms: run.loopDelayP99Ms };
  } finally {
    db.close();
  }
}

const [csv, dbFile, rows] = process.argv.slice(2);
measure(csv, dbFile, Number(rows)).then(
  (m) => console.log(JSON.stringify(m)),
  (error: unknown) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exitCode = 1;
  },
);
