// The settings page's layout: which settings each section shows and how each is edited. What a value
// may be comes from the settings table itself (shared/settings.ts).
import type { SettingName } from '@shared/settings';

/** How a setting is edited; `key` names its strings under settings.fields in en.json. */
export type FieldDef = { name: SettingName } & (
  | { kind: 'url'; key: 'baseUrl' | 'failoverBaseUrl' }
  | { kind: 'plan'; key: 'plan' }
  | { kind: 'number'; key: 'cooldownMinutes' | 'sweepSeconds' | 'concurrency' | 'cacheTtlDays' }
);

export interface SectionDef {
  key: 'lusha' | 'rotation' | 'runs';
  fields: FieldDef[];
}

export const SECTIONS: SectionDef[] = [
  {
    key: 'lusha',
    fields: [
      { name: 'lusha.baseUrl', key: 'baseUrl', kind: 'url' },
      { name: 'lusha.failoverBaseUrl', key: 'failoverBaseUrl', kind: 'url' },
      { name: 'lusha.plan', key: 'plan', kind: 'plan' },
    ],
  },
  {
    key: 'rotation',
    fields: [
      { name: 'engine.cooldownMinutes', key: 'cooldownMinutes', kind: 'number' },
      { name: 'engine.sweepSeconds', key: 'sweepSeconds', kind: 'number' },
    ],
  },
  {
    key: 'runs',
    fields: [
      { name: 'jobs.concurrency', key: 'concurrency', kind: 'number' },
      { name: 'jobs.cacheTtlDays', key: 'cacheTtlDays', kind: 'number' },
    ],
  },
];

export const FIELDS: FieldDef[] = SECTIONS.flatMap((section) => section.fields);
