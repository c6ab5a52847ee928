// Export scope (with how many rows each means) and the Excel option; main shows the save dialog.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import type { GridApi } from 'ag-grid-community';
import { EXPORT_SCOPES, type ExportScope, type GridRow, type SheetSummary } from '@shared/domain';
import { api } from '../api';
import { Button } from '../components/Button';
import { Dialog } from '../components/Dialog';
import { notifyError } from '../errors';
import { rowIdsFor } from '../grid/exportRows';
import { formatNumber } from '../i18n';
import { isFullyLoaded, useGridStatusStore } from '../stores/gridStatusStore';

interface ExportDialogProps {
  sheet: SheetSummary;
  grid: GridApi<GridRow>;
  onClose(): void;
}

function useScopeOptions(sheet: SheetSummary) {
  const status = useGridStatusStore();
  const loaded = isFullyLoaded(status);
  const counts: Record<ExportScope, number> = { all: sheet.rowCount, selected: status.selected, filtered: status.filtered };
  // Until every row is in the grid, "filtered" would silently miss the rows not loaded yet.
  const disabled: Record<ExportScope, boolean> = { all: false, selected: status.selected === 0, filtered: !loaded };
  return { counts, disabled, loaded };
}

export function ExportDialog({ sheet, grid, onClose }: ExportDialogProps) {
  const { t } = useTranslation();
  const { counts, disabled, loaded } = useScopeOptions(sheet);
  const [scope, setScope] = useState<ExportScope>(counts.selected > 0 ? 'selected' : 'all');
  const [excelFriendly, setExcelFriendly] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    setBusy(true);
    try {
      const rowIds = scope === 'all' ? undefined : rowIdsFor(grid, scope);
      const result = await api.sheets.export({ sheetId: sheet.id, scope, rowIds, excelFriendly });
      if (result) {
        toast.success(t('export.done', { count: result.rows, path: result.path }));
        onClose();
      }
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={t('export.title', { name: sheet.name })}
      onClose={onClose}
      onSubmit={() => void submit()}
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary" disabled={busy || disabled[scope]}>
            {t('export.submit')}
          </Button>
        </>
      }
    >
      <fieldset className="choice-group">
        <legend>{t('export.scopeLabel')}</legend>
        {EXPORT_SCOPES.map((option) => (
          <label key={option} className={`choice ${disabled[option] ? 'choice--disabled' : ''}`}>
            <input
              type="radio"
              name="scope"
              value={option}
              checked={scope === option}
              disabled={disabled[option]}
              onChange={() => setScope(option)}
            />
            <span className="choice__label">{t(`export.scope.${option}`)}</span>
            <span className="choice__count">
              {option === 'filtered' && !loaded ? t('export.filteredLoading') : formatNumber(counts[option])}
            </span>
          </label>
        ))}
      </fieldset>
      <label className="checkbox">
        <input type="checkbox" checked={excelFriendly} onChange={(e) => setExcelFriendly(e.target.checked)} />
        <span>
          {t('export.excelFriendly')}
          <small>{t('export.excelFriendlyHint')}</small>
        </span>
      </label>
    </Dialog>
  );
}
