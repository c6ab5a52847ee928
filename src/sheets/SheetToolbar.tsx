import { useTranslation } from 'react-i18next';
import type { GridApi } from 'ag-grid-community';
import type { GridRow, SheetSummary } from '@shared/domain';
import { Button } from '../components/Button';
import { ColumnsIcon, DownloadIcon } from '../components/icons';
import { EnrichButtons } from '../runs/EnrichButtons';
import { useDialogStore } from '../stores/dialogStore';
import { QuickFilter } from './QuickFilter';

interface SheetToolbarProps {
  sheet: SheetSummary;
  canMapColumns: boolean;
  /** Null until the grid is ready: export and enrichment read the selection from it. */
  grid: GridApi<GridRow> | null;
  onQuickFilter(text: string): void;
}

export function SheetToolbar({ sheet, canMapColumns, grid, onQuickFilter }: SheetToolbarProps) {
  const { t } = useTranslation();
  const show = useDialogStore((s) => s.show);
  return (
    <div className="toolbar">
      <div className="toolbar__title">
        <h1 title={sheet.name}>{sheet.name}</h1>
        <span className="toolbar__meta">{t('sheets.rowCount', { count: sheet.rowCount })}</span>
      </div>
      <div className="toolbar__actions">
        <QuickFilter onChange={onQuickFilter} />
        <EnrichButtons sheet={sheet} grid={grid} />
        <Button
          icon={<ColumnsIcon size={14} />}
          disabled={!canMapColumns}
          title={t('toolbar.columnsHint')}
          onClick={() => show('columnMap')}
        >
          {t('toolbar.columns')}
        </Button>
        <Button icon={<DownloadIcon size={14} />} disabled={grid === null} onClick={() => show('export')}>
          {t('toolbar.export')}
        </Button>
      </div>
    </div>
  );
}
