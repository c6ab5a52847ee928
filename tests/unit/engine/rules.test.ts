import { describe, expect, it } from 'vitest';
import { judge, RULES, type Answer, type KeyFacts, type RuleContext } from '../../../electron/engine/rules';
import type { LushaErrorKind } from '../../../electron/lusha/types';
import { failure, success } from './fixtures';

const ctx: RuleContext = { cooldownMs: 120_000, failoverConfigured: true };
const plain: KeyFacts = { failoverEnabled: false, endpoint: 'primary' };
const withFailover: KeyFacts = { failoverEnabled: true, endpoint: 'primary' };
const onFailover: KeyFacts = { failoverEnabled: true, endpoint: 'failover' };

describe('the rules table (DESIGN §4)', () => {
  it('has a row for every classified answer', () => {
    const kinds: LushaErrorKind[] = [
      'invalid_key',
      'no_credits',
      'rate_burst',
      'quota_hourly',
      'quota_daily',
      'trial_spent',
      'bad_request',
      'compliance',
      'not_found',
      'server',
      'timeout',
      'network',
      'malformed',
      'cancelled',
    ];
    const forbidden = ['account_inactive', 'reveal_not_on_plan', 'v3_not_enabled', 'other'].map((r) => `forbidden:${r}`);
    expect(Object.keys(RULES).sort()).toEqual(['ok', ...kinds, ...forbidden].sort());
  });

  it('200 with data: row found, key success', () => {
    expect(judge(success({}), plain, ctx)).toEqual({ row: 'found', scope: 'key', effect: { do: 'success' }, failure: null });
  });

  it('404 resource: row not_found, key success', () => {
    expect(judge(failure({ kind: 'not_found', httpStatus: 404 }), plain, ctx)).toMatchObject({
      row: 'not_found',
      effect: { do: 'success' },
    });
  });

  it.each<[LushaErrorKind, number]>([
    ['bad_request', 400],
    ['bad_request', 412],
    ['compliance', 451],
  ])('%s (%i): row failed, no retry, key untouched', (kind, httpStatus) => {
    expect(judge(failure({ kind, httpStatus }), plain, ctx)).toEqual({
      row: 'failed',
      scope: 'key',
      effect: { do: 'nothing' },
      failure: 'request',
    });
  });

  it('401: retried elsewhere, key invalid and a standby promoted', () => {
    expect(judge(failure({ kind: 'invalid_key', httpStatus: 401 }), withFailover, ctx)).toMatchObject({
      row: 'retry_elsewhere',
      effect: { do: 'set', status: 'invalid', forMs: null, promote: true },
    });
  });

  describe('402', () => {
    const noCredits = failure({ kind: 'no_credits', httpStatus: 402 });

    it('failover-enabled key on the primary endpoint moves to failover', () => {
      expect(judge(noCredits, withFailover, ctx)).toMatchObject({
        row: 'retry_elsewhere',
        effect: { do: 'set', status: 'failover', endpoint: 'failover', promote: false },
      });
    });

    it('already on failover: exhausted, standby promoted', () => {
      expect(judge(noCredits, onFailover, ctx).effect).toMatchObject({ do: 'set', status: 'exhausted', endpoint: null, promote: true });
    });

    it('no failover flag, or no failover URL in settings: exhausted, standby promoted', () => {
      expect(judge(noCredits, plain, ctx).effect).toMatchObject({ status: 'exhausted', promote: true });
      expect(judge(noCredits, withFailover, { ...ctx, failoverConfigured: false }).effect).toMatchObject({
        status: 'exhausted',
        promote: true,
      });
    });
  });

  it.each(['account_inactive', 'other'] as const)('403 %s: blocked, or failover first', (forbiddenReason) => {
    const answer = failure({ kind: 'forbidden', httpStatus: 403, forbiddenReason });
    expect(judge(answer, plain, ctx)).toMatchObject({ row: 'retry_elsewhere', effect: { status: 'blocked', promote: true } });
    expect(judge(answer, withFailover, ctx).effect).toMatchObject({ status: 'failover', endpoint: 'failover' });
    expect(judge(answer, onFailover, ctx).effect).toMatchObject({ status: 'blocked', promote: true });
  });

  it('403 about reveal flags is a settings error: row failed, key not touched', () => {
    const answer = failure({ kind: 'forbidden', httpStatus: 403, forbiddenReason: 'reveal_not_on_plan' });
    expect(judge(answer, plain, ctx)).toEqual({ row: 'failed', scope: 'key', effect: { do: 'nothing' }, failure: 'settings' });
  });

  it('403 "V3 not enabled" (handled by the client) leaves the key alone', () => {
    const answer = failure({ kind: 'forbidden', httpStatus: 403, forbiddenReason: 'v3_not_enabled' });
    expect(judge(answer, plain, ctx).effect).toEqual({ do: 'nothing' });
  });

  describe('429', () => {
    it('burst: the whole account cools for the cooldown, retried after backoff', () => {
      expect(judge(failure({ kind: 'rate_burst', httpStatus: 429 }), plain, ctx)).toMatchObject({
        row: 'retry_backoff',
        scope: 'account',
        effect: { do: 'set', status: 'cooling', forMs: 120_000, promote: false },
      });
    });

    it('burst: a longer Retry-After is a floor', () => {
      const answer = failure({ kind: 'rate_burst', httpStatus: 429 }, { retryAfterSec: 600 });
      expect(judge(answer, plain, ctx).effect).toMatchObject({ forMs: 600_000 });
    });

    it.each<[LushaErrorKind, number]>([
      ['quota_hourly', 3_600_000],
      ['quota_daily', 86_400_000],
    ])('%s: the whole account is in quota until the stated reset', (kind, fallbackMs) => {
      expect(judge(failure({ kind, httpStatus: 429, resetSec: 81_671 }), plain, ctx)).toMatchObject({
        row: 'retry_elsewhere',
        scope: 'account',
        effect: { do: 'set', status: 'quota', forMs: 81_671_000 },
      });
      expect(judge(failure({ kind, httpStatus: 429 }), plain, ctx).effect).toMatchObject({ forMs: fallbackMs });
    });

    it('trial limit: exhausted', () => {
      expect(judge(failure({ kind: 'trial_spent', httpStatus: 429 }), plain, ctx)).toMatchObject({
        row: 'retry_elsewhere',
        scope: 'key',
        effect: { status: 'exhausted', promote: true },
      });
    });
  });

  it.each<Answer & LushaErrorKind>(['server', 'timeout', 'network', 'malformed'])(
    '%s: retried with backoff, counts in the failure window',
    (kind) => {
      expect(judge(failure({ kind }), plain, ctx)).toEqual({
        row: 'retry_backoff',
        scope: 'key',
        effect: { do: 'count_failure' },
        failure: null,
      });
    },
  );
});
