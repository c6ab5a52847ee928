// The app's pages. Adding one (e.g. API keys) is one entry here; the sidebar and the shell follow.
import type { ComponentType, ReactNode } from 'react';
import type en from './i18n/en.json';
import { HistoryIcon, KeyIcon, SheetIcon, SlidersIcon } from './components/icons';
import { KeysPage } from './keys/KeysPage';
import { RunsPage } from './runs/RunsPage';
import { SettingsPage } from './settings/SettingsPage';
import { SheetsNav } from './sheets/SheetsNav';
import { SheetsPage } from './sheets/SheetsPage';

export interface PageDef {
  id: string;
  label: `nav.${Exclude<keyof (typeof en)['nav'], 'label'>}`;
  icon: ReactNode;
  Page: ComponentType;
  /** Shown under the page's entry in the sidebar (the sheets list under Sheets). */
  Nav?: ComponentType;
}

export const PAGES: PageDef[] = [
  { id: 'sheets', label: 'nav.sheets', icon: <SheetIcon />, Page: SheetsPage, Nav: SheetsNav },
  { id: 'runs', label: 'nav.runs', icon: <HistoryIcon />, Page: RunsPage },
  { id: 'keys', label: 'nav.keys', icon: <KeyIcon />, Page: KeysPage },
  { id: 'settings', label: 'nav.settings', icon: <SlidersIcon />, Page: SettingsPage },
];
