// `enrichdesk keys …`: the key pool from the command line, through the same IPC contract as the UI.
import { ApiError } from '@shared/createApi';
import { KEY_CATEGORIES, KEY_ROLES, type KeyCategory, type KeyRole, type KeyTestResult } from '@shared/domain';
import { CliError, stringArg, type Command, type CommandContext, type ParsedArgs } from './command';
import { EXIT } from './exitCodes';
import { importReport, keysTable, testLine } from './format';
import { formatKeyId, parseKeyId } from './keyIds';

const json = { type: 'boolean', description: 'Print JSON instead of text.' } as const;
const category = (required: boolean) =>
  ({
    type: 'string',
    placeholder: 'CATEGORY',
    description: `phones, emails or any${required ? '' : ' (default any)'}.`,
    choices: KEY_CATEGORIES,
    required,
  }) as const;
const idArg = [{ name: 'ID', required: true }];

const keyIdOf = (args: ParsedArgs) => parseKeyId(args.positionals[0]);

/** The key from --key, a pipe, or a hidden prompt — never echoed. */
async function readKey(ctx: CommandContext, args: ParsedArgs): Promise<string> {
  const key = stringArg(args, 'key') ?? (ctx.io.interactive ? await ctx.io.promptSecret('API key: ') : await ctx.io.readStdin());
  if (!key.trim()) throw new CliError(EXIT.usage, 'No key given: pipe it on stdin, type it at the prompt, or pass --key.');
  return key.trim();
}

const printJsonOr = (ctx: CommandContext, args: ParsedArgs, value: unknown, text: string) =>
  ctx.io.out(args.values.json ? JSON.stringify(value, null, 2) : text);

