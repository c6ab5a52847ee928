// Imports one CSV byte stream as a new sheet: the main thread parses and creates the sheet, a writer
// thread (rowWriter.ts) commits the rows in batched transactions meanwhile, with a turn of the event
// loop between batches (the window stays responsive during a million-row import). Progress is
// reported at most every PROGRESS_INTERVAL_MS, and any failure or cancel stops the writer, then
// removes the partial sheet — other sheets are never touched.
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { AppError } from '../app/errors';
import type { ColumnMap, Encoding } from '@shared/domain';
import { GUESS_SAMPLE_ROWS, guessColumnMap } from './columnGuess';
import { CsvReader } from './csvReader';
import type { Delimiter } from './dialect';
import { cleanHeaders } from './headers';
import { RowWriter, type RowDatabase } from './rowWriter';
import type { SheetStore } from './sheetStore';
import { counted, formatCount } from './wording';

/**
 * Rows per transaction (one statement on the writer thread) and per message to it: a commit in WAL
 * mode is cheap, and 2,000 rows keep the main thread's share of a batch (JSON.stringify, sending) to
 * a few ms, while MAX_QUEUED_BATCHES of them bound what parsed rows can hold in memory.
 */
export const BATCH_ROWS = 2_000;
export const PROGRESS_INTERVAL_MS = 100;
/** Excel's own limit; a wider "header" is almost surely not a CSV header. */
export const MAX_COLUMNS = 16_384;

export interface ImportJob {
  store: SheetStore;
  /** Where the writer thread opens its own connection: the file behind `store`. */
  database: RowDatabase;
  source: AsyncIterable<Buffer>;
  /** The file's name as the user knows it, for messages. */
  fileName: string;
  sheetName: string;
  sourceFile: string | null;
  /** The file's size when the import began: reading fewer bytes means it shrank meanwhile. */
  expectedBytes: number | null;
  signal: AbortSignal;
  onProgress(progress: { rows: number; bytes: number }): void;
}

export interface ImportOutcome {
  sheetId: number;
  rows: number;
  columnMap: ColumnMap;
  delimiter: Delimiter;
  encoding: Encoding;
  warnings: string[];
}

/** Tallies of rows whose width differed from the header's. */
interface Ragged {
  padded: number;
  cut: number;
}

export async function importCsv(job: ImportJob): Promise<ImportOutcome> {
  const reader = new CsvReader(job.source, job.fileName);
  const sheet = new SheetWriter(job);
  try {
    for await (const rows of reader.rows()) {
      throwIfCancelled(job.signal);
      for (const row of rows) {
        if (sheet.add(row)) {
          await sheet.flush();
          await yieldToLoop();
          throwIfCancelled(job.signal);
        }
      }
      sheet.reportProgress(reader.bytesRead, false);
    }
    if (sheet.columns === null) throw new AppError('import_empty', `"${job.fileName}" is empty.`);
    await sheet.finish();
    if (sheet.rows === 0) throw new AppError('import_no_rows', `"${job.fileName}" has a header but no rows.`);
    if (job.expectedBytes !== null && reader.bytesRead < job.expectedBytes) {
      throw new AppError(
        'import_file_changed',
        `"${job.fileName}" got shorter while it was being imported. Import it again once it is no longer being changed.`,
      );
    }
    const columnMap = guessColumnMap(sheet.columns, sheet.sample);
    job.store.completeImport(sheet.id!, sheet.rows, columnMap);
    sheet.reportProgress(reader.bytesRead, true);
    const { encoding, dialect } = reader.detected!;
    return {
      sheetId: sheet.id!,
      rows: sheet.rows,
      columnMap,
      delimiter: dialect.delimiter,
      encoding,
      warnings: [...sheet.warnings(), ...readerWarnings(reader)],
    };
  } catch (error) {
    // The writer may still hold batches of this sheet: removing it only after the thread ends means
    // no late insert can recreate rows of a sheet being deleted.
    await sheet.stop();
    if (sheet.id !== null) await job.store.remove(sheet.id);
    throw error;
  }
}

function throwIfCancelled(signal: AbortSignal): void {
  if (signal.aborted) throw new AppError('import_cancelled', 'Import cancelled.');
}

