// The settings page: every user setting in three sections, saved together, applied at once.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { Button } from '../components/Button';
import { invalidFields } from './draft';
import { SECTIONS } from './fields';
import { SettingsSection } from './SettingsSection';
import { useFormState, useSettingsStore } from './settingsStore';
import './settings.css';

const FORM_ID = 'settings-form';

function useSettingsEvents(): void {
  useEffect(() => {
    void useSettingsStore.getState().load();
    return api.on('settings.changed', (view) => useSettingsStore.getState().received(view));
  }, []);
}

function Actions() {
  const { t } = useTranslation();
  const { dirty, invalid, atDefaults } = useFormState();
  const saving = useSettingsStore((s) => s.saving);
  const resetToDefaults = useSettingsStore((s) => s.resetToDefaults);
  return (
    <>
      {dirty && <span className="settings-page__unsaved">{t('settings.unsaved')}</span>}
      <Button disabled={atDefaults || saving} onClick={resetToDefaults}>
        {t('settings.resetButton')}
      </Button>
      <Button type="submit" form={FORM_ID} variant="primary" disabled={!dirty || invalid || saving}>
        {t('settings.saveButton')}
      </Button>
    </>
  );
}

export function SettingsPage() {
  const { t } = useTranslation();
  useSettingsEvents();
  const view = useSettingsStore((s) => s.view);
  const draft = useSettingsStore((s) => s.draft);
  const invalid = draft ? invalidFields(draft) : new Set<never>();
  return (
    <div className="settings-page">
      <div className="toolbar">
        <div className="toolbar__title">
          <h1>{t('settings.title')}</h1>
        </div>
        <div className="toolbar__actions">{view && <Actions />}</div>
      </div>
      <form
        id={FORM_ID}
        className="settings-page__body"
        onSubmit={(e) => {
          e.preventDefault();
          void useSettingsStore.getState().save();
        }}
      >
        {view &&
          SECTIONS.map((section) => (
            <SettingsSection key={section.key} section={section} invalid={invalid} overrides={view.overriddenByEnvironment} />
          ))}
      </form>
    </div>
  );
}
