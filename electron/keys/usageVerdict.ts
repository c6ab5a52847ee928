// What an account-usage answer says about a key: the test's outcome for the user, and the status the
// key moves to. A test is the documented way to clear an exhausted, invalid, blocked or unavailable
// key, but it never overrides the user's own "disabled", and says nothing about rate-limit benches.
import type { KeyStatus, KeyTestOutcome } from '@shared/domain';
import type { CallOutcome, LushaError, UsageResponse } from '../lusha/types';
import type { StatusChange } from './keyRepo';

export interface UsageVerdict {
  outcome: KeyTestOutcome;
  usage: UsageResponse | null;
  message: string;
  httpStatus: number | null;
  /** The status the key should move to, or null to leave it as it is. */
  change: StatusChange | null;
}

/** Statuses a successful test proves wrong. */
const CLEARED_BY_TEST: ReadonlySet<KeyStatus> = new Set(['exhausted', 'invalid', 'blocked', 'unavailable']);

export function judgeUsage(answer: CallOutcome<UsageResponse>, current: KeyStatus): UsageVerdict {
  const verdict = answer.ok ? fromUsage(answer.value) : fromError(answer.error);
  if (current === 'disabled' || (verdict.change?.status === 'healthy' && !CLEARED_BY_TEST.has(current))) {
    return { ...verdict, change: null };
  }
  return verdict;
}

function fromUsage(usage: UsageResponse): UsageVerdict {
  if (usage.creditsRemaining === 0) {
    return {
      outcome: 'exhausted',
      usage,
      httpStatus: 200,
      message: 'The key works, but its account has no credits left.',
      change: bench('exhausted', 'No credits left'),
    };
  }
  const left = usage.creditsRemaining === null ? 'credits not reported' : `${usage.creditsRemaining} credits left`;
  return {
    outcome: 'valid',
    usage,
    httpStatus: 200,
    message: `The key works (${left}).`,
    change: { status: 'healthy', reason: null, until: null, endpoint: 'primary' },
  };
}

function fromError(error: LushaError): UsageVerdict {
  const base = { usage: null, httpStatus: error.httpStatus, message: error.message };
  switch (error.kind) {
    case 'invalid_key':
      return { ...base, outcome: 'invalid', change: bench('invalid', error.message) };
    case 'forbidden':
      return { ...base, outcome: 'blocked', change: bench('blocked', error.message) };
    case 'no_credits':
    case 'trial_spent':
      return { ...base, outcome: 'exhausted', change: bench('exhausted', error.message) };
    case 'rate_burst':
    case 'quota_hourly':
    case 'quota_daily':
      return {
        ...base,
        outcome: 'rate_limited',
        message: `Lusha is rate-limiting this account; try again later (${error.message}).`,
        change: null,
      };
    default:
      return { ...base, outcome: 'error', message: `The test did not get an answer about the key: ${error.message}`, change: null };
  }
}

const bench = (status: KeyStatus, reason: string): StatusChange => ({ status, reason, until: null });
