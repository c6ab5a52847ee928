// What the user asked to enrich, before main has estimated it: the sheet, the kind, the rows (a
// selection, every row, or only those that failed or were not found) and how to describe them.
import { create } from 'zustand';
import type { GridApi } from 'ag-grid-community';
import type { EnrichKind, GridRow, RerunnableState } from '@shared/domain';
import { rowIdsFor } from '../grid/exportRows';

export type RunScope = { type: 'selected'; count: number } | { type: 'all'; count: number } | { type: 'rerun' };

export interface EnrichRequest {
  sheetId: number;
  sheetName: string;
  kind: EnrichKind;
  rowIds?: number[];
  onlyStates?: RerunnableState[];
  scope: RunScope;
}

export const RERUN_STATES: RerunnableState[] = ['failed', 'not_found'];

interface SheetRef {
  id: number;
  name: string;
  rowCount: number;
}

/** The selected rows, or every row when none is selected. */
export function requestFromGrid(sheet: SheetRef, kind: EnrichKind, grid: GridApi<GridRow> | null): EnrichRequest {
  const rowIds = grid ? rowIdsFor(grid, 'selected') : [];
  const base = { sheetId: sheet.id, sheetName: sheet.name, kind };
  return rowIds.length > 0
    ? { ...base, rowIds, scope: { type: 'selected', count: rowIds.length } }
    : { ...base, scope: { type: 'all', count: sheet.rowCount } };
}

export const rerunRequest = (sheet: { id: number; name: string }, kind: EnrichKind): EnrichRequest => ({
  sheetId: sheet.id,
  sheetName: sheet.name,
  kind,
  onlyStates: RERUN_STATES,
  scope: { type: 'rerun' },
});

interface EnrichRequestState {
  request: EnrichRequest | null;
  ask(request: EnrichRequest): void;
  close(): void;
}

/** The request whose estimate dialog is open; app-wide, so a toast or the history page can open it too. */
export const useEnrichRequestStore = create<EnrichRequestState>()((set) => ({
  request: null,
  ask: (request) => set({ request }),
  close: () => set({ request: null }),
}));
