// The settings table: names, defaults, bounds, and what the values mean to the engine and the client.
import { describe, expect, it } from 'vitest';
import { PLANS } from '../../../electron/engine/buckets';
import { engineSettings, environmentOverrides, lushaBaseUrl } from '../../../electron/settings/liveSettings';
import { PLAN_NAMES, SETTING_DEFAULTS, SETTINGS_PATCH, validateSetting, type SettingName } from '@shared/settings';

const accepts = (name: SettingName, value: unknown) => validateSetting(name, value).ok;

describe('settings table', () => {
  it('has every user setting with its default', () => {
    expect(SETTING_DEFAULTS).toEqual({
      'lusha.baseUrl': '',
      'lusha.failoverBaseUrl': '',
      'lusha.plan': 'free',
      'engine.cooldownMinutes': 2,
      'engine.sweepSeconds': 30,
      'jobs.concurrency': 4,
      'jobs.cacheTtlDays': 30,
    });
  });

  it("offers exactly the engine's plans", () => {
    expect([...PLAN_NAMES].sort()).toEqual(Object.keys(PLANS).sort());
    expect(accepts('lusha.plan', 'scale')).toBe(true);
    expect(accepts('lusha.plan', 'enterprise')).toBe(false);
  });

  it('takes http(s) URLs or nothing for the base URLs', () => {
    for (const name of ['lusha.baseUrl', 'lusha.failoverBaseUrl'] as const) {
      expect(accepts(name, '')).toBe(true);
      expect(accepts(name, 'https://proxy.corp.test/lusha')).toBe(true);
      expect(accepts(name, 'http://127.0.0.1:4010')).toBe(true);
      expect(accepts(name, 'ftp://files.corp.test')).toBe(false);
      expect(accepts(name, 'api.lusha.com')).toBe(false);
      expect(accepts(name, 42)).toBe(false);
    }
    expect(validateSetting('lusha.baseUrl', '  https://x.test  ')).toEqual({ ok: true, value: 'https://x.test' });
  });

  it.each([
    ['engine.cooldownMinutes', 1, 120],
    ['engine.sweepSeconds', 5, 600],
    ['jobs.concurrency', 1, 32],
    ['jobs.cacheTtlDays', 0, 3650],
  ] as const)('keeps %s within %i..%i, whole numbers only', (name, min, max) => {
    expect(accepts(name, min)).toBe(true);
    expect(accepts(name, max)).toBe(true);
    expect(accepts(name, min - 1)).toBe(false);
    expect(accepts(name, max + 1)).toBe(false);
    expect(accepts(name, min + 0.5)).toBe(false);
    expect(accepts(name, NaN)).toBe(false);
    expect(accepts(name, String(min))).toBe(false);
  });

  it('names the field in its error', () => {
    expect(validateSetting('jobs.concurrency', 0)).toEqual({
      ok: false,
      message: 'Concurrent requests per run must be a whole number from 1 to 32.',
    });
    expect(validateSetting('lusha.baseUrl', 'nope')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Lusha base URL must be an http\(s\) URL/),
    });
  });

  it('lets an update name known settings only, leaving their values to the store', () => {
    expect(SETTINGS_PATCH.safeParse({ 'jobs.concurrency': 'not checked here' }).success).toBe(true);
    expect(SETTINGS_PATCH.safeParse({ 'jobs.speed': 3 }).success).toBe(false);
  });
});

describe('what the settings mean', () => {
  it('gives the engine milliseconds, a plan and no failover for an empty URL', () => {
    expect(
      engineSettings({ ...SETTING_DEFAULTS, 'engine.cooldownMinutes': 3, 'engine.sweepSeconds': 10, 'lusha.plan': 'pro' }, {}),
    ).toEqual({
      baseUrl: 'https://api.lusha.com',
      failoverBaseUrl: null,
      cooldownMs: 180_000,
      sweepMs: 10_000,
      plan: 'pro',
    });
    expect(engineSettings({ ...SETTING_DEFAULTS, 'lusha.failoverBaseUrl': 'https://backup.test' }, {}).failoverBaseUrl).toBe(
      'https://backup.test',
    );
  });

  it('lets LUSHA_BASE_URL win over the setting, and says so', () => {
    const values = { ...SETTING_DEFAULTS, 'lusha.baseUrl': 'https://proxy.corp.test/' };
    expect(lushaBaseUrl(values, {})).toBe('https://proxy.corp.test');
    expect(lushaBaseUrl(values, { LUSHA_BASE_URL: 'http://127.0.0.1:4010' })).toBe('http://127.0.0.1:4010');
    expect(environmentOverrides({ LUSHA_BASE_URL: ' http://127.0.0.1:4010 ' })).toEqual({ 'lusha.baseUrl': 'http://127.0.0.1:4010' });
    expect(environmentOverrides({ LUSHA_BASE_URL: '' })).toEqual({});
    expect(environmentOverrides({})).toEqual({});
  });
});
