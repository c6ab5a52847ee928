// The row ids an export scope stands for, read from the grid as the user sees it.
import type { GridApi } from 'ag-grid-community';
import type { ExportScope, GridRow } from '@shared/domain';

export function rowIdsFor(grid: GridApi<GridRow>, scope: Exclude<ExportScope, 'all'>): number[] {
  const ids: number[] = [];
  // Display order, so the file follows the sort the user applied.
  grid.forEachNodeAfterFilterAndSort((node) => {
    if (node.data && (scope === 'filtered' || node.isSelected())) ids.push(node.data.id);
  });
  if (scope === 'selected') appendHiddenSelection(grid, ids);
  return ids;
}

/** Rows selected before a filter hid them are still selected, and still exported. */
function appendHiddenSelection(grid: GridApi<GridRow>, ids: number[]) {
  const seen = new Set(ids);
  for (const node of grid.getSelectedNodes()) {
    if (node.data && !seen.has(node.data.id)) ids.push(node.data.id);
  }
}
