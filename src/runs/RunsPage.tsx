// The Runs page: every run, newest first, and the chosen one's detail beside the list.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../components/EmptyState';
import { HistoryIcon } from '../components/icons';
import { RunDetailPanel } from './RunDetailPanel';
import { RunsTable } from './RunsTable';
import { useRunDetail, useRunList } from './useRunHistory';
import './runs.css';

export function RunsPage() {
  const { t } = useTranslation();
  const runs = useRunList();
  const [chosen, setChosen] = useState<number | null>(null);
  // The newest run until the user picks one.
  const selectedId = chosen ?? runs?.[0]?.id ?? null;
  const detail = useRunDetail(selectedId);

  if (runs === null) return null;
  if (runs.length === 0) {
    return <EmptyState icon={<HistoryIcon size={28} />} title={t('runs.history.emptyTitle')} body={t('runs.history.emptyBody')} />;
  }
  return (
    <section className="runs-page">
      <div className="toolbar">
        <div className="toolbar__title">
          <h1>{t('runs.history.title')}</h1>
          <span className="toolbar__meta">{t('runs.history.count', { count: runs.length })}</span>
        </div>
      </div>
      <div className="runs-page__body">
        <div className="runs-page__list">
          <RunsTable runs={runs} selectedId={selectedId} onSelect={setChosen} />
        </div>
        {detail && <RunDetailPanel view={detail} />}
      </div>
    </section>
  );
}
