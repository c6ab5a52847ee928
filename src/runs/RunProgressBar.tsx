// One run going on the open sheet: how far it is, what it found, how fast, and Pause/Resume/Cancel.
// While every key cools it says when the first one is back instead of an ETA.
import { useTranslation } from 'react-i18next';
import type { RunProgress } from '@shared/domain';
import { Button } from '../components/Button';
import { PauseIcon, PlayIcon } from '../components/icons';
import { formatNumber } from '../i18n';
import { formatClock, formatRate } from './format';
import { useRunsStore, useSheetRuns } from './runsStore';
import { useCountdown } from './useCountdown';

function Timing({ progress }: { progress: RunProgress }) {
  const { t } = useTranslation();
  const waitingSec = useCountdown(progress.waitingUntil);
  if (progress.state === 'paused') return <span className="run-progress__timing">{t('runs.progress.paused')}</span>;
  if (waitingSec !== null) {
    return (
      <span className="run-progress__timing run-progress__timing--waiting">
        {t('runs.progress.waiting', { time: formatClock(waitingSec) })}
      </span>
    );
  }
  return (
    <span className="run-progress__timing">
      {progress.rate > 0 && t('runs.progress.rate', { rate: formatRate(progress.rate) })}
      {progress.etaSec !== null && ` · ${t('runs.progress.eta', { time: formatClock(progress.etaSec) })}`}
    </span>
  );
}

export function RunProgressBar({ progress }: { progress: RunProgress }) {
  const { t } = useTranslation();
  const control = useRunsStore((s) => s.control);
  const { runId, kind, done, total, state } = progress;
  const share = total > 0 ? Math.min(1, done / total) : 0;
  const paused = state === 'paused';

  return (
    <div
      className={`run-progress ${paused ? 'run-progress--paused' : ''}`}
      role="status"
      aria-label={t('runs.progress.label', { context: kind })}
    >
      <strong className="run-progress__title">{t('runs.progress.title', { context: kind })}</strong>
      <div className="run-progress__track">
        <div
          className="progress"
          role="progressbar"
          aria-valuemin={0}
          aria-valuemax={total}
          aria-valuenow={done}
          aria-label={t('runs.progress.label', { context: kind })}
        >
          <div className="progress__bar" style={{ width: `${(share * 100).toFixed(1)}%` }} />
        </div>
        <span className="run-progress__counts" data-testid={`run-progress-${kind}`}>
          {t('runs.progress.counts', {
            done: formatNumber(done),
            total: formatNumber(total),
            found: formatNumber(progress.found),
            notFound: formatNumber(progress.notFound),
            failed: formatNumber(progress.failed),
          })}
          {progress.skipped > 0 && t('runs.progress.skipped', { skipped: formatNumber(progress.skipped) })}
        </span>
      </div>
      <Timing progress={progress} />
      <div className="run-progress__actions">
        {paused ? (
          <Button icon={<PlayIcon size={14} />} onClick={() => void control(runId, 'resume')}>
            {t('runs.resume')}
          </Button>
        ) : (
          <Button icon={<PauseIcon size={14} />} onClick={() => void control(runId, 'pause')}>
            {t('runs.pause')}
          </Button>
        )}
        <Button variant="ghost" onClick={() => void control(runId, 'cancel')}>
          {t('runs.cancel')}
        </Button>
      </div>
    </div>
  );
}

/** Every run going on the open sheet (a phones and an emails run may go side by side). */
export function SheetRunsProgress({ sheetId }: { sheetId: number }) {
  const runs = useSheetRuns(sheetId);
  if (runs.length === 0) return null;
  return (
    <div className="sheet-runs">
      {runs.map((progress) => (
        <RunProgressBar key={progress.runId} progress={progress} />
      ))}
    </div>
  );
}
