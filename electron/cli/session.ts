// The command line's view of a profile: the same services and the same contract as the app, called
// through createApi, so every request is validated and answered exactly as the UI's would be.
import { createServices } from '../app/services';
import { resolveProfileDir } from '../app/paths';
import { AppError } from '../app/errors';
import type { Dialogs } from '../app/host';
import { buildBridge, createApi, type Api } from '../ipc/createApi';

export interface CliSession {
  api: Api;
  close(): void;
}

/** The command line always gets paths as arguments; a dialog request is a programming error. */
const noDialogs: Dialogs = {
  openCsv: refuseDialog,
  saveCsv: refuseDialog,
  openKeysFile: refuseDialog,
};

function refuseDialog(): Promise<never> {
  return Promise.reject(new AppError('usage', 'The command line has no file dialogs; give the file path as an argument.'));
}

export function openCliSession(env: NodeJS.ProcessEnv, version: string): CliSession {
  const services = createServices({
    profileDir: resolveProfileDir(undefined, env),
    dialogs: noDialogs,
    emit: () => undefined,
    version,
    env,
  });
  const api = createApi(buildBridge({ invoke: (channel, request) => services.dispatch(channel, request), on: () => () => undefined }));
  return { api, close: () => services.close() };
}
