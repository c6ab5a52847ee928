// Answers the settings channels: the values with their defaults and what the environment overrides.
import type { SettingsView } from '@shared/domain';
import { environmentOverrides } from './liveSettings';
import type { SettingsStore } from './settingsStore';
import type { SettingsPatch, SettingValues } from '@shared/settings';

export class SettingsService {
  constructor(
    readonly store: SettingsStore,
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  view(values: SettingValues = this.store.all()): SettingsView {
    return { values, defaults: this.store.defaults(), overriddenByEnvironment: environmentOverrides(this.env) };
  }

  update(patch: SettingsPatch): SettingsView {
    return this.view(this.store.update(patch));
  }
}
