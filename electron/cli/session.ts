// The command line's view of a profile: the same services and the same contract as the app, called
// through createApi, so every request is validated and answered exactly as the UI's would be.
import { createServices } from '../app/services';
import { resolveProfileDir } from '../app/paths';
import { AppError } from '../app/errors';
import type { Dialogs } from '../app/host';
import { buildBridge, createApi, type Api } from '../ipc/createApi';
import { CliError } from './command';
import { EXIT } from './exitCodes';
import type { CliIo } from './io';

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

/** Opens the vault for a command that needs key secrets, asking for the passphrase if it has one. */
export async function ensureVaultOpen(api: Api, io: CliIo, env: NodeJS.ProcessEnv): Promise<void> {
  const status = await api.keys.vaultStatus({});
  switch (status.state) {
    case 'unlocked':
      return;
    case 'locked':
      await api.keys.unlock({ passphrase: await passphraseFrom(io, env, 'Vault passphrase: ') });
      return;
    case 'needs_passphrase':
      throw new CliError(EXIT.vault, `${status.message}\nRun: enrichdesk vault setup-passphrase`);
    case 'unreadable':
      throw new CliError(
        EXIT.vault,
        `${status.message}\nTo start a new vault (stored keys are kept and can be re-entered): enrichdesk vault reset --yes`,
      );
  }
}

/** ENRICHDESK_PASSPHRASE, or a prompt when a person is at the terminal. */
export async function passphraseFrom(io: CliIo, env: NodeJS.ProcessEnv, question: string): Promise<string> {
  const fromEnv = env.ENRICHDESK_PASSPHRASE;
  if (fromEnv) return fromEnv;
  if (io.interactive) return io.promptSecret(question);
  throw new CliError(EXIT.vault, 'The vault needs its passphrase: set ENRICHDESK_PASSPHRASE or run this in a terminal.');
}
