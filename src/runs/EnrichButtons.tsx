// Toolbar entry points: Enrich phones / Enrich emails for the selected rows (all rows when none is
// selected, as the tooltip says), and the menu that runs failed and not-found rows again.
import type { ReactNode } from 'react';
import type { GridApi } from 'ag-grid-community';
import { useTranslation } from 'react-i18next';
import type { EnrichKind, GridRow, SheetSummary } from '@shared/domain';
import { Button } from '../components/Button';
import { MailIcon, PhoneIcon } from '../components/icons';
import { useGridStatusStore } from '../stores/gridStatusStore';
import { requestFromGrid, useEnrichRequestStore } from './enrichRequest';
import { RerunMenu } from './RerunMenu';
import { useSheetRuns } from './runsStore';

const KINDS: { kind: EnrichKind; icon: ReactNode }[] = [
  { kind: 'phones', icon: <PhoneIcon size={14} /> },
  { kind: 'emails', icon: <MailIcon size={14} /> },
];

interface EnrichButtonsProps {
  sheet: SheetSummary;
  grid: GridApi<GridRow> | null;
}

export function EnrichButtons({ sheet, grid }: EnrichButtonsProps) {
  const { t } = useTranslation();
  const selected = useGridStatusStore((s) => s.selected);
  const ask = useEnrichRequestStore((s) => s.ask);
  const running = new Set(useSheetRuns(sheet.id).map((run) => run.kind));
  const rows = selected > 0 ? t('runs.scope.selectedShort', { count: selected }) : t('runs.scope.allShort', { count: sheet.rowCount });

  return (
    <>
      {KINDS.map(({ kind, icon }) => (
        <Button
          key={kind}
          icon={icon}
          disabled={grid === null || running.has(kind)}
          title={running.has(kind) ? t('runs.alreadyRunning', { context: kind }) : t('runs.enrichHint', { context: kind, rows })}
          onClick={() => ask(requestFromGrid(sheet, kind, grid))}
        >
          {t('runs.enrich', { context: kind })}
        </Button>
      ))}
      <RerunMenu sheet={sheet} running={running} />
    </>
  );
}
