// Turns a Lusha error answer (status + body) or a transport failure into a LushaError. The engine
// acts on the kind alone, so everything Lusha says in prose (the four 429 wordings, the 403 reasons)
// is decided here and nowhere else.
import type { ForbiddenReason, LushaError, LushaErrorKind, RateHeaders } from './types';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Lusha's message from `{statusCode, message}`, `{error: {code, message}}`, `{message: [..]}` or plain text. */
export function errorMessage(body: unknown): string {
  if (typeof body === 'string') return body.trim();
  if (!isRecord(body)) return '';
  const nested = isRecord(body.error) ? body.error.message : undefined;
  const message = body.message ?? nested ?? body.error;
  if (Array.isArray(message)) return message.map(String).join('; ');
  return typeof message === 'string' ? message : '';
}

const RESET_IN = /reset in\s+(\d+)\s*sec/i;

/** The four 429 wordings, most specific first; anything else is treated as a burst limit. */
export function classify429(message: string): Extract<LushaErrorKind, 'trial_spent' | 'quota_daily' | 'quota_hourly' | 'rate_burst'> {
  if (/trial/i.test(message)) return 'trial_spent';
  if (/daily/i.test(message)) return 'quota_daily';
  if (/hourly/i.test(message)) return 'quota_hourly';
  return 'rate_burst';
}

export function resetSeconds(message: string): number | undefined {
  const m = RESET_IN.exec(message);
  return m ? Number(m[1]) : undefined;
}

export function forbiddenReason(message: string): ForbiddenReason {
  if (/v3\b.*not enabled/i.test(message)) return 'v3_not_enabled';
  if (/reveal|unified credit/i.test(message)) return 'reveal_not_on_plan';
  if (/not active|inactive|deactivated|suspended/i.test(message)) return 'account_inactive';
  return 'other';
}

function kindOfStatus(status: number, message: string): LushaErrorKind {
  switch (status) {
    case 401:
      return 'invalid_key';
    case 402:
      return 'no_credits';
    case 403:
      return 'forbidden';
    case 404:
      return 'not_found';
    case 429:
      return classify429(message);
    case 451:
      return 'compliance';
    case 499:
      return 'server';
  }
  // 400, 412 and any other 4xx are the request's fault; a retry would not help.
  return status >= 400 && status < 500 ? 'bad_request' : 'server';
}

export function classifyHttpError(status: number, body: unknown, headers: RateHeaders): LushaError {
  const message = errorMessage(body) || `HTTP ${status}`;
  const kind = kindOfStatus(status, message);
  const error: LushaError = { kind, httpStatus: status, message };
  if (kind === 'forbidden') error.forbiddenReason = forbiddenReason(message);
  const resetSec = resetSeconds(message) ?? headers.retryAfterSec ?? undefined;
  if (status === 429 && resetSec !== undefined) error.resetSec = resetSec;
  return error;
}

/** Why a request never produced an answer. `cancelled`/`timedOut` come from the caller's signals. */
export function classifyTransportError(err: unknown, why: { cancelled: boolean; timedOut: boolean }, timeoutMs: number): LushaError {
  if (why.cancelled) return { kind: 'cancelled', httpStatus: null, message: 'Request cancelled' };
  if (why.timedOut) return { kind: 'timeout', httpStatus: null, message: `No answer within ${timeoutMs} ms` };
  return { kind: 'network', httpStatus: null, message: describeNetworkError(err) };
}

// undici reports "fetch failed" and keeps the useful part (ECONNRESET, ECONNREFUSED, …) in `cause`.
function describeNetworkError(err: unknown): string {
  const cause = err instanceof Error && isRecord(err.cause) ? err.cause : undefined;
  const code = typeof cause?.code === 'string' ? cause.code : undefined;
  const text = err instanceof Error ? err.message : String(err);
  const causeText = typeof cause?.message === 'string' ? cause.message : undefined;
  return [text, code ?? causeText].filter(Boolean).join(': ');
}

export const malformed = (detail: string, httpStatus: number): LushaError => ({
  kind: 'malformed',
  httpStatus,
  message: `Unreadable answer from Lusha: ${detail}`,
});
