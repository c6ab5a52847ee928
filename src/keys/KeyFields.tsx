// The settings a key carries, shared by the add and edit dialogs.
import { useTranslation } from 'react-i18next';
import type { KeyCategory, KeySummary } from '@shared/domain';
import { CategorySelect } from './CategorySelect';
import { FormRow } from './FormRow';

export interface KeyFieldValues {
  label: string;
  account: string;
  category: KeyCategory;
  priority: number;
  failoverEnabled: boolean;
  standby: boolean;
}

export const NEW_KEY_VALUES: KeyFieldValues = {
  label: '',
  account: '',
  category: 'any',
  priority: 0,
  failoverEnabled: false,
  standby: false,
};

export const valuesOf = (key: KeySummary): KeyFieldValues => ({
  label: key.label,
  account: key.account,
  category: key.category,
  priority: key.priority,
  failoverEnabled: key.failoverEnabled,
  standby: key.role === 'standby',
});

/** The request fields these values stand for; blank text is left out so main applies its defaults. */
export function metaOf(values: KeyFieldValues) {
  return {
    label: values.label.trim() || undefined,
    account: values.account.trim() || undefined,
    category: values.category,
    priority: values.priority,
    failoverEnabled: values.failoverEnabled,
    role: values.standby ? ('standby' as const) : ('active' as const),
  };
}

interface KeyFieldsProps {
  values: KeyFieldValues;
  onChange(patch: Partial<KeyFieldValues>): void;
  /** Editing a stored key: its label and account cannot become blank. */
  required?: boolean;
}

export function KeyFields({ values, onChange, required = false }: KeyFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <div className="form-grid">
        <FormRow label={t('keys.fields.label')}>
          {(id) => (
            <input
              id={id}
              className="input"
              value={values.label}
              required={required}
              maxLength={200}
              placeholder={required ? undefined : t('keys.fields.labelPlaceholder')}
              onChange={(e) => onChange({ label: e.target.value })}
            />
          )}
        </FormRow>
        <FormRow label={t('keys.fields.category')}>
          {(id) => <CategorySelect id={id} value={values.category} onChange={(category) => onChange({ category })} />}
        </FormRow>
        <FormRow label={t('keys.fields.account')}>
          {(id) => (
            <input
              id={id}
              className="input"
              value={values.account}
              required={required}
              maxLength={200}
              placeholder={required ? undefined : t('keys.fields.accountPlaceholder')}
              onChange={(e) => onChange({ account: e.target.value })}
            />
          )}
        </FormRow>
        <FormRow label={t('keys.fields.priority')}>
          {(id) => (
            <input
              id={id}
              className="input keys-priority-input"
              type="number"
              min={-1000}
              max={1000}
              step={1}
              value={values.priority}
              onChange={(e) => onChange({ priority: Math.trunc(Number(e.target.value)) || 0 })}
            />
          )}
        </FormRow>
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={values.failoverEnabled} onChange={(e) => onChange({ failoverEnabled: e.target.checked })} />
        <span>
          {t('keys.fields.failover')}
          <small>{t('keys.fields.failoverHint')}</small>
        </span>
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={values.standby} onChange={(e) => onChange({ standby: e.target.checked })} />
        <span>
          {t('keys.fields.standby')}
          <small>{t('keys.fields.standbyHint')}</small>
        </span>
      </label>
    </>
  );
}
