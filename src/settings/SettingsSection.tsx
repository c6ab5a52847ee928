// A titled group of settings, as the page shows them.
import { useTranslation } from 'react-i18next';
import type { SettingName } from '@shared/settings';
import type { SectionDef } from './fields';
import { SettingField } from './SettingField';

interface SettingsSectionProps {
  section: SectionDef;
  invalid: ReadonlySet<SettingName>;
  overrides: Partial<Record<SettingName, string>>;
}

export function SettingsSection({ section, invalid, overrides }: SettingsSectionProps) {
  const { t } = useTranslation();
  const titleId = `settings-section-${section.key}`;
  return (
    <section className="settings-section" aria-labelledby={titleId}>
      <header className="settings-section__header">
        <h2 id={titleId}>{t(`settings.sections.${section.key}.title`)}</h2>
        <p>{t(`settings.sections.${section.key}.description`)}</p>
      </header>
      <div className="settings-section__fields">
        {section.fields.map((field) => (
          <SettingField key={field.name} field={field} invalid={invalid.has(field.name)} override={overrides[field.name]} />
        ))}
      </div>
    </section>
  );
}
