// How long a request waits before its next attempt after a transient answer.
import type { Rng } from '../app/random';

export const BACKOFF_BASE_MS = 1_000;
export const BACKOFF_CAP_MS = 10_000;
export const BACKOFF_JITTER = 0.25;

/**
 * Delay before retry number `attempt` (1-based): 1 s, 2 s, 4 s … with ±25 % jitter, at most 10 s —
 * unless the server asked for longer (floorMs): its word is a floor we never shorten.
 */
export function backoffMs(attempt: number, rng: Rng, floorMs = 0): number {
  const base = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempt - 1));
  const jittered = base * (1 - BACKOFF_JITTER + 2 * BACKOFF_JITTER * rng());
  return Math.max(floorMs, Math.min(BACKOFF_CAP_MS, Math.round(jittered)));
}
