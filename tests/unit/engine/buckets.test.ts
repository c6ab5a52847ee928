import { describe, expect, it } from 'vitest';
import { AccountBucket, BURST_PER_SECOND, PLANS } from '../../../electron/engine/buckets';
import { NO_HEADERS } from './fixtures';

const T0 = 1_700_000_000_000;

/** Takes tokens one per `stepMs` while the bucket allows, returning how many it took. */
function drain(bucket: AccountBucket, at: number, stepMs = 0, max = 100_000): number {
  let n = 0;
  while (n < max && bucket.canTake(at + n * stepMs)) {
    bucket.take(at + n * stepMs);
    bucket.answered(null, at + n * stepMs);
    n++;
  }
  return n;
}

describe('account buckets', () => {
  it('start from the plan table', () => {
    expect(drain(new AccountBucket(PLANS.pro), T0, 1_000)).toBe(50);
    expect(drain(new AccountBucket(PLANS.free), T0, 2_000)).toBe(100); // Free: no hourly cap, 100 a day
  });

  it('hold the burst limit within one second', () => {
    expect(drain(new AccountBucket(PLANS.scale), T0)).toBe(BURST_PER_SECOND);
  });

  it('count any 60 s span, whatever the server clock alignment, and reopen when the oldest send leaves it', () => {
    const bucket = new AccountBucket({ minute: 3, hourly: null, daily: null });
    for (const at of [0, 20_000, 40_000]) bucket.take(T0 + at);
    expect(bucket.canTake(T0 + 59_999)).toBe(false);
    expect(bucket.reopensAt(T0 + 50_000)).toBe(T0 + 60_000);
    expect(bucket.canTake(T0 + 60_000)).toBe(true);
  });

  it('lower their count to what the headers say is left', () => {
    const bucket = new AccountBucket(PLANS.pro);
    bucket.take(T0);
    bucket.answered({ ...NO_HEADERS, minuteLimit: 50, minuteLeft: 10 }, T0);
    expect(drain(bucket, T0 + 1_000)).toBe(10);
  });

  it('never raise their count from a stale answer', () => {
    const bucket = new AccountBucket(PLANS.pro);
    for (let i = 0; i < 30; i++) bucket.take(T0 + i * 100);
    bucket.answered({ ...NO_HEADERS, minuteLimit: 50, minuteLeft: 49 }, T0 + 3_000);
    for (let i = 1; i < 30; i++) bucket.answered(null, T0 + 3_000);
    expect(drain(bucket, T0 + 3_100, 100)).toBe(20);
  });

  it('keep in-flight sends out of what the server reports as left', () => {
    const bucket = new AccountBucket(PLANS.pro);
    for (let i = 0; i < 5; i++) bucket.take(T0);
    // The server had counted only the first: 49 left, yet 4 more are on their way.
    bucket.answered({ ...NO_HEADERS, minuteLimit: 50, minuteLeft: 49 }, T0);
    for (let i = 0; i < 4; i++) bucket.answered(null, T0);
    expect(drain(bucket, T0 + 1_000, 50)).toBe(45);
  });

  it('learn a limit from the headers and report it', () => {
    const bucket = new AccountBucket(PLANS.free);
    bucket.take(T0);
    const learned = bucket.answered({ ...NO_HEADERS, minuteLimit: 300, minuteLeft: 299, dailyLimit: 50_000, dailyLeft: 49_000 }, T0);
    expect(learned).toEqual({ minute: 300, daily: 50_000 });
    expect(drain(bucket, T0 + 1_000, 50, 1_000)).toBe(299);
    expect(new AccountBucket(PLANS.free, learned ?? {}).limits()).toEqual({ minute: 300, daily: 50_000 });
  });

  it('answer the earliest time a token is back', () => {
    const bucket = new AccountBucket({ minute: 2, hourly: 3, daily: null });
    bucket.take(T0);
    bucket.take(T0 + 1_000);
    expect(bucket.reopensAt(T0 + 2_000)).toBe(T0 + 60_000);
    bucket.take(T0 + 60_000);
    expect(bucket.reopensAt(T0 + 61_000)).toBe(T0 + 3_600_000);
  });
});
