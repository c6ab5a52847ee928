// The one line a run ends with: the app's toast and the CLI's summary say the same thing.
import type { RunFinished, RunSummary, StopCode, ToastTone } from '@shared/domain';
import { KIND_LABELS } from '../sheets/enrichmentText';

const rows = (n: number) => `${n} ${n === 1 ? 'row' : 'rows'}`;

function counts(run: RunSummary): string {
  const parts = [`${run.found} found`, `${run.notFound} not found`, `${run.failed} failed`];
  if (run.skipped > 0) parts.push(`${run.skipped} skipped`);
  return parts.join(' · ');
}

export function toastFor(run: RunSummary): { toast: string; tone: ToastTone } {
  const label = KIND_LABELS[run.kind];
  const left = run.pending > 0 ? ` · ${rows(run.pending)} left pending` : '';
  switch (run.state) {
    case 'done':
      return { toast: `${label}: ${counts(run)}`, tone: run.failed > 0 ? 'warning' : 'success' };
    case 'cancelled':
      return { toast: `${label} cancelled: ${counts(run)}${left}`, tone: 'warning' };
    default:
      // Stopped (keys out, sheet deleted) or interrupted: the reason comes first, then what is left.
      return { toast: `${run.message ?? `${label} stopped`}${left}`, tone: 'error' };
  }
}

export const finishedReport = (run: RunSummary, durationMs: number, stopCode: StopCode | null = null): RunFinished => ({
  run,
  ...toastFor(run),
  durationMs,
  stopCode,
});