export const keysCommands: Command[] = [
  {
    name: 'keys list',
    summary: 'List the API keys (masked) with their status.',
    options: { json },
    async run(ctx, args) {
      const keys = await ctx.api.keys.list({});
      printJsonOr(ctx, args, keys, keysTable(keys));
      return EXIT.ok;
    },
  },
  {
    name: 'keys add',
    summary: 'Store one API key in the vault.',
    details:
      'The key is read from stdin (piped, or typed at a hidden prompt). --key works too, but leaves the key in your shell history and the process list.',
    options: {
      label: { type: 'string', placeholder: 'LABEL', description: 'A name you recognise the key by.', required: true },
      category: category(true),
      account: {
        type: 'string',
        placeholder: 'ACCOUNT',
        description: 'Lusha account the key belongs to (keys of one account share credits). Default: the label.',
      },
      role: { type: 'string', placeholder: 'ROLE', description: 'active (default) or standby.', choices: KEY_ROLES },
      failover: { type: 'boolean', description: 'Enable failover for this key.' },
      priority: { type: 'string', placeholder: 'N', description: 'Priority, -1000..1000 (default 0).' },
      key: { type: 'string', placeholder: 'KEY', description: 'The key itself (prefer stdin).' },
    },
    needsVault: true,
    async run(ctx, args) {
      const priority = stringArg(args, 'priority');
      if (priority !== undefined && !/^-?\d+$/.test(priority)) throw new CliError(EXIT.usage, '--priority must be a whole number.');
      const key = await ctx.api.keys.add({
        key: await readKey(ctx, args),
        label: stringArg(args, 'label'),
        category: stringArg(args, 'category') as KeyCategory,
        account: stringArg(args, 'account'),
        role: stringArg(args, 'role') as KeyRole | undefined,
        failoverEnabled: args.values.failover === true,
        priority: priority === undefined ? undefined : Number(priority),
      });
      ctx.io.out(`Added key ${formatKeyId(key.id)} ${key.mask} “${key.label}” (${key.category}, account ${key.account}).`);
      return EXIT.ok;
    },
  },
  {
    name: 'keys import',
    summary: 'Import keys from a file: one key a line, label,key,category lines, or a .env with LUSHA_API_KEY* entries.',
    positionals: [{ name: 'FILE', required: true }],
    options: { category: category(false), json },
    needsVault: true,
    async run(ctx, args) {
      const result = await ctx.api.keys.importFile({
        path: args.positionals[0],
        category: stringArg(args, 'category') as KeyCategory | undefined,
      });
      if (!result) throw new CliError(EXIT.failure, 'Nothing was imported.');
      printJsonOr(ctx, args, result, importReport(result));
      return result.malformed > 0 ? EXIT.partial : EXIT.ok;
    },
  },
  {
    name: 'keys import-env',
    summary: "Store this session's LUSHA_API_KEYS in the vault, so they outlive it.",
    options: { json },
    needsVault: true,
    async run(ctx, args) {
      const result = await ctx.api.keys.importEnvironment({});
      printJsonOr(ctx, args, result, result.lines.length === 0 ? 'LUSHA_API_KEYS holds no keys.' : importReport(result));
      return EXIT.ok;
    },
  },
  {
    name: 'keys test',
    summary: "Test one key, or every key, with Lusha's account usage (costs no credit).",
    details: 'Without an ID every key is tested; a key that cannot be tested (vault reset, locked) is reported and the others go on.',
    positionals: [{ name: 'ID', required: false }],
    options: { json },
    needsVault: true,
    async run(ctx, args) {
      if (args.positionals[0]) {
        const result = await ctx.api.keys.test({ keyId: keyIdOf(args) });
        printJsonOr(ctx, args, result, testLine(result));
        return result.outcome === 'valid' ? EXIT.ok : EXIT.partial;
      }
      const keys = await ctx.api.keys.list({});
      const results: (KeyTestResult | { keyId: number; mask: string; error: string })[] = [];
      for (const key of keys) {
        try {
          const result = await ctx.api.keys.test({ keyId: key.id });
          results.push(result);
          if (!args.values.json) ctx.io.out(testLine(result));
        } catch (error) {
          if (!(error instanceof ApiError)) throw error;
          results.push({ keyId: key.id, mask: key.mask, error: error.message });
          if (!args.values.json) ctx.io.out(`${formatKeyId(key.id)} ${key.mask}: not tested — ${error.message}`);
        }
      }
      if (args.values.json) ctx.io.out(JSON.stringify(results, null, 2));
      else if (keys.length === 0) ctx.io.out('No keys to test.');
      return results.every((r) => 'outcome' in r && r.outcome === 'valid') ? EXIT.ok : EXIT.partial;
    },
  },
  {
    name: 'keys remove',
    summary: 'Delete a stored key and its history.',
    positionals: idArg,
    async run(ctx, args) {
      const keyId = keyIdOf(args);
      await ctx.api.keys.remove({ keyId });
      ctx.io.out(`Removed key ${formatKeyId(keyId)}.`);
      return EXIT.ok;
    },
  },
  statusCommand('keys disable', 'Stop using a key until you enable it.', (ctx, keyId) =>
    ctx.api.keys.setDisabled({ keyId, disabled: true }),
  ),
  statusCommand('keys enable', 'Use a disabled key again.', (ctx, keyId) => ctx.api.keys.setDisabled({ keyId, disabled: false })),
  statusCommand('keys reset', 'Put a key back to healthy on its primary endpoint (settings kept).', (ctx, keyId) =>
    ctx.api.keys.reset({ keyId }),
  ),
  {
    name: 'keys reenter',
    summary: 'Enter the secret of a key stored before a vault reset again (settings and history kept).',
    details: 'The key is read from stdin (piped, or typed at a hidden prompt), or from --key.',
    positionals: idArg,
    options: { key: { type: 'string', placeholder: 'KEY', description: 'The key itself (prefer stdin).' } },
    needsVault: true,
    async run(ctx, args) {
      const key = await ctx.api.keys.reenter({ keyId: keyIdOf(args), key: await readKey(ctx, args) });
      ctx.io.out(`Key ${formatKeyId(key.id)} ${key.mask} “${key.label}” is usable again.`);
      return EXIT.ok;
    },
  },
];

function statusCommand(
  name: string,
  summary: string,
  act: (ctx: CommandContext, keyId: number) => Promise<{ id: number; mask: string; status: string }>,
): Command {
  return {
    name,
    summary,
    positionals: idArg,
    async run(ctx, args) {
      const key = await act(ctx, keyIdOf(args));
      ctx.io.out(`Key ${formatKeyId(key.id)} ${key.mask} is now ${key.status}.`);
      return EXIT.ok;
    },
  };
}
