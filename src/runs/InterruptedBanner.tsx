// At start-up: runs a crash or a closed app left behind, with main's account of what was in flight,
// and Resume or Dismiss. Dismissed runs stay resumable from the Runs page.
import { useTranslation } from 'react-i18next';
import type { RunSummary } from '@shared/domain';
import { Button } from '../components/Button';
import { AlertIcon, PlayIcon } from '../components/icons';
import { useRunsStore } from './runsStore';

function InterruptedRun({ run }: { run: RunSummary }) {
  const { t } = useTranslation();
  const control = useRunsStore((s) => s.control);
  const dismiss = useRunsStore((s) => s.dismissInterrupted);
  return (
    <div className="run-banner" role="alert">
      <AlertIcon size={16} />
      <div className="run-banner__text">
        <strong>{t('runs.interrupted.title', { context: run.kind, name: run.sheetName ?? '' })}</strong>
        <span>
          {run.message ?? ''} {t('runs.interrupted.pending', { count: run.pending })}
        </span>
      </div>
      {run.sheetId !== null && (
        <Button variant="primary" icon={<PlayIcon size={14} />} onClick={() => void control(run.id, 'resume')}>
          {t('runs.resume')}
        </Button>
      )}
      <Button variant="ghost" onClick={() => dismiss(run.id)}>
        {t('runs.interrupted.dismiss')}
      </Button>
    </div>
  );
}

export function InterruptedBanner() {
  const interrupted = useRunsStore((s) => s.interrupted);
  return (
    <>
      {interrupted.map((run) => (
        <InterruptedRun key={run.id} run={run} />
      ))}
    </>
  );
}
