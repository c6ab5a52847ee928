// The end-to-end harness (DESIGN.md §2): the real core (a ProfileHost, real SQLite in a temp
// profile) runs in the test's Node process; the page gets window.api from the same buildBridge() the
// preload uses, over a Playwright binding; the renderer is the production bundle from dist/. Only
// Electron's file dialogs are stood in for, scripted by the test.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { test as base, type Page } from '@playwright/test';
import type { ServiceOptions, Services } from '../../electron/app/services';
import { ProfileHost } from '../../electron/app/profileHost';
import type { Dialogs, Emit } from '../../electron/app/host';
import { resolveProfileDir } from '../../electron/app/paths';
import { serveStatic } from './staticServer';

/** Electron's dialog module, played by the test: it says in advance what the user will pick. Each
 *  answer is used once; null (the default) means the user cancels that dialog. */
export class ScriptedDialogs implements Dialogs {
  nextOpenPath: string | null = null;
  nextSavePath: string | null = null;
  nextKeysFilePath: string | null = null;
  /** Default file names main offered in save dialogs, in order. */
  readonly offeredNames: string[] = [];

  async openCsv(): Promise<string | null> {
    return this.take('nextOpenPath');
  }

  async saveCsv(defaultName: string): Promise<string | null> {
    this.offeredNames.push(defaultName);
    return this.take('nextSavePath');
  }

  async openKeysFile(): Promise<string | null> {
    return this.take('nextKeysFilePath');
  }

  private take(answer: 'nextOpenPath' | 'nextSavePath' | 'nextKeysFilePath'): string | null {
    const chosen = this[answer];
    this[answer] = null;
    return chosen;
  }
}

interface PageGlobals {
  __enrichdeskEmit(event: string, payload: unknown): void;
  __enrichdeskDropPaths: Record<string, string>;
}

/** The few DOM constructors dropFile needs (this file compiles without the DOM library). */
interface DomGlobals {
  document: { body: EventTarget };
  DataTransfer: new () => { items: { add(file: unknown): void } };
  DragEvent: new (type: string, init: { dataTransfer: unknown; bubbles: boolean; cancelable: boolean }) => Event;
  File: new (parts: string[], name: string, options: { type: string }) => unknown;
}

