// The end-to-end stand-in for electron/preload.ts, run in the page as an init script: the same
// buildBridge() over a Playwright binding instead of ipcRenderer. The harness pushes events through
// __enrichdeskEmit and tells it which dropped file name stands for which path.
import { buildBridge, type Transport } from '@shared/createApi';

type Listener = (payload: unknown) => void;

interface BindingWindow {
  __enrichdeskInvoke(channel: string, request: unknown): Promise<unknown>;
  __enrichdeskEmit(event: string, payload: unknown): void;
  __enrichdeskDropPaths: Record<string, string>;
  api: unknown;
  files: { pathFor(file: { name: string }): string };
}

const page = globalThis as unknown as BindingWindow;
const listeners = new Map<string, Set<Listener>>();

const transport: Transport = {
  invoke: (channel, request) => page.__enrichdeskInvoke(channel, request),
  on: (event, listener) => {
    const set = listeners.get(event) ?? new Set<Listener>();
    listeners.set(event, set);
    set.add(listener);
    return () => set.delete(listener);
  },
};

page.__enrichdeskEmit = (event, payload) => listeners.get(event)?.forEach((listener) => listener(payload));
page.__enrichdeskDropPaths = {};
page.api = buildBridge(transport);
// Electron's webUtils.getPathForFile knows where a dropped file lives; a browser does not, so the
// test declares it. An undeclared name gets "" like a file the host cannot place.
page.files = { pathFor: (file) => page.__enrichdeskDropPaths[file.name] ?? '' };
