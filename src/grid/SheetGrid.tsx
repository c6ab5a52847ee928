// The sheet grid. Mounted once per open sheet (keyed by id by its parent), so every sheet starts with
// fresh rows, selection and auto-sized columns.
import { useMemo, useState } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { GridApi, GridReadyEvent, RowSelectionOptions, SelectionColumnDef, SortChangedEvent } from 'ag-grid-community';
import type { GridRow, SheetSummary } from '@shared/domain';
import { notifyError } from '../errors';
import { t } from '../i18n';
import { useGridStatusStore } from '../stores/gridStatusStore';
import { buildColumnDefs, defaultColDef } from './columns';
import { fetchFirstPage, loadRows } from './rowLoader';
import { gridTheme } from './theme';
import './setup';
import './grid.css';

const rowSelection: RowSelectionOptions<GridRow> = {
  mode: 'multiRow',
  checkboxes: true,
  headerCheckbox: true,
  // The header checkbox acts on what the user sees, so "select all → export selected" matches the filter.
  selectAll: 'filtered',
  enableClickSelection: false,
};

const selectionColumnDef: SelectionColumnDef = { pinned: 'left', width: 44, maxWidth: 44, resizable: false };

const autoSizeStrategy = { type: 'fitCellContents', defaultMinWidth: 80, defaultMaxWidth: 360 } as const;

const localeText = { noRowsToShow: t('grid.noRows'), noMatchingRows: t('grid.noRows') };

const getRowId = ({ data }: { data: GridRow }) => String(data.id);

// Columns were sized before they had a sort arrow; refit the ones that just got one so their header
// is not cut off. Only rendered rows are measured, so this stays cheap on big sheets.
const refitSorted = ({ api: grid, columns }: SortChangedEvent<GridRow>) => {
  const sorted = (columns ?? []).filter((column) => column.getSort()).map((column) => column.getColId());
  if (sorted.length > 0) grid.autoSizeColumns(sorted);
};

interface SheetGridProps {
  sheet: SheetSummary;
  quickFilter: string;
  onReady(grid: GridApi<GridRow>): void;
}

export function SheetGrid({ sheet, quickFilter, onReady }: SheetGridProps) {
  // A rename hands us a new columns array; AG Grid keeps widths and sort across equal colIds.
  const columnDefs = useMemo(() => buildColumnDefs(sheet.columns), [sheet.columns]);
  const status = useGridStatusStore.getState;
  // Requested at mount, not at grid-ready, so the round trip overlaps AG Grid's start-up.
  const [firstPage] = useState(() => fetchFirstPage(sheet.id));

  const onGridReady = ({ api: grid }: GridReadyEvent<GridRow>) => {
    status().reset(sheet.rowCount);
    onReady(grid);
    loadRows(grid, {
      sheetId: sheet.id,
      firstPage,
      onLoaded: status().setLoaded,
      isStale: () => grid.isDestroyed(),
    }).catch(notifyError);
  };

  return (
    <div className="sheet-grid">
      <AgGridReact<GridRow>
        theme={gridTheme}
        columnDefs={columnDefs}
        defaultColDef={defaultColDef}
        rowSelection={rowSelection}
        selectionColumnDef={selectionColumnDef}
        autoSizeStrategy={autoSizeStrategy}
        getRowId={getRowId}
        quickFilterText={quickFilter}
        cacheQuickFilter
        localeText={localeText}
        animateRows={false}
        onGridReady={onGridReady}
        onSortChanged={refitSorted}
        onSelectionChanged={({ api: grid }) => status().setCounts({ selected: grid.getSelectedNodes().length })}
        onModelUpdated={({ api: grid }) => status().setCounts({ filtered: grid.getDisplayedRowCount() })}
      />
    </div>
  );
}
