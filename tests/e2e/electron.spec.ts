// The real Electron app, launched by Playwright. Build machines without an Electron binary skip it
// with the reason; on a desktop with Electron it checks the shell's security and the IPC path.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { _electron as electron, expect, test } from '@playwright/test';

const require = createRequire(import.meta.url);

/**
 * The Electron binary if it was installed. Read from electron's path.txt rather than require('electron'),
 * which would try to download the binary on machines that skipped it.
 */
function electronBinary(): string | null {
  const dir = path.dirname(require.resolve('electron/package.json'));
  const pathFile = path.join(dir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const binary = path.join(dir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(binary) ? binary : null;
}

/** The page's globals as the preload leaves them (this file compiles without DOM types). */
interface PageGlobals {
  require?: unknown;
  process?: unknown;
  ipcRenderer?: unknown;
  api: { app: { info(): Promise<unknown> }; sheets: { import(request: unknown): Promise<unknown> } };
  location: { href: string };
  open(url: string): unknown;
}

const binary = electronBinary();
test.skip(
  !binary,
  'No Electron binary on this machine (ELECTRON_SKIP_BINARY_DOWNLOAD); the binding-transport specs cover the renderer and handlers.',
);

test('the packaged shell is locked down and talks to main over IPC', async () => {
  execFileSync('node', ['scripts/build-electron.mjs'], { stdio: 'inherit' });
  execFileSync('node', ['scripts/electron-native.mjs'], { stdio: 'inherit' });
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'enrichdesk-electron-'));
  const app = await electron.launch({ executablePath: binary!, args: ['.'], env: { ...process.env, ENRICHDESK_HOME: home } });
  try {
    const page = await app.firstWindow();
    await expect(page).toHaveTitle(/EnrichDesk/);
    expect(page.url()).toBe('app://bundle/index.html');

    const exposure = await page.evaluate(() => {
      const w = globalThis as unknown as PageGlobals;
      return { require: typeof w.require, process: typeof w.process, ipcRenderer: 'ipcRenderer' in w };
    });
    expect(exposure).toEqual({ require: 'undefined', process: 'undefined', ipcRenderer: false });

    const info = await page.evaluate(() => (globalThis as unknown as PageGlobals).api.app.info());
    expect(info).toMatchObject({ ok: true, value: { profileDir: home } });

    const fixture = path.resolve('tests/fixtures/csv/utf8-bom.csv');
    const imported = await page.evaluate(
      (p) => (globalThis as unknown as PageGlobals).api.sheets.import({ importId: 'e1', path: p }),
      fixture,
    );
    expect(imported).toMatchObject({ ok: true });

    await page.evaluate(() => {
      (globalThis as unknown as PageGlobals).location.href = 'https://example.com/';
    });
    await page.waitForTimeout(300);
    expect(page.url()).toBe('app://bundle/index.html');
    const popup = await page.evaluate(() => (globalThis as unknown as PageGlobals).open('https://example.com/') === null);
    expect(popup).toBe(true);
  } finally {
    await app.close();
    fs.rmSync(home, { recursive: true, force: true });
  }
});
