// Answers the settings channels: the values with their defaults and what the environment overrides.
import type { SettingsView } from '../ipc/types';
import { environmentOverrides } from './liveSettings';
import type { SettingsStore } from './settingsStore';
import type { SettingsPatch, SettingValues } from './table';

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
