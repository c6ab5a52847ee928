// Getting at the vault from the command line: unlocking it with ENRICHDESK_PASSPHRASE or a prompt,
// and saying plainly what to do when it needs set-up or cannot be read.
import type { Api } from '@shared/createApi';
import { CliError } from './command';
import { EXIT } from './exitCodes';
import type { CliIo } from './io';

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
