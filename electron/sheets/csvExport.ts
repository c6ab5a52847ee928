// Writes a sheet as CSV: the original columns, then for each kind the sheet has enrichment records
// for, "<Kind>" (bare values joined by "; ") and "<Kind> status". A sheet never enriched exports the
// columns it was imported with, and the layout depends on the sheet, not on which rows are chosen,
// so several exports of one sheet line up.
//
// Rows are read and written a page at a time (never one big string), into a temporary file in the
// target folder that is renamed over the target only when complete: a failed export leaves no half
// file and does not clobber an existing one.
import fs from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { randomBytes } from 'node:crypto';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import Papa from 'papaparse';
import { AppError } from '../app/errors';
import type { EnrichKind, SheetDetail } from '@shared/domain';
import { neutraliseFormula } from './cellEscape';
import { KIND_LABELS, toExportCells } from './enrichmentText';
import { fileErrorReason } from './fileErrors';
import type { SheetStore, StoredRow } from './sheetStore';

/** Rows read and encoded per step. */
const PAGE_ROWS = 5_000;

export interface ExportJob {
  store: SheetStore;
  sheet: SheetDetail;
  /** Rows to write, in this order; null = the whole sheet in file order. */
  rowIds: readonly number[] | null;
  target: string;
  /** UTF-8 with a BOM and CRLF line ends, which Excel needs to read accents right. */
  excelFriendly: boolean;
}

/** Writes the file; returns how many rows it holds. */
export async function exportCsv(job: ExportJob): Promise<number> {
  const temp = path.join(path.dirname(job.target), `.${path.basename(job.target)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const rows = await writeFile(job, temp);
    await fs.promises.rename(temp, job.target);
    return rows;
  } catch (error) {
    await fs.promises.rm(temp, { force: true });
    throw writeFailed(job.target, error);
  }
}

async function writeFile(job: ExportJob, file: string): Promise<number> {
  const newline = job.excelFriendly ? '\r\n' : '\n';
  const kinds = job.store.enrichedKinds(job.sheet.id);
  const header = [...job.sheet.columns, ...kinds.flatMap((k) => [KIND_LABELS[k], `${KIND_LABELS[k]} status`])];
  const encode = (rows: string[][]) =>
    Papa.unparse(
      rows.map((r) => r.map(neutraliseFormula)),
      { newline },
    ) + newline;

  const out = fs.createWriteStream(file, { flags: 'wx' });
  const failed = new Promise<never>((_, reject) => out.once('error', reject));
  failed.catch(() => {}); // observed through the races below; this only keeps it from counting as unhandled
  const write = async (chunk: string) => {
    if (!out.write(chunk)) await Promise.race([once(out, 'drain'), failed]);
  };
  try {
    await write((job.excelFriendly ? '\ufeff' : '') + encode([header]));
    let written = 0;
    for (const page of pages(job)) {
      await write(encode(page.map((row) => exportRow(row, kinds))));
      written += page.length;
      await yieldToLoop();
    }
    out.end();
    await Promise.race([once(out, 'finish'), failed]);
    return written;
  } finally {
    out.destroy();
  }
}

/** Pages of rows: by idx for the whole sheet, else the given ids (deduplicated) in their order. */
function* pages(job: ExportJob): Generator<StoredRow[]> {
  if (job.rowIds === null) {
    for (let from = 0; ;) {
      const page = job.store.rowsFrom(job.sheet.id, from, PAGE_ROWS);
      if (page.length === 0) return;
      yield page;
      from = page[page.length - 1].idx + 1;
    }
  }
  const ids = [...new Set(job.rowIds)];
  for (let start = 0; start < ids.length; start += PAGE_ROWS) {
    const wanted = ids.slice(start, start + PAGE_ROWS);
    const byId = new Map(job.store.rowsByIds(job.sheet.id, wanted).map((r) => [r.id, r]));
    const page = wanted.flatMap((id) => byId.get(id) ?? []);
    if (page.length > 0) yield page;
  }
}

function exportRow(row: StoredRow, kinds: readonly EnrichKind[]): string[] {
  const cells = JSON.parse(row.cells) as string[];
  for (const kind of kinds) cells.push(...toExportCells(kind, row[kind]));
  return cells;
}

/** "Q3 leads.csv" from a sheet name, minus characters no file system accepts. */
export function exportFileName(sheetName: string): string {
  const safe = sheetName
    .replace(/[<>:"/\\|?*\u0000-\u001f]/g, '_')
    .replace(/[. ]+$/, '')
    .trim();
  return `${safe || 'sheet'}.csv`;
}

function writeFailed(target: string, error: unknown): AppError {
  const reason = fileErrorReason(error, 'write');
  return new AppError('export_failed', `Could not save "${path.basename(target)}": ${reason}. Nothing was written.`);
}
