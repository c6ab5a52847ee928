// Numbers a run shows: clock-style durations and the asking rate.
import i18n, { formatNumber } from '../i18n';

/** m:ss, or h:mm:ss from an hour on: "next recovery in 1:23", "took 12:04". */
export function formatClock(totalSec: number): string {
  const sec = Math.max(0, Math.round(totalSec));
  const h = Math.floor(sec / 3600);
  const m = Math.floor((sec % 3600) / 60);
  const s = String(sec % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** Whole rows per second once there are a few, one decimal below that so a slow run does not read 0. */
export const formatRate = (rowsPerSec: number) =>
  rowsPerSec >= 10 ? formatNumber(Math.round(rowsPerSec)) : formatNumber(Math.round(rowsPerSec * 10) / 10);

/** Seconds between two ISO times, or null while the second is unknown (a run still going). */
export function secondsBetween(startIso: string, endIso: string | null): number | null {
  if (endIso === null) return null;
  return Math.max(0, (Date.parse(endIso) - Date.parse(startIso)) / 1000);
}

const format = (options: Intl.DateTimeFormatOptions) => (iso: string) =>
  new Intl.DateTimeFormat(i18n.language, options).format(new Date(iso));

/** "Nov 22, 2026, 4:21 AM": when a run started. */
export const formatDateTime = format({ dateStyle: 'medium', timeStyle: 'short' });
/** "Nov 22, 4:21 AM": the history table, where the year would only crowd the columns. */
export const formatShortDateTime = format({ month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });
/** "4:21:05 AM": key events, within a run whose day the header already gives. */
export const formatTime = format({ timeStyle: 'medium' });
