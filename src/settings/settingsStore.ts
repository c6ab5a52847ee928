// The settings page's state: main's last answer and the form being edited. Main is the source of
// truth; a change from elsewhere (settings.changed) replaces the form only while it is untouched.
import { create } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { toast } from 'sonner';
import type { SettingsView } from '@shared/domain';
import { api } from '../api';
import { notifyError } from '../errors';
import { t } from '../i18n';
import type { SettingName } from '@shared/settings';
import { changes, invalidFields, toDraft, type Draft } from './draft';

interface SettingsState {
  view: SettingsView | null;
  draft: Draft | null;
  saving: boolean;
  load(): Promise<void>;
  /** An update main announced; the user's unsaved edits win over it. */
  received(view: SettingsView): void;
  edit(name: SettingName, text: string): void;
  /** Fills the form with the defaults; Save stores them. */
  resetToDefaults(): void;
  save(): Promise<void>;
}

const isDirty = ({ view, draft }: Pick<SettingsState, 'view' | 'draft'>) =>
  view !== null && draft !== null && Object.keys(changes(draft, view.values)).length > 0;

export const useSettingsStore = create<SettingsState>()((set, get) => ({
  view: null,
  draft: null,
  saving: false,

  load: async () => {
    try {
      const view = await api.settings.get();
      set({ view, draft: toDraft(view.values) });
    } catch (error) {
      notifyError(error);
    }
  },

  received: (view) => set((s) => ({ view, draft: isDirty(s) ? s.draft : toDraft(view.values) })),

  edit: (name, text) => set((s) => (s.draft ? { draft: { ...s.draft, [name]: text } } : {})),

  resetToDefaults: () => set((s) => (s.view ? { draft: toDraft(s.view.defaults) } : {})),

  save: async () => {
    const { view, draft } = get();
    if (!view || !draft || invalidFields(draft).size > 0) return;
    set({ saving: true });
    try {
      const saved = await api.settings.update({ patch: changes(draft, view.values) });
      set({ view: saved, draft: toDraft(saved.values) });
      toast.success(t('settings.saved'));
    } catch (error) {
      notifyError(error);
    } finally {
      set({ saving: false });
    }
  },
}));

/** What the page needs to know about the form as a whole. */
export function useFormState() {
  return useSettingsStore(
    useShallow((s) => ({
      dirty: isDirty(s),
      invalid: s.draft !== null && invalidFields(s.draft).size > 0,
      atDefaults: s.view !== null && s.draft !== null && Object.keys(changes(s.draft, s.view.defaults)).length === 0,
    })),
  );
}
