// What the settings mean to the parts that act on them: the Lusha base URL every request uses (the
// environment variable still wins) and the engine's live settings.
import { resolveBaseUrl } from '../lusha/client';
import type { LiveSettings } from '../engine/engine';
import type { SettingValues } from '@shared/settings';

const MINUTE_MS = 60_000;
const SECOND_MS = 1_000;

/** LUSHA_BASE_URL when set, else the setting, else Lusha's own address. */
export const lushaBaseUrl = (values: SettingValues, env: NodeJS.ProcessEnv): string => resolveBaseUrl(values['lusha.baseUrl'], env);

/** The base URL setting is shadowed while the environment variable is set; the user is told so. */
export function environmentOverrides(env: NodeJS.ProcessEnv): { 'lusha.baseUrl'?: string } {
  const fromEnv = env.LUSHA_BASE_URL?.trim();
  return fromEnv ? { 'lusha.baseUrl': fromEnv } : {};
}

export function engineSettings(values: SettingValues, env: NodeJS.ProcessEnv): LiveSettings {
  return {
    baseUrl: lushaBaseUrl(values, env),
    failoverBaseUrl: values['lusha.failoverBaseUrl'] || null,
    cooldownMs: values['engine.cooldownMinutes'] * MINUTE_MS,
    sweepMs: values['engine.sweepSeconds'] * SECOND_MS,
    plan: values['lusha.plan'],
  };
}
