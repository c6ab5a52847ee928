// `enrichdesk vault …`: how the vault protects the keys, and the two ways to change that.
import { CliError, type Command, type CommandContext } from './command';
import { EXIT } from './exitCodes';
import { vaultReport } from './format';
import { passphraseFrom } from './vaultAccess';

/** A new passphrase: ENRICHDESK_PASSPHRASE, or typed twice at the terminal. */
async function newPassphrase(ctx: CommandContext): Promise<string> {
  const first = await passphraseFrom(ctx.io, ctx.env, 'New vault passphrase: ');
  if (ctx.env.ENRICHDESK_PASSPHRASE) return first;
  if ((await ctx.io.promptSecret('Repeat the passphrase: ')) !== first) throw new CliError(EXIT.usage, 'The two passphrases differ.');
  return first;
}

export const vaultCommands: Command[] = [
  {
    name: 'vault status',
    summary: 'Show whether the vault is unlocked, locked, needs a passphrase, or is unreadable.',
    options: { json: { type: 'boolean', description: 'Print JSON instead of text.' } },
    async run(ctx, args) {
      const overview = await ctx.api.keys.vaultStatus({});
      ctx.io.out(args.values.json ? JSON.stringify(overview, null, 2) : vaultReport(overview));
      return overview.state === 'unlocked' ? EXIT.ok : EXIT.vault;
    },
  },
  {
    name: 'vault setup-passphrase',
    summary: 'Protect the vault with a master passphrase (when there is no keychain, or instead of it).',
    details:
      'The passphrase comes from ENRICHDESK_PASSPHRASE, or is typed twice at a hidden prompt. An unlocked keychain vault moves to the passphrase; its keys stay as they are.',
    async run(ctx) {
      const status = await ctx.api.keys.vaultStatus({});
      if (status.state === 'locked')
        await ctx.api.keys.unlock({ passphrase: await passphraseFrom(ctx.io, ctx.env, 'Current vault passphrase: ') });
      const overview = await ctx.api.keys.setupPassphrase({ passphrase: await newPassphrase(ctx) });
      ctx.io.out(vaultReport(overview));
      return EXIT.ok;
    },
  },
  {
    name: 'vault reset',
    summary: 'Start a new vault with a new master key. Stored keys are kept but must be re-entered.',
    details:
      'Use this when the vault is unreadable (its keychain entry is gone, or the profile came from another computer). Nothing is deleted: re-enter each key with `enrichdesk keys reenter ID`.',
    options: {
      yes: { type: 'boolean', description: 'Confirm the reset.', required: true },
      passphrase: { type: 'boolean', description: 'Protect the new vault with a passphrase instead of the keychain.' },
    },
    async run(ctx, args) {
      const passphrase = args.values.passphrase ? await newPassphrase(ctx) : undefined;
      const overview = await ctx.api.keys.resetVault({ confirm: true, passphrase });
      ctx.io.out(vaultReport(overview));
      return overview.state === 'unlocked' ? EXIT.ok : EXIT.vault;
    },
  },
];
