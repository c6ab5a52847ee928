// Data shapes that cross the IPC boundary. Pure types: the renderer compiles against this file too,
// so it must never import Node or Electron.

export type EnrichKind = 'phones' | 'emails';
export type EnrichState = 'pending' | 'in_flight' | 'found' | 'not_found' | 'failed' | 'skipped';

/** Roles a sheet column can play for enrichment. */
export const COLUMN_ROLES = [
  'linkedinUrl',
  'email',
  'firstName',
  'lastName',
  'fullName',
  'companyName',
  'companyDomain',
] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

/** Role → index into the sheet's columns (absent = not mapped). */
export type ColumnMap = Partial<Record<ColumnRole, number>>;

export interface SheetSummary {
  id: number;
  name: string;
  sourceFile: string | null;
  rowCount: number;
  columns: string[];
  createdAt: string;
  updatedAt: string;
}

export interface SheetDetail extends SheetSummary {
  columnMap: ColumnMap;
}

export interface EnrichmentCell {
  state: EnrichState;
  /** Human-readable values, e.g. "+14155550100 (mobile)". */
  values: string[];
  error: string | null;
}

export interface GridRow {
  /** Stable row id (database id). */
  id: number;
  /** Position in the imported file, 0-based. */
  index: number;
  cells: string[];
  phones: EnrichmentCell | null;
  emails: EnrichmentCell | null;
}

export interface RowsPage {
  rows: GridRow[];
  total: number;
}

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface ImportResult {
  sheet: SheetDetail;
  delimiter: string;
  encoding: Encoding;
  /** Non-fatal findings the user should see (ragged rows padded, duplicate headers renamed...). */
  warnings: string[];
}

export interface ImportProgress {
  importId: string;
  rows: number;
  bytes: number;
  totalBytes: number;
}

export type ExportScope = 'all' | 'selected' | 'filtered';

export interface ExportResult {
  path: string;
  rows: number;
}

export interface AppInfo {
  version: string;
  profileDir: string;
  platform: string;
}
