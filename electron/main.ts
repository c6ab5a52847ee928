// The Electron shell: a window, the app protocol, IPC, and the core services. Everything with logic
// lives in the core (electron/app, sheets, vault, …), which runs the same under plain Node.
import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, session } from 'electron';
import { ProfileHost } from './app/profileHost';
import { resolveProfileDir } from './app/paths';
import { registerAppScheme, serveBundle } from './appProtocol';
import { APP_ORIGIN, hardenSession, hardenWebContents } from './security';
import { bindIpc, windowEmitter } from './ipc/electronTransport';
import { electronDialogs } from './electronDialogs';
import { notifyingLongRuns } from './runNotifications';

let mainWindow: BrowserWindow | null = null;
let host: ProfileHost | null = null;

/**
 * In development node_modules holds the better-sqlite3 build for Node (tests, CLI); `npm start` builds
 * an Electron copy into .electron-native (scripts/electron-native.mjs). A packaged app has only the
 * Electron build, rebuilt by electron-builder, so it needs no override.
 */
function devNativeBinding(): string | undefined {
  if (app.isPackaged) return undefined;
  const file = path.join(app.getAppPath(), '.electron-native', 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
  return fs.existsSync(file) ? file : undefined;
}

/** The sandbox's sample sheet: extraResources in a packaged app, the repo's resources/ in development. */
function sampleCsvPath(): string {
  const folder = app.isPackaged ? process.resourcesPath : path.join(app.getAppPath(), 'resources');
  return path.join(folder, 'sample-prospects.csv');
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    title: 'EnrichDesk',
    show: false,
    backgroundColor: '#f7f7f8',
    webPreferences: {
      preload: path.join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  hardenWebContents(win.webContents);
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    mainWindow = null;
  });
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}

async function start(): Promise<void> {
  hardenSession(session.defaultSession);
  serveBundle(path.join(app.getAppPath(), 'dist'));
  const getWindow = () => mainWindow;
  host = await ProfileHost.open({
    profileDir: resolveProfileDir(app.getPath('userData')),
    dialogs: electronDialogs(getWindow),
    emit: notifyingLongRuns(windowEmitter(getWindow), getWindow),
    version: app.getVersion(),
    nativeBinding: devNativeBinding(),
    sampleCsv: sampleCsvPath(),
  });
  bindIpc(host.dispatch);
  mainWindow = createWindow();
}

if (!app.requestSingleInstanceLock()) {
  // A second copy would open the same SQLite profile; hand over to the first one instead.
  app.quit();
} else {
  registerAppScheme();
  app.on('second-instance', () => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (host && BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
  });
  // Closing waits for the sandbox's simulator to stop; quit again once it has.
  app.on('will-quit', (event) => {
    if (!host) return;
    event.preventDefault();
    const closing = host;
    host = null;
    void closing.close().finally(() => app.quit());
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      // No window exists yet to show it in: a native box is the only way the user learns why (a
      // profile from a newer version, an invalid LUSHA_BASE_URL, an unreadable database…).
      console.error('EnrichDesk failed to start', error);
      dialog.showErrorBox('EnrichDesk could not start', error instanceof Error ? error.message : String(error));
      app.exit(1);
    });
}
