// The toast a run ends with. Main words it ("Phones: 8 found · 2 not found · 0 failed", or why it
// stopped) so the app and the CLI say the same; the renderer picks the style and the one action that
// helps next: add keys when they ran out, or run the misses again.
import { toast, type ExternalToast } from 'sonner';
import type { RunFinished } from '@shared/domain';
import { t } from '../i18n';
import { useNavStore } from '../stores/navStore';
import { rerunRequest, useEnrichRequestStore } from './enrichRequest';
import { KEYS_PAGE } from './navigation';

const SHOW = { success: toast.success, warning: toast.warning, error: toast.error } as const;

function actionFor({ run, stopCode }: RunFinished): ExternalToast['action'] {
  if (stopCode === 'all_keys_out') {
    return { label: t('runs.openKeys'), onClick: () => useNavStore.getState().go(KEYS_PAGE) };
  }
  const misses = run.failed + run.notFound;
  if (run.sheetId === null || run.sheetName === null || misses === 0) return undefined;
  const sheet = { id: run.sheetId, name: run.sheetName };
  return {
    label: t('runs.toast.rerun', { count: misses }),
    onClick: () => useEnrichRequestStore.getState().ask(rerunRequest(sheet, run.kind)),
  };
}

export function showFinishedToast(finished: RunFinished): void {
  // An error stays until dismissed: rows were left pending and the user has to act.
  const duration = finished.tone === 'error' ? Infinity : 10_000;
  SHOW[finished.tone](finished.toast, { id: `run-${finished.run.id}`, action: actionFor(finished), duration });
}
