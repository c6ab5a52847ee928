// The shell: sidebar (brand, import, pages with their sub-navigation) and the current page.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Toaster } from 'sonner';
import { api } from './api';
import { PAGES, type PageDef } from './pages';
import { InterruptedBanner } from './runs/InterruptedBanner';
import { RunsHost } from './runs/RunsHost';
import { SandboxBanner } from './sandbox/SandboxBanner';
import { SandboxToggle } from './sandbox/SandboxToggle';
import { useAppModeSync } from './sandbox/modeStore';
import { DropZone } from './sheets/DropZone';
import { ImportButton } from './sheets/ImportButton';
import { ImportProgress } from './sheets/ImportProgress';
import { useImportStore } from './stores/importStore';
import { useNavStore } from './stores/navStore';

function useImportProgressEvents() {
  useEffect(() => api.on('sheets.importProgress', useImportStore.getState().onProgress), []);
}

function Sidebar({ current, onSelect }: { current: PageDef; onSelect(page: PageDef): void }) {
  const { t } = useTranslation();
  return (
    <aside className="sidebar">
      <div className="sidebar__brand">
        <span className="sidebar__logo" aria-hidden="true" />
        {t('app.name')}
      </div>
      <div className="sidebar__import">
        <ImportButton variant="secondary" />
      </div>
      <nav className="sidebar__nav" aria-label={t('nav.label')}>
        {PAGES.map((page) => (
          <div key={page.id} className="nav-section">
            <button
              type="button"
              className={`nav-item ${page === current ? 'nav-item--current' : ''}`}
              aria-current={page === current ? 'page' : undefined}
              onClick={() => onSelect(page)}
            >
              {page.icon}
              {t(page.label)}
            </button>
            {page.Nav && <page.Nav />}
          </div>
        ))}
      </nav>
      <SandboxToggle />
    </aside>
  );
}

export function App() {
  const pageId = useNavStore((s) => s.pageId);
  const go = useNavStore((s) => s.go);
  const page = PAGES.find((p) => p.id === pageId) ?? PAGES[0];
  useImportProgressEvents();
  useAppModeSync();
  return (
    <>
      <div className="app">
        <Sidebar current={page} onSelect={(p) => go(p.id)} />
        <main className="main">
          <SandboxBanner />
          <InterruptedBanner />
          <ImportProgress />
          <page.Page />
        </main>
      </div>
      <DropZone />
      <RunsHost />
      {/* Offset clears the status bar under the grid. */}
      <Toaster position="bottom-right" offset={{ bottom: 40, right: 16 }} richColors closeButton toastOptions={{ className: 'toast' }} />
    </>
  );
}
