// One open sheet: toolbar, grid, status bar, and the dialogs that act on it.
import { useState } from 'react';
import type { GridApi } from 'ag-grid-community';
import type { GridRow, SheetSummary } from '@shared/domain';
import { SelectionSummary } from '../grid/SelectionSummary';
import { SheetGrid } from '../grid/SheetGrid';
import { SheetRunsProgress } from '../runs/RunProgressBar';
import { useRowPatches } from '../runs/useRowPatches';
import { useDialogStore } from '../stores/dialogStore';
import { useSheetsStore } from '../stores/sheetsStore';
import { ColumnMapDialog } from './ColumnMapDialog';
import { ExportDialog } from './ExportDialog';
import { SheetToolbar } from './SheetToolbar';

export function SheetView({ sheet }: { sheet: SheetSummary }) {
  const detail = useSheetsStore((s) => (s.detail?.id === sheet.id ? s.detail : null));
  const dialog = useDialogStore((s) => s.open);
  const closeDialog = useDialogStore((s) => s.close);
  const [grid, setGrid] = useState<GridApi<GridRow> | null>(null);
  const [quickFilter, setQuickFilter] = useState('');
  useRowPatches(sheet.id, grid);

  return (
    <section className="sheet-view">
      <SheetToolbar sheet={sheet} canMapColumns={detail !== null} grid={grid} onQuickFilter={setQuickFilter} />
      <SheetRunsProgress sheetId={sheet.id} />
      <SheetGrid sheet={sheet} quickFilter={quickFilter} onReady={setGrid} />
      <SelectionSummary />
      {dialog === 'columnMap' && detail && <ColumnMapDialog sheet={detail} onClose={closeDialog} />}
      {dialog === 'export' && grid && <ExportDialog sheet={sheet} grid={grid} onClose={closeDialog} />}
    </section>
  );
}
