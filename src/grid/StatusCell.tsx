// The per-row enrichment state: one coloured pill per kind that has been asked for.
import type { CustomCellRendererProps } from 'ag-grid-react';
import { useTranslation } from 'react-i18next';
import { ENRICH_KINDS, type GridRow } from '@shared/domain';

export function StatusCell({ data }: CustomCellRendererProps<GridRow>) {
  const { t } = useTranslation();
  if (!data) return null;
  return (
    <span className="status-cell">
      {ENRICH_KINDS.map((kind) => {
        const cell = data[kind];
        if (!cell) return null;
        return (
          <span key={kind} className={`pill pill--${cell.state}`} title={cell.error ?? undefined}>
            {t(`enrich.${kind}`)} · {t(`enrich.state.${cell.state}`)}
          </span>
        );
      })}
    </span>
  );
}
