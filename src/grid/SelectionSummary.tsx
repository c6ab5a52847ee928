import { useTranslation } from 'react-i18next';
import { isFullyLoaded, useGridStatusStore } from '../stores/gridStatusStore';

export function SelectionSummary() {
  const { t } = useTranslation();
  const status = useGridStatusStore();
  return (
    <div className="status-bar" role="status">
      <span data-testid="selection-summary">
        {t('grid.summary', { selected: status.selected, filtered: status.filtered, total: status.total })}
      </span>
      {!isFullyLoaded(status) && (
        <span className="status-bar__loading">{t('grid.loading', { loaded: status.loaded, total: status.total })}</span>
      )}
    </div>
  );
}
