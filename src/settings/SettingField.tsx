// One setting: its label and what it changes on the left, its control and any problem on the right.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PLAN_NAMES } from '@shared/settings';
import type { FieldDef } from './fields';
import { useSettingsStore } from './settingsStore';

interface ControlProps {
  field: FieldDef;
  id: string;
  value: string;
  invalid: boolean;
  describedBy: string;
  onChange(text: string): void;
}

function Control({ field, id, value, invalid, describedBy, onChange }: ControlProps) {
  const { t } = useTranslation();
  const common = { id, value, 'aria-invalid': invalid, 'aria-describedby': describedBy };
  if (field.kind === 'plan') {
    return (
      <select {...common} className="select settings-field__select" onChange={(e) => onChange(e.target.value)}>
        {PLAN_NAMES.map((plan) => (
          <option key={plan} value={plan}>
            {t(`settings.plans.${plan}`)}
          </option>
        ))}
      </select>
    );
  }
  if (field.kind === 'url') {
    return (
      <input
        {...common}
        type="text"
        inputMode="url"
        spellCheck={false}
        className="input settings-field__url"
        placeholder={t(`settings.fields.${field.key}.placeholder`)}
        onChange={(e) => onChange(e.target.value)}
      />
    );
  }
  return (
    <span className="settings-field__number">
      <input {...common} type="text" inputMode="numeric" className="input" onChange={(e) => onChange(e.target.value)} />
      <span className="settings-field__unit">{t(`settings.fields.${field.key}.unit`)}</span>
    </span>
  );
}

export function SettingField({ field, invalid, override }: { field: FieldDef; invalid: boolean; override?: string }) {
  const { t } = useTranslation();
  const id = useId();
  const value = useSettingsStore((s) => s.draft?.[field.name] ?? '');
  const edit = useSettingsStore((s) => s.edit);
  const hintId = `${id}-hint`;
  return (
    <div className={`settings-field ${invalid ? 'settings-field--invalid' : ''}`}>
      <div className="settings-field__text">
        <label htmlFor={id} className="settings-field__label">
          {t(`settings.fields.${field.key}.label`)}
        </label>
        <p id={hintId} className="settings-field__hint">
          {t(`settings.fields.${field.key}.hint`)}
        </p>
      </div>
      <div className="settings-field__control">
        <Control field={field} id={id} value={value} invalid={invalid} describedBy={hintId} onChange={(text) => edit(field.name, text)} />
        {invalid && (
          <p className="settings-field__error" role="alert">
            {t(`settings.fields.${field.key}.invalid`)}
          </p>
        )}
        {override !== undefined && (
          <p className="settings-field__override" role="note">
            {t('settings.overriddenByEnvironment', { value: override })}
          </p>
        )}
      </div>
    </div>
  );
}
