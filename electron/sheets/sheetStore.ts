// The SQL behind sheets: the `sheets`, `rows` and (read-only here) `enrichments` tables.
//
// A sheet in state 'importing' is incomplete: it is being imported or deleted. It is hidden from every
// read, and whatever is left of one after a crash is removed at the next start.
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { Db } from '../db/database';
import { ENRICH_KINDS, type ColumnMap, type EnrichKind, type EnrichState, type SheetDetail, type SheetSummary } from '@shared/domain';

export interface RawEnrichment {
  state: EnrichState;
  /** Result JSON as the job runner stored it. */
  result: string | null;
  error: string | null;
}

export interface StoredRow {
  id: number;
  idx: number;
  /** JSON array of strings, one per column. */
  cells: string;
  phones: RawEnrichment | null;
  emails: RawEnrichment | null;
}

interface SheetRecord {
  id: number;
  name: string;
  source_file: string | null;
  columns: string;
  column_map: string;
  row_count: number;
  created_at: number;
  updated_at: number;
}

interface RowRecord {
  id: number;
  idx: number;
  cells: string;
  p_state: EnrichState | null;
  p_result: string | null;
  p_error: string | null;
  e_state: EnrichState | null;
  e_result: string | null;
  e_error: string | null;
}

/** Rows deleted per transaction when removing a sheet, so a big sheet never blocks the loop for long. */
const DELETE_BATCH = 20_000;

const ROW_SELECT = `
  SELECT r.id, r.idx, r.cells,
         p.state AS p_state, p.result AS p_result, p.error_message AS p_error,
         e.state AS e_state, e.result AS e_result, e.error_message AS e_error
  FROM rows r
  LEFT JOIN enrichments p ON p.row_id = r.id AND p.kind = 'phones'
  LEFT JOIN enrichments e ON e.row_id = r.id AND e.kind = 'emails'`;

const SHEET_COLUMNS = 'id, name, source_file, columns, column_map, row_count, created_at, updated_at';

/**
 * Rows firstIdx, firstIdx + 1, … of a sheet from one JSON array, run by an import's writer thread
 * (rowWriter.ts) with (sheetId, firstIdx, rowsJson). One statement per batch: SQLite walks the array
 * itself, which costs less than a JavaScript-to-native call per row; each element's JSON text
 * becomes that row's cells.
 */
export const INSERT_ROWS_SQL = 'INSERT INTO rows (sheet_id, idx, cells) SELECT ?, ? + key, value FROM json_each(?)';

export class SheetStore {
  constructor(private readonly db: Db) {}

  createImporting(sheet: { name: string; sourceFile: string | null; columns: readonly string[] }): number {
    const now = Date.now();
    const info = this.db
      .prepare(`INSERT INTO sheets (name, source_file, columns, state, created_at, updated_at) VALUES (?, ?, ?, 'importing', ?, ?)`)
      .run(sheet.name, sheet.sourceFile, JSON.stringify(sheet.columns), now, now);
    return Number(info.lastInsertRowid);
  }

  completeImport(sheetId: number, rowCount: number, columnMap: ColumnMap): void {
    this.db
      .prepare(`UPDATE sheets SET state = 'ready', row_count = ?, column_map = ?, updated_at = ? WHERE id = ?`)
      .run(rowCount, JSON.stringify(columnMap), Date.now(), sheetId);
  }

  list(): SheetSummary[] {
    const records = this.db
      .prepare(`SELECT ${SHEET_COLUMNS} FROM sheets WHERE state = 'ready' ORDER BY created_at DESC, id DESC`)
      .all() as SheetRecord[];
    return records.map(toSummary);
  }

  get(sheetId: number): SheetDetail | null {
    const record = this.db.prepare(`SELECT ${SHEET_COLUMNS} FROM sheets WHERE id = ? AND state = 'ready'`).get(sheetId) as
      SheetRecord | undefined;
    return record ? { ...toSummary(record), columnMap: JSON.parse(record.column_map) as ColumnMap } : null;
  }

  /** Up to `limit` rows with idx >= fromIdx, in file order. */
  rowsFrom(sheetId: number, fromIdx: number, limit: number): StoredRow[] {
    const records = this.db
      .prepare(`${ROW_SELECT} WHERE r.sheet_id = ? AND r.idx >= ? ORDER BY r.idx LIMIT ?`)
      .all(sheetId, fromIdx, limit) as RowRecord[];
    return records.map(toStoredRow);
  }

  /** The rows of this sheet among `ids`, in no particular order; ids of other sheets are ignored. */
  rowsByIds(sheetId: number, ids: readonly number[]): StoredRow[] {
    const records = this.db
      .prepare(`${ROW_SELECT} WHERE r.sheet_id = ? AND r.id IN (SELECT value FROM json_each(?))`)
      .all(sheetId, JSON.stringify(ids)) as RowRecord[];
    return records.map(toStoredRow);
  }

  /** Kinds with at least one enrichment record on this sheet, phones first. */
  enrichedKinds(sheetId: number): EnrichKind[] {
    const kinds = this.db
      .prepare(`SELECT DISTINCT e.kind FROM enrichments e JOIN rows r ON r.id = e.row_id WHERE r.sheet_id = ?`)
      .pluck()
      .all(sheetId) as EnrichKind[];
    return ENRICH_KINDS.filter((k) => kinds.includes(k));
  }

  setColumnMap(sheetId: number, columnMap: ColumnMap): void {
    this.db.prepare('UPDATE sheets SET column_map = ?, updated_at = ? WHERE id = ?').run(JSON.stringify(columnMap), Date.now(), sheetId);
  }

  rename(sheetId: number, name: string): void {
    this.db.prepare('UPDATE sheets SET name = ?, updated_at = ? WHERE id = ?').run(name, Date.now(), sheetId);
  }

  /**
   * Removes a sheet, its rows and their enrichments in batches, yielding to the event loop between
   * them. The sheet is hidden first, so nobody sees it half gone, and a crash midway leaves an
   * 'importing' sheet that the next start removes.
   */
  async remove(sheetId: number): Promise<void> {
    this.db.prepare(`UPDATE sheets SET state = 'importing' WHERE id = ?`).run(sheetId);
    const deleteBatch = this.db.prepare('DELETE FROM rows WHERE id IN (SELECT id FROM rows WHERE sheet_id = ? ORDER BY idx LIMIT ?)');
    while (deleteBatch.run(sheetId, DELETE_BATCH).changes > 0) await yieldToLoop();
    this.db.prepare('DELETE FROM sheets WHERE id = ?').run(sheetId);
  }

  /** Removes, in one go, every sheet an import or delete left incomplete; returns how many. */
  removeIncomplete(): number {
    return this.db.prepare(`DELETE FROM sheets WHERE state = 'importing'`).run().changes;
  }
}

function toSummary(r: SheetRecord): SheetSummary {
  return {
    id: r.id,
    name: r.name,
    sourceFile: r.source_file,
    rowCount: r.row_count,
    columns: JSON.parse(r.columns) as string[],
    createdAt: new Date(r.created_at).toISOString(),
    updatedAt: new Date(r.updated_at).toISOString(),
  };
}

const enrichment = (state: EnrichState | null, result: string | null, error: string | null): RawEnrichment | null =>
  state === null ? null : { state, result, error };

const toStoredRow = (r: RowRecord): StoredRow => ({
  id: r.id,
  idx: r.idx,
  cells: r.cells,
  phones: enrichment(r.p_state, r.p_result, r.p_error),
  emails: enrichment(r.e_state, r.e_result, r.e_error),
});
