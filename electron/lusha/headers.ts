// Rate-limit headers of a Lusha answer. Lusha documents nine x-* headers; other versions of its docs
// name the IETF-draft RateLimit-* family and X-RateLimit-Remaining-Daily, and Retry-After may appear.
// The x-* family wins when both are present because it is the one seen live.
import type { RateHeaders } from './types';

type HeaderSource = Pick<Headers, 'get'>;

const int = (raw: string | null): number | null => {
  if (raw === null || raw.trim() === '') return null;
  const n = Number(raw.trim());
  return Number.isFinite(n) ? Math.floor(n) : null;
};

/** Left in a window: the explicit header, else limit − usage when both are known. */
const left = (h: HeaderSource, leftName: string, limit: number | null, usageName: string): number | null => {
  const explicit = int(h.get(leftName));
  if (explicit !== null) return explicit;
  const usage = int(h.get(usageName));
  return limit !== null && usage !== null ? Math.max(0, limit - usage) : null;
};

/** Retry-After is either delta-seconds or an HTTP date. */
const retryAfter = (raw: string | null, nowMs: number): number | null => {
  const seconds = int(raw);
  if (seconds !== null) return Math.max(0, seconds);
  if (raw === null) return null;
  const at = Date.parse(raw);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - nowMs) / 1000));
};

/** RateLimit-Reset is delta-seconds in the draft, but some servers send an epoch timestamp. */
const rateLimitReset = (raw: string | null, nowMs: number): number | null => {
  const n = int(raw);
  if (n === null) return null;
  const looksLikeEpoch = n > 1_000_000_000;
  return looksLikeEpoch ? Math.max(0, n - Math.floor(nowMs / 1000)) : Math.max(0, n);
};

export function parseRateHeaders(h: HeaderSource, nowMs = Date.now()): RateHeaders {
  // RateLimit-Limit/Remaining name no window; they are the short-window (burst/minute) budget.
  const minuteLimit = int(h.get('x-rate-limit-minute')) ?? int(h.get('ratelimit-limit'));
  const hourlyLimit = int(h.get('x-rate-limit-hourly'));
  const dailyLimit = int(h.get('x-rate-limit-daily'));
  return {
    minuteLimit,
    minuteLeft: left(h, 'x-minute-requests-left', minuteLimit, 'x-minute-usage') ?? int(h.get('ratelimit-remaining')),
    hourlyLimit,
    hourlyLeft: left(h, 'x-hourly-requests-left', hourlyLimit, 'x-hourly-usage'),
    dailyLimit,
    dailyLeft: left(h, 'x-daily-requests-left', dailyLimit, 'x-daily-usage') ?? int(h.get('x-ratelimit-remaining-daily')),
    retryAfterSec: retryAfter(h.get('retry-after'), nowMs) ?? rateLimitReset(h.get('ratelimit-reset'), nowMs),
  };
}

export const NO_RATE_HEADERS: RateHeaders = {
  minuteLimit: null,
  minuteLeft: null,
  hourlyLimit: null,
  hourlyLeft: null,
  dailyLimit: null,
  dailyLeft: null,
  retryAfterSec: null,
};
