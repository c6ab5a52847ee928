// One HTTP exchange with Lusha: send, bound it by a timeout and the caller's signal, read the body,
// and hand back either the parsed value or a classified error — never a throw. The key travels only
// in the `api_key` header and is masked out of every message this module produces.
import { mask } from '../app/logger';
import { classifyHttpError, classifyTransportError, malformed } from './classify';
import { NO_RATE_HEADERS, parseRateHeaders } from './headers';
import { MalformedBody } from './parse';
import type { CallOutcome, CallTarget, LushaError, RateHeaders } from './types';

export interface HttpRequest {
  method: 'GET' | 'POST';
  path: string;
  query?: URLSearchParams;
  body?: unknown;
}

export interface TransportOptions {
  timeoutMs: number;
  fetch: typeof fetch;
}

/** Joins without dropping a path prefix a company proxy may put in the base URL. */
export function urlOf(baseUrl: string, req: HttpRequest): string {
  const query = req.query && [...req.query.keys()].length ? `?${req.query}` : '';
  return `${baseUrl.replace(/\/+$/, '')}${req.path}${query}`;
}

const maskKey = (error: LushaError, apiKey: string): LushaError =>
  apiKey ? { ...error, message: error.message.split(apiKey).join(mask(apiKey)) } : error;

const tryJson = (raw: string): unknown => {
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
};

function readSuccess<T>(status: number, raw: string, headers: RateHeaders, read: (body: unknown) => T): CallOutcome<T> {
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    return { ok: false, error: malformed('not JSON', status), headers };
  }
  try {
    return { ok: true, value: read(body), headers };
  } catch (e) {
    if (e instanceof MalformedBody) return { ok: false, error: malformed(e.message, status), headers };
    throw e;
  }
}

export async function exchange<T>(
  target: CallTarget,
  req: HttpRequest,
  read: (body: unknown) => T,
  opts: TransportOptions,
): Promise<CallOutcome<T>> {
  const timeoutMs = target.timeoutMs ?? opts.timeoutMs;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = target.signal ? AbortSignal.any([target.signal, timeout]) : timeout;
  let headers = NO_RATE_HEADERS;
  let outcome: CallOutcome<T>;
  try {
    const res = await opts.fetch(urlOf(target.baseUrl, req), {
      method: req.method,
      headers: {
        api_key: target.apiKey,
        accept: 'application/json',
        ...(req.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: req.body === undefined ? undefined : JSON.stringify(req.body),
      signal,
    });
    headers = parseRateHeaders(res.headers);
    const raw = await res.text();
    outcome = res.ok
      ? readSuccess(res.status, raw, headers, read)
      : { ok: false, error: classifyHttpError(res.status, tryJson(raw), headers), headers };
  } catch (e) {
    const why = { cancelled: target.signal?.aborted === true, timedOut: timeout.aborted };
    outcome = { ok: false, error: classifyTransportError(e, why, timeoutMs), headers };
  }
  return outcome.ok ? outcome : { ...outcome, error: maskKey(outcome.error, target.apiKey) };
}
