// The form's text against the settings' typed values: inputs hold text, main stores numbers and
// strings, and the table's own schemas say whether a text is acceptable.
import { SETTING_NAMES, validateSetting, type SettingName, type SettingsPatch, type SettingValues } from '@shared/settings';
import { FIELDS } from './fields';

export type Draft = Record<SettingName, string>;

const kindOf = (name: SettingName) => FIELDS.find((field) => field.name === name)?.kind;

export const toDraft = (values: SettingValues): Draft =>
  Object.fromEntries(SETTING_NAMES.map((name) => [name, String(values[name])])) as Draft;

/** A number field's text as a number; NaN when it is not one, which the schema then refuses. */
const parse = (name: SettingName, text: string): unknown => (kindOf(name) === 'number' ? (text.trim() === '' ? NaN : Number(text)) : text);

/** The settings whose text the table refuses. */
export function invalidFields(draft: Draft): Set<SettingName> {
  return new Set(SETTING_NAMES.filter((name) => !validateSetting(name, parse(name, draft[name])).ok));
}

/** The settings whose text differs from the stored values, parsed for saving. */
export function changes(draft: Draft, values: SettingValues): SettingsPatch {
  const changed = SETTING_NAMES.filter((name) => draft[name].trim() !== String(values[name]));
  return Object.fromEntries(changed.map((name) => [name, parse(name, draft[name])])) as SettingsPatch;
}
