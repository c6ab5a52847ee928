import { describe, expect, it } from 'vitest';
import { parseRateHeaders } from '../../../electron/lusha/headers';

const NOW = Date.parse('2025-06-01T12:00:00Z');

describe('rate headers', () => {
  it('reads the nine x-* headers', () => {
    const h = new Headers({
      'x-rate-limit-daily': '1500',
      'x-daily-requests-left': '1488',
      'x-daily-usage': '12',
      'x-rate-limit-hourly': '150',
      'x-hourly-requests-left': '138',
      'x-hourly-usage': '12',
      'x-rate-limit-minute': '50',
      'x-minute-requests-left': '48',
      'x-minute-usage': '2',
    });
    expect(parseRateHeaders(h, NOW)).toEqual({
      minuteLimit: 50,
      minuteLeft: 48,
      hourlyLimit: 150,
      hourlyLeft: 138,
      dailyLimit: 1500,
      dailyLeft: 1488,
      retryAfterSec: null,
    });
  });

  it('derives requests left from limit and usage when only those are sent', () => {
    const h = new Headers({ 'x-rate-limit-hourly': '150', 'x-hourly-usage': '149', 'x-rate-limit-daily': '100', 'x-daily-usage': '120' });
    expect(parseRateHeaders(h, NOW)).toMatchObject({ hourlyLeft: 1, dailyLeft: 0 });
  });

  it('falls back to RateLimit-* and X-RateLimit-Remaining-Daily', () => {
    const h = new Headers({
      'RateLimit-Limit': '25',
      'RateLimit-Remaining': '3',
      'RateLimit-Reset': '4',
      'X-RateLimit-Remaining-Daily': '77',
    });
    expect(parseRateHeaders(h, NOW)).toEqual({
      minuteLimit: 25,
      minuteLeft: 3,
      hourlyLimit: null,
      hourlyLeft: null,
      dailyLimit: null,
      dailyLeft: 77,
      retryAfterSec: 4,
    });
  });

  it('reads Retry-After as seconds or as an HTTP date, before RateLimit-Reset', () => {
    expect(parseRateHeaders(new Headers({ 'Retry-After': '30', 'RateLimit-Reset': '4' }), NOW).retryAfterSec).toBe(30);
    expect(parseRateHeaders(new Headers({ 'Retry-After': 'Sun, 01 Jun 2025 12:01:30 GMT' }), NOW).retryAfterSec).toBe(90);
  });

  it('reads an epoch RateLimit-Reset as a delay', () => {
    expect(parseRateHeaders(new Headers({ 'RateLimit-Reset': String(NOW / 1000 + 45) }), NOW).retryAfterSec).toBe(45);
  });

  it('ignores absent and garbage values', () => {
    expect(parseRateHeaders(new Headers({ 'x-rate-limit-minute': 'soon', 'Retry-After': 'later' }), NOW)).toMatchObject({
      minuteLimit: null,
      retryAfterSec: null,
    });
  });
});
