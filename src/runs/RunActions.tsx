// What can be done with a past run: resume what it left pending, run its misses again, open its sheet.
import { useTranslation } from 'react-i18next';
import type { RunSummary } from '@shared/domain';
import { Button } from '../components/Button';
import { PlayIcon, ResetIcon, SheetIcon } from '../components/icons';
import { useNavStore } from '../stores/navStore';
import { useSheetsStore } from '../stores/sheetsStore';
import { rerunRequest, useEnrichRequestStore } from './enrichRequest';
import { SHEETS_PAGE } from './navigation';
import { useRunsStore } from './runsStore';

/** Mirrors main's rule for runs.resume: these states keep their rows pending under the run. */
const RESUMABLE = new Set(['paused', 'interrupted', 'stopped']);

export function RunActions({ run }: { run: RunSummary }) {
  const { t } = useTranslation();
  const control = useRunsStore((s) => s.control);
  const live = useRunsStore((s) => run.id in s.live);
  const ask = useEnrichRequestStore((s) => s.ask);
  const go = useNavStore((s) => s.go);
  if (run.sheetId === null || run.sheetName === null) return null;
  const sheet = { id: run.sheetId, name: run.sheetName };
  const misses = run.failed + run.notFound;

  const openSheet = () => {
    void useSheetsStore.getState().open(sheet.id);
    go(SHEETS_PAGE);
  };

  return (
    <div className="run-detail__actions">
      {!live && RESUMABLE.has(run.state) && run.pending > 0 && (
        <Button variant="primary" icon={<PlayIcon size={14} />} onClick={() => void control(run.id, 'resume')}>
          {t('runs.resume')}
        </Button>
      )}
      {!live && misses > 0 && (
        <Button icon={<ResetIcon size={14} />} title={t('runs.detail.rerunHint')} onClick={() => ask(rerunRequest(sheet, run.kind))}>
          {t('runs.detail.rerun', { count: misses })}
        </Button>
      )}
      <Button variant="ghost" icon={<SheetIcon size={14} />} onClick={openSheet}>
        {t('runs.history.openSheet')}
      </Button>
    </div>
  );
}
