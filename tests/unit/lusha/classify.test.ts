import { describe, expect, it } from 'vitest';
import { classifyHttpError, classifyTransportError, errorMessage, forbiddenReason } from '../../../electron/lusha/classify';
import { NO_RATE_HEADERS } from '../../../electron/lusha/headers';
import { fixture } from './fixtures';

const classify = (status: number, message: string) => classifyHttpError(status, { statusCode: status, message }, NO_RATE_HEADERS);

describe('error bodies', () => {
  it('reads {statusCode, message}, {error: {code, message}}, message lists and plain text', () => {
    expect(errorMessage(fixture('error-status-message'))).toBe('V3 API access is not enabled for your account');
    expect(errorMessage(fixture('error-nested'))).toMatch(/^Daily API rate limit exceeded/);
    expect(errorMessage({ statusCode: 400, message: ['contacts must be an array', 'metadata is required'] })).toBe(
      'contacts must be an array; metadata is required',
    );
    expect(errorMessage('Bad Gateway\n')).toBe('Bad Gateway');
    expect(errorMessage(null)).toBe('');
  });

  it('falls back to the status when Lusha says nothing', () => {
    expect(classifyHttpError(502, '', NO_RATE_HEADERS)).toEqual({ kind: 'server', httpStatus: 502, message: 'HTTP 502' });
  });
});

describe('status codes', () => {
  it.each([
    [400, 'bad_request'],
    [401, 'invalid_key'],
    [402, 'no_credits'],
    [403, 'forbidden'],
    [404, 'not_found'],
    [405, 'bad_request'],
    [412, 'bad_request'],
    [451, 'compliance'],
    [499, 'server'],
    [500, 'server'],
    [502, 'server'],
    [503, 'server'],
    [504, 'server'],
  ] as const)('%i → %s', (status, kind) => {
    expect(classify(status, 'x')).toMatchObject({ kind, httpStatus: status, message: 'x' });
  });

  it('reads the nested error body of a 404 resource', () => {
    expect(classifyHttpError(404, fixture('error-404-resource'), NO_RATE_HEADERS)).toEqual({
      kind: 'not_found',
      httpStatus: 404,
      message: 'Resource not found',
    });
  });
});

describe('429 wordings', () => {
  it.each([
    ["You've reached your trial limit. Please upgrade your plan.", 'trial_spent', undefined],
    ["You've reached your trial limit...", 'trial_spent', undefined],
    ['Daily API quota limit exceeded. Limit 25 calls per day', 'quota_daily', undefined],
    ['Daily API rate limit exceeded. Limit: 25 calls per day. Reset in 81671 seconds.', 'quota_daily', 81671],
    ['Hourly API rate limit exceeded. Limit: 150 calls per hour. Reset in 1200 seconds.', 'quota_hourly', 1200],
    ['Hourly API rate limit exceeded. Limit: 150 calls per hour. Reset in 7 seconds', 'quota_hourly', 7],
    ['Too many requests. Please wait before making another request.', 'rate_burst', undefined],
    ['ThrottlerException: Too Many Requests', 'rate_burst', undefined],
  ] as const)('%s', (message, kind, resetSec) => {
    const e = classify(429, message);
    expect(e.kind).toBe(kind);
    expect(e.resetSec).toBe(resetSec);
  });

  it('takes the reset from the nested error body', () => {
    expect(classifyHttpError(429, fixture('error-nested'), NO_RATE_HEADERS)).toMatchObject({ kind: 'quota_daily', resetSec: 81671 });
  });

  it('falls back to Retry-After when the wording has no reset', () => {
    const e = classifyHttpError(
      429,
      { message: 'Too many requests. Please wait before making another request.' },
      { ...NO_RATE_HEADERS, retryAfterSec: 3 },
    );
    expect(e).toMatchObject({ kind: 'rate_burst', resetSec: 3 });
  });

  it("prefers the wording's reset over Retry-After", () => {
    const e = classifyHttpError(
      429,
      { message: 'Hourly API rate limit exceeded. Limit: 5 calls per hour. Reset in 900 seconds.' },
      { ...NO_RATE_HEADERS, retryAfterSec: 3 },
    );
    expect(e.resetSec).toBe(900);
  });
});

describe('403 reasons', () => {
  it.each([
    ['V3 API access is not enabled for your account', 'v3_not_enabled'],
    ['revealPhones and revealEmails are not available on your plan (unified credits required)', 'reveal_not_on_plan'],
    ['Your plan does not support unified credits', 'reveal_not_on_plan'],
    ['Your account is not active. Please contact your account manager.', 'account_inactive'],
    ['Account inactive', 'account_inactive'],
    ['Your subscription limit has been reached', 'other'],
  ] as const)('%s → %s', (message, reason) => {
    expect(forbiddenReason(message)).toBe(reason);
    expect(classify(403, message)).toMatchObject({ kind: 'forbidden', forbiddenReason: reason });
  });
});

describe('transport failures', () => {
  const reset = Object.assign(new TypeError('fetch failed'), {
    cause: Object.assign(new Error('other side closed'), { code: 'ECONNRESET' }),
  });

  it('says cancelled when the caller aborted, even if the timer also fired', () => {
    expect(classifyTransportError(reset, { cancelled: true, timedOut: true }, 100).kind).toBe('cancelled');
  });

  it('says timeout when only the timer fired', () => {
    expect(classifyTransportError(reset, { cancelled: false, timedOut: true }, 100)).toMatchObject({ kind: 'timeout', httpStatus: null });
  });

  it('says network otherwise and keeps the socket error code', () => {
    expect(classifyTransportError(reset, { cancelled: false, timedOut: false }, 100)).toEqual({
      kind: 'network',
      httpStatus: null,
      message: 'fetch failed: ECONNRESET',
    });
  });
});