/** Creates the sheet from the header row, then buffers data rows and hands them to the writer thread in batches. */
class SheetWriter {
  id: number | null = null;
  columns: string[] | null = null;
  rows = 0;
  /** The first data rows, for guessing the column map from their contents. */
  readonly sample: string[][] = [];
  private headerWarnings: string[] = [];
  private readonly ragged: Ragged = { padded: 0, cut: 0 };
  private batch: string[][] = [];
  private writer: RowWriter | null = null;
  private lastProgressAt = 0;

  constructor(private readonly job: ImportJob) {}

  /** Takes one parsed row; returns true when a batch is full (time to flush). */
  add(row: string[]): boolean {
    if (this.columns === null) {
      this.begin(row);
      return false;
    }
    const cells = this.fit(row, this.columns.length);
    if (this.sample.length < GUESS_SAMPLE_ROWS) this.sample.push(cells);
    this.batch.push(cells);
    return this.batch.length >= BATCH_ROWS;
  }

  /** Sends the buffered rows to the writer; waits only while it has MAX_QUEUED_BATCHES pending. */
  async flush(): Promise<void> {
    if (this.batch.length === 0) return;
    const [batch, firstIdx] = [this.batch, this.rows];
    this.batch = [];
    this.rows += batch.length;
    await this.writer!.write(this.id!, firstIdx, batch);
  }

  /** Writes the last rows and waits until every row is committed; throws the writer's failure. */
  async finish(): Promise<void> {
    await this.flush();
    await this.writer?.finish();
  }

  /** Ends the writer thread, if one was started; for the failure path, so it never throws. */
  async stop(): Promise<void> {
    await this.writer?.stop();
  }

  reportProgress(bytes: number, final: boolean): void {
    const now = Date.now();
    if (!final && now - this.lastProgressAt < PROGRESS_INTERVAL_MS) return;
    this.lastProgressAt = now;
    this.job.onProgress({ rows: this.rows + this.batch.length, bytes });
  }

  warnings(): string[] {
    const notes = [...this.headerWarnings];
    const width = this.columns!.length;
    if (this.ragged.padded > 0) {
      notes.push(`${counted(this.ragged.padded, 'row has', 'rows have')} fewer than ${width} values; the missing ones were left blank.`);
    }
    if (this.ragged.cut > 0) {
      notes.push(`${counted(this.ragged.cut, 'row has', 'rows have')} more than ${width} values; the extra ones were dropped.`);
    }
    return notes;
  }

  private begin(header: string[]): void {
    if (header.length > MAX_COLUMNS) {
      throw new AppError(
        'import_too_many_columns',
        `"${this.job.fileName}" has ${formatCount(header.length)} columns; EnrichDesk reads up to ${formatCount(MAX_COLUMNS)}.`,
      );
    }
    const { columns, warnings } = cleanHeaders(header);
    this.columns = columns;
    this.headerWarnings = warnings;
    this.id = this.job.store.createImporting({ name: this.job.sheetName, sourceFile: this.job.sourceFile, columns });
    // Started with the sheet, so the thread boots while the first batch is parsed.
    this.writer = new RowWriter(this.job.database, this.job.fileName);
  }

  /** Pads short rows with blanks and cuts long ones; trailing empty extras (a habit of some exporters) are not worth a warning. */
  private fit(row: string[], width: number): string[] {
    if (row.length < width) {
      this.ragged.padded++;
      while (row.length < width) row.push('');
    } else if (row.length > width) {
      if (row.some((cell, i) => i >= width && cell !== '')) this.ragged.cut++;
      row.length = width;
    }
    return row;
  }
}

function readerWarnings(reader: CsvReader): string[] {
  const notes: string[] = [];
  if (reader.malformedQuotes > 0) {
    const them = reader.malformedQuotes === 1 ? 'it was' : 'they were';
    notes.push(`${counted(reader.malformedQuotes, 'value has', 'values have')} text after a closing quote; ${them} kept as written.`);
  }
  if (reader.replacedCharacters) {
    notes.push('Some characters could not be read as UTF-8 and were replaced with "�": the file seems to mix text encodings.');
  }
  return notes;
}
