// The run history as a table, newest first; a row opens its detail.
import { useTranslation } from 'react-i18next';
import type { RunSummary } from '@shared/domain';
import { formatNumber } from '../i18n';
import { formatClock, formatShortDateTime, secondsBetween } from './format';
import { RunStatePill } from './RunStatePill';

interface RunsTableProps {
  runs: RunSummary[];
  selectedId: number | null;
  onSelect(runId: number): void;
}

// Skipped rows are in the detail: the table keeps to what fits beside it.
const COLUMNS = ['started', 'sheet', 'kind', 'state', 'found', 'notFound', 'failed', 'credits', 'calls', 'duration'] as const;
const NUMERIC = new Set<string>(['found', 'notFound', 'failed', 'credits', 'calls', 'duration']);

function RunRow({ run, selected, onSelect }: { run: RunSummary; selected: boolean; onSelect(): void }) {
  const { t } = useTranslation();
  const duration = secondsBetween(run.startedAt, run.endedAt);
  return (
    <tr
      className={selected ? 'runs-table__row--selected' : undefined}
      aria-selected={selected}
      tabIndex={0}
      onClick={onSelect}
      onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && onSelect()}
    >
      <td>{formatShortDateTime(run.startedAt)}</td>
      <td className="runs-table__sheet">{run.sheetName ?? <em>{t('runs.history.deletedSheet')}</em>}</td>
      <td>{t(`enrich.${run.kind}`)}</td>
      <td>
        <RunStatePill state={run.state} />
      </td>
      <td className="num">{formatNumber(run.found)}</td>
      <td className="num">{formatNumber(run.notFound)}</td>
      <td className="num">{formatNumber(run.failed)}</td>
      <td className="num">{formatNumber(run.credits)}</td>
      <td className="num">{formatNumber(run.calls)}</td>
      <td className="num">{duration === null ? '—' : formatClock(duration)}</td>
    </tr>
  );
}

export function RunsTable({ runs, selectedId, onSelect }: RunsTableProps) {
  const { t } = useTranslation();
  return (
    <table className="runs-table" aria-label={t('runs.history.tableLabel')}>
      <thead>
        <tr>
          {COLUMNS.map((column) => (
            <th key={column} className={NUMERIC.has(column) ? 'num' : undefined} scope="col">
              {t(`runs.history.columns.${column}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {runs.map((run) => (
          <RunRow key={run.id} run={run} selected={run.id === selectedId} onSelect={() => onSelect(run.id)} />
        ))}
      </tbody>
    </table>
  );
}
