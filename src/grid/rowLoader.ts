// Progressive loading into the client-side row model: the first small page is shown at once, the rest
// arrives in large chunks appended by async transactions, the next chunk already being fetched while
// the grid applies the current one. Client-side (not the infinite model) because sort, filter, "select
// filtered" and the export scopes all need every row in the grid, and sheets.rows has no server-side
// sort or filter.
import type { GridApi } from 'ag-grid-community';
import type { GridRow, RowsPage } from '@shared/domain';
import { api } from '../api';

/** Enough to fill a tall window with some scroll room; small, so it crosses IPC fast. */
export const FIRST_PAGE_ROWS = 200;
export const CHUNK_ROWS = 20_000;

interface LoadOptions {
  sheetId: number;
  /** From fetchFirstPage(), started when the sheet opened so it overlaps the grid's own start-up. */
  firstPage: Promise<RowsPage>;
  onLoaded(loaded: number, total: number): void;
  /** True once the grid is gone (sheet closed); loading stops quietly. */
  isStale(): boolean;
}

const fetchPage = (sheetId: number, offset: number, limit: number): Promise<RowsPage> => api.sheets.rows({ sheetId, offset, limit });

export const fetchFirstPage = (sheetId: number) => fetchPage(sheetId, 0, FIRST_PAGE_ROWS);

/** Resolves once the browser has painted the current frame. */
const afterPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

const append = (grid: GridApi<GridRow>, rows: GridRow[]) =>
  new Promise<void>((resolve) => grid.applyTransactionAsync({ add: rows }, () => resolve()));

export async function loadRows(grid: GridApi<GridRow>, { sheetId, firstPage, onLoaded, isStale }: LoadOptions): Promise<void> {
  const first = await firstPage;
  if (isStale()) return;
  grid.setGridOption('rowData', first.rows);
  let loaded = first.rows.length;
  onLoaded(loaded, first.total);
  // The first rows get painted before megabytes of the next chunk arrive to be parsed on this thread.
  await afterPaint();
  if (isStale()) return;

  let next = loaded < first.total ? fetchPage(sheetId, loaded, CHUNK_ROWS) : null;
  while (next) {
    const page = await next;
    if (isStale()) return;
    // The sheet shrank under us: what we have is all there is.
    if (page.rows.length === 0) return onLoaded(loaded, loaded);
    const end = loaded + page.rows.length;
    next = end < page.total ? fetchPage(sheetId, end, CHUNK_ROWS) : null;
    await append(grid, page.rows);
    if (isStale()) return;
    loaded = end;
    onLoaded(loaded, page.total);
  }
}
