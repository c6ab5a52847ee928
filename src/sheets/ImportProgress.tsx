// The running import: rows read, share of the file done, and a way out. Hidden while main's file
// dialog is still open (no progress yet), since nothing is importing then.
import { useTranslation } from 'react-i18next';
import { Button } from '../components/Button';
import { useImportStore } from '../stores/importStore';

export function ImportProgress() {
  const { t } = useTranslation();
  const active = useImportStore((s) => s.active);
  const cancel = useImportStore((s) => s.cancel);
  if (!active?.progress) return null;

  const { rows, bytes, totalBytes } = active.progress;
  const share = totalBytes > 0 ? Math.min(1, bytes / totalBytes) : 0;
  return (
    <div className="import-progress" role="status" aria-live="polite">
      <div className="import-progress__text">
        <strong>{active.fileName ? t('import.progressTitle', { file: active.fileName }) : t('import.progressTitleNoFile')}</strong>
        <span>{t('import.progressRows', { count: rows, percent: Math.floor(share * 100) })}</span>
      </div>
      <div className="progress" aria-hidden="true">
        <div className="progress__bar" style={{ width: `${(share * 100).toFixed(1)}%` }} />
      </div>
      <Button variant="ghost" disabled={active.cancelling} onClick={() => void cancel()}>
        {t('import.cancel')}
      </Button>
    </div>
  );
}
