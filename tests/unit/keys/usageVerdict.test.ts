import { describe, expect, it } from 'vitest';
import { judgeUsage } from '../../../electron/keys/usageVerdict';
import type { CallOutcome, LushaError, UsageResponse } from '../../../electron/lusha/types';
import { NO_RATE_HEADERS } from '../../../electron/lusha/headers';

const headers = NO_RATE_HEADERS;
const ok = (creditsRemaining: number | null): CallOutcome<UsageResponse> => ({
  ok: true,
  value: { creditsTotal: 40, creditsUsed: 2, creditsRemaining },
  headers,
});
const failed = (kind: LushaError['kind'], httpStatus: number | null): CallOutcome<UsageResponse> => ({
  ok: false,
  error: { kind, httpStatus, message: `answer ${httpStatus}` },
  headers,
});

describe('judgeUsage', () => {
  it('calls a key with credits valid and clears a status a test disproves', () => {
    const v = judgeUsage(ok(38), 'exhausted');
    expect(v.outcome).toBe('valid');
    expect(v.message).toContain('38 credits left');
    expect(v.change).toEqual({ status: 'healthy', reason: null, until: null, endpoint: 'primary' });
  });

  it('leaves healthy, cooling and quota keys as they are after a good test', () => {
    for (const status of ['healthy', 'cooling', 'quota', 'failover'] as const) expect(judgeUsage(ok(5), status).change).toBeNull();
  });

  it('marks no credits, 401, 403 and a spent trial', () => {
    expect(judgeUsage(ok(0), 'healthy')).toMatchObject({ outcome: 'exhausted', change: { status: 'exhausted' } });
    expect(judgeUsage(failed('invalid_key', 401), 'healthy')).toMatchObject({ outcome: 'invalid', change: { status: 'invalid' } });
    expect(judgeUsage(failed('forbidden', 403), 'healthy')).toMatchObject({ outcome: 'blocked', change: { status: 'blocked' } });
    expect(judgeUsage(failed('trial_spent', 429), 'healthy')).toMatchObject({ outcome: 'exhausted', change: { status: 'exhausted' } });
    expect(judgeUsage(failed('no_credits', 402), 'healthy')).toMatchObject({ outcome: 'exhausted', change: { status: 'exhausted' } });
  });

  it('changes nothing on rate limits, server errors or timeouts', () => {
    expect(judgeUsage(failed('rate_burst', 429), 'healthy')).toMatchObject({ outcome: 'rate_limited', change: null });
    expect(judgeUsage(failed('quota_daily', 429), 'healthy')).toMatchObject({ outcome: 'rate_limited', change: null });
    expect(judgeUsage(failed('server', 503), 'healthy')).toMatchObject({ outcome: 'error', change: null });
    expect(judgeUsage(failed('timeout', null), 'healthy')).toMatchObject({ outcome: 'error', change: null });
  });

  it('never overrides a key the user disabled', () => {
    expect(judgeUsage(failed('invalid_key', 401), 'disabled')).toMatchObject({ outcome: 'invalid', change: null });
    expect(judgeUsage(ok(10), 'disabled')).toMatchObject({ outcome: 'valid', change: null });
  });
});
