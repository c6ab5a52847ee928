// Feeds the open sheet's grid with its runs' row patches.
import { useEffect } from 'react';
import type { GridApi } from 'ag-grid-community';
import type { GridRow } from '@shared/domain';
import { api } from '../api';
import { isFullyLoaded, useGridStatusStore } from '../stores/gridStatusStore';
import { RowPatcher } from './rowPatcher';

export function useRowPatches(sheetId: number, grid: GridApi<GridRow> | null): void {
  useEffect(() => {
    if (!grid) return;
    const patcher = new RowPatcher(grid, () => isFullyLoaded(useGridStatusStore.getState()));
    const offRows = api.on('runs.rowsUpdated', (event) => {
      if (event.sheetId === sheetId) patcher.add(event.rows);
    });
    const offLoaded = useGridStatusStore.subscribe((s, before) => {
      if (s.loaded !== before.loaded) patcher.rowsAdded();
    });
    return () => {
      offRows();
      offLoaded();
    };
  }, [sheetId, grid]);
}
