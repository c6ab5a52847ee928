// The command line's view of a profile: the same services and the same contract as the app, called
// through createApi, so every request is validated and answered exactly as the UI's would be.
import { createServices } from '../app/services';
import { resolveProfileDir } from '../app/paths';
import { AppError } from '../app/errors';
import type { Dialogs } from '../app/host';
import type { EventName, Events } from '@shared/contract';
import { buildBridge, createApi, type Api } from '@shared/createApi';

export interface CliSession {
  api: Api;
  on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): void;
  close(): void;
}

export interface CliSessionOptions {
  /** The path an export writes to (`--out`): the command line's answer to the save dialog. */
  saveTo?: string;
}

function refuseDialog(): Promise<never> {
  return Promise.reject(new AppError('usage', 'The command line has no file dialogs; give the file path as an argument.'));
}

export function openCliSession(env: NodeJS.ProcessEnv, version: string, options: CliSessionOptions = {}): CliSession {
  const listeners = new Set<(event: EventName, payload: unknown) => void>();
  const { saveTo } = options;
  const dialogs: Dialogs = {
    openCsv: refuseDialog,
    openKeysFile: refuseDialog,
    saveCsv: saveTo === undefined ? refuseDialog : async () => saveTo,
  };
  const services = createServices({
    profileDir: resolveProfileDir(undefined, env),
    dialogs,
    emit: (event, payload) => listeners.forEach((listener) => listener(event, payload)),
    version,
    env,
  });
  const api = createApi(buildBridge({ invoke: (channel, request) => services.dispatch(channel, request), on: () => () => undefined }));
  return {
    api,
    on: (event, listener) => void listeners.add((e, p) => e === event && listener(p as Events[typeof event])),
    close: () => services.close(),
  };
}