/** The init script: tests/e2e/bindingPreload.ts bundled for the browser. */
export function bundleBindingPreload(): string {
  const result = buildSync({
    entryPoints: [path.join(import.meta.dirname, 'bindingPreload.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    tsconfig: path.join(import.meta.dirname, '../../tsconfig.node.json'),
    write: false,
  });
  return result.outputFiles[0].text;
}

/** Events from the core, delivered to whichever page is attached (none yet: dropped, as in a closed window). */
export function pageEmitter(): { emit: Emit; attach(page: Page): void } {
  let target: Page | null = null;
  return {
    attach: (page) => {
      target = page;
    },
    emit: (event, payload) => {
      void target
        ?.evaluate(([e, p]) => (globalThis as unknown as PageGlobals).__enrichdeskEmit(e, p), [event, payload] as const)
        .catch(() => undefined);
    },
  };
}

export interface Core {
  profileDir: string;
  /** Switches between the profile and its sandbox as the app does. The one open now: reopen() replaces it. */
  readonly host: ProfileHost;
  /** The services of the profile open now (the sandbox's while it is on). */
  readonly services: Services;
  dialogs: ScriptedDialogs;
  attach(page: Page): void;
  /** Closes the core and opens a new one on the same profile folder, as quitting and starting the app does. */
  reopen(): Promise<void>;
  dispose(): Promise<void>;
}

/** What a spec may set on the services besides the profile, dialogs and events the harness owns. */
export type CoreOverrides = Partial<Omit<ServiceOptions, 'profileDir' | 'dialogs' | 'emit'>>;

const SAMPLE_CSV = path.join(import.meta.dirname, '..', '..', 'resources', 'sample-prospects.csv');

/** A fresh profile (its own ENRICHDESK_HOME) with the real services on it. */
export function startCore(prefix = 'enrichdesk-e2e-', overrides: CoreOverrides = {}): Core {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const env = { ...process.env, ...overrides.env, ENRICHDESK_HOME: home };
  const profileDir = resolveProfileDir(undefined, env);
  const dialogs = new ScriptedDialogs();
  const events = pageEmitter();
  const open = () =>
    ProfileHost.startReal({ version: 'e2e', ...overrides, env, profileDir, dialogs, emit: events.emit, sampleCsv: SAMPLE_CSV });
  let host = open();
  return {
    profileDir,
    get host() {
      return host;
    },
    get services() {
      return host.services;
    },
    dialogs,
    attach: events.attach,
    reopen: async () => {
      await host.close();
      host = open();
    },
    dispose: async () => {
      await host.close();
      fs.rmSync(home, { recursive: true, force: true });
    },
  };
}

/** Wires a page to the core. Call before the first navigation. */
export async function connectPage(page: Page, core: Core, bindingScript: string): Promise<void> {
  await page.exposeBinding('__enrichdeskInvoke', (_source, channel: string, request: unknown) => core.host.dispatch(channel, request));
  await page.addInitScript(bindingScript);
  core.attach(page);
}

export interface Harness extends Core {
  page: Page;
  /** A path inside this test's temp profile folder. */
  tmpPath(name: string): string;
  /** Drops a file on the window, as a user dragging it from the file manager. hostKnowsPath: false plays a
   *  host that cannot tell where the file lives (webUtils.getPathForFile returning ""). */
  dropFile(filePath: string, options?: { hostKnowsPath?: boolean }): Promise<void>;
  /** Saves a screenshot as test-results/screens/<name>.png. */
  screenshot(name: string): Promise<string>;
  /** Restarts the app on the same profile: a new core (the binding reaches it), then the page reloaded. */
  restart(): Promise<void>;
}

async function dropFile(page: Page, filePath: string, { hostKnowsPath = true } = {}): Promise<void> {
  const name = path.basename(filePath);
  await page.evaluate(
    ([fileName, fullPath]) => {
      const g = globalThis as unknown as PageGlobals & DomGlobals;
      if (fullPath) g.__enrichdeskDropPaths[fileName] = fullPath;
      else delete g.__enrichdeskDropPaths[fileName];
      const data = new g.DataTransfer();
      data.items.add(new g.File(['placeholder'], fileName, { type: 'text/csv' }));
      for (const type of ['dragenter', 'dragover', 'drop']) {
        g.document.body.dispatchEvent(new g.DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
      }
    },
    [name, hostKnowsPath ? filePath : ''] as const,
  );
}

export const test = base.extend<{ harness: Harness; coreOverrides: CoreOverrides }, { rendererUrl: string; bindingScript: string }>({
  /** Service options for this spec's cores (e.g. a Lusha simulator's URL in env, or keychain: null). */
  coreOverrides: [{}, { option: true }],
  rendererUrl: [
    async ({}, use) => {
      const server = await serveStatic();
      await use(server.url);
      await server.close();
    },
    { scope: 'worker' },
  ],
  bindingScript: [async ({}, use) => use(bundleBindingPreload()), { scope: 'worker' }],
  harness: async ({ page, rendererUrl, bindingScript, coreOverrides }, use) => {
    const core = startCore(undefined, coreOverrides);
    await connectPage(page, core, bindingScript);
    await page.goto(rendererUrl);
    const extras: Omit<Harness, keyof Core> = {
      page,
      tmpPath: (name) => path.join(core.profileDir, name),
      dropFile: (filePath, options) => dropFile(page, filePath, options),
      screenshot: async (name) => {
        const file = path.resolve('test-results', 'screens', `${name}.png`);
        // Finished transitions, not a toast caught half-way in.
        await page.screenshot({ path: file, animations: 'disabled' });
        return file;
      },
      restart: async () => {
        await core.reopen();
        await page.reload();
      },
    };
    // Onto the core itself, so `services` stays the profile open now after a switch.
    await use(Object.assign(core, extras));
    await core.dispose();
  },
});

export { expect } from '@playwright/test';
