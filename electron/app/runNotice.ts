// Whether a run's end deserves an OS notification (issue 6: a run longer than 30 s that ends while
// the window is unfocused), and what it says. Pure, so the rule is tested without Electron; the
// shell (electron/runNotifications.ts) shows it.
import type { RunFinished } from '@shared/domain';

export const LONG_RUN_MS = 30_000;

export interface RunNotice {
  title: string;
  body: string;
}

export function runNotice(finished: RunFinished, windowFocused: boolean): RunNotice | null {
  if (windowFocused || finished.durationMs <= LONG_RUN_MS) return null;
  // The toast's own line, so the notification and the toast the user finds on return agree.
  return { title: finished.run.sheetName ? `EnrichDesk — ${finished.run.sheetName}` : 'EnrichDesk', body: finished.toast };
}
