// Every setting a user can change, in one table: its schema, its default, and what it affects. The
// store persists them, the engine and the runs read them, and the settings page validates with the
// same schemas, so a setting is declared exactly once. The renderer compiles this file too: it imports
// nothing from Node or the engine.
import { z } from 'zod';

/** Empty means "not set"; otherwise an http(s) URL, since the client speaks nothing else. */
const optionalHttpUrl = z
  .string()
  .trim()
  .refine((value) => value === '' || isHttpUrl(value));

function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

const wholeNumber = (min: number, max: number) => z.number().int().min(min).max(max);

/** The engine's plan table (engine/buckets.ts PLANS) by name; liveSettings.ts fails to compile if they part. */
export const PLAN_NAMES = ['free', 'pro', 'premium', 'scale', 'legacy'] as const;

interface SettingSpec<S extends z.ZodType> {
  schema: S;
  default: z.output<S>;
  /** Shown in the validation error, so the user knows which field to fix. */
  label: string;
  /** What a valid value looks like, completing the validation error. */
  expects: string;
  /** What the setting changes, and when the change takes effect. */
  affects: string;
}

const spec = <S extends z.ZodType>(s: SettingSpec<S>) => s;

export const SETTINGS = {
  'lusha.baseUrl': spec({
    schema: optionalHttpUrl,
    default: '',
    label: 'Lusha base URL',
    expects: "an http(s) URL, or empty for Lusha's own address",
    affects: 'Where key tests and runs send requests (LUSHA_BASE_URL, when set, wins). The next request uses it.',
  }),
  'lusha.failoverBaseUrl': spec({
    schema: optionalHttpUrl,
    default: '',
    label: 'Failover base URL',
    expects: 'an http(s) URL, or empty for no failover',
    affects: 'Where failover-enabled keys go after a 402 or a block; empty = no key fails over. The engine picks it up at once.',
  }),
  'lusha.plan': spec({
    schema: z.enum(PLAN_NAMES),
    default: 'free',
    label: 'Lusha plan',
    expects: `one of ${PLAN_NAMES.join(', ')}`,
    affects: "Seeds each account's minute / hour / day budgets until Lusha's headers tell the real ones.",
  }),
  'engine.cooldownMinutes': spec({
    schema: wholeNumber(1, 120),
    default: 2,
    label: 'Rate-limit cooldown',
    expects: 'a whole number of minutes from 1 to 120',
    affects: 'How long an account is benched after a 429 burst, and the pause before an unavailable key is probed. New benches use it.',
  }),
  'engine.sweepSeconds': spec({
    schema: wholeNumber(5, 600),
    default: 30,
    label: 'Recovery sweep interval',
    expects: 'a whole number of seconds from 5 to 600',
    affects: 'How often benched keys whose time has passed are returned to service. The timer restarts at once.',
  }),
  'jobs.concurrency': spec({
    schema: wholeNumber(1, 32),
    default: 4,
    label: 'Concurrent requests per run',
    expects: 'a whole number from 1 to 32',
    affects: 'Bulk requests in flight at once for one run (the account buckets may allow fewer). The next run uses it.',
  }),
  'jobs.cacheTtlDays': spec({
    schema: wholeNumber(0, 3650),
    default: 30,
    label: 'Lookup cache lifetime',
    expects: 'a whole number of days from 0 to 3650',
    affects: 'How long a looked-up person is reused before being asked again (0 = never reuse). The next estimate and run use it.',
  }),
} as const;

export type SettingName = keyof typeof SETTINGS;
export type SettingValues = { -readonly [N in SettingName]: z.output<(typeof SETTINGS)[N]['schema']> };
export type SettingsPatch = Partial<SettingValues>;

export const SETTING_NAMES = Object.keys(SETTINGS) as SettingName[];

export const SETTING_DEFAULTS: SettingValues = Object.fromEntries(
  SETTING_NAMES.map((name) => [name, SETTINGS[name].default]),
) as SettingValues;

export type Validated<N extends SettingName> = { ok: true; value: SettingValues[N] } | { ok: false; message: string };

/** One value checked against its setting; the message names the field, for the user to read. */
export function validateSetting<N extends SettingName>(name: N, value: unknown): Validated<N> {
  const setting = SETTINGS[name];
  const parsed = setting.schema.safeParse(value);
  return parsed.success
    ? { ok: true, value: parsed.data as SettingValues[N] }
    : { ok: false, message: `${setting.label} must be ${setting.expects}.` };
}

type PatchShape = { [N in SettingName]: z.ZodOptional<z.ZodType<SettingValues[N]>> };

/**
 * The shape of an update over IPC: only known names, values typed but not checked here. The store
 * checks them, so a bad value comes back as a plain message naming the field rather than a schema dump.
 */
export const SETTINGS_PATCH = z
  .object(Object.fromEntries(SETTING_NAMES.map((name) => [name, z.custom<unknown>().optional()])) as unknown as PatchShape)
  .strict();
