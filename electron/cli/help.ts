// Help text, generated from the command table so it cannot drift from what the commands accept.
import type { Command } from './command';
import { EXIT_CODE_HELP } from './exitCodes';

const ENVIRONMENT_HELP = `Environment:
  ENRICHDESK_HOME        profile folder (default: the app's own profile)
  ENRICHDESK_PASSPHRASE  vault passphrase, when the vault uses one (otherwise you are asked)
  ENRICHDESK_KEYCHAIN    "off" to never use the system keychain (passphrase only)
  LUSHA_API_KEYS         k1,k2,… usable for this session only, never written to disk
  LUSHA_BASE_URL         Lusha API base URL (a proxy or test server); wins over the app's setting

The app's settings (base URL, failover URL, plan, cooldown, concurrency, cache) are read from the profile.`;

export function usageLine(c: Command): string {
  const options = Object.entries(c.options ?? {}).map(([name, o]) => {
    const flag = o.type === 'string' ? `--${name} ${o.placeholder ?? 'VALUE'}` : `--${name}`;
    return o.required ? flag : `[${flag}]`;
  });
  const positionals = (c.positionals ?? []).map((p) => (p.required ? p.name : `[${p.name}]`));
  return ['enrichdesk', c.name, ...positionals, ...options].join(' ');
}

export function commandHelp(c: Command): string {
  const options = Object.entries(c.options ?? {}).map(([name, o]) => `  --${name.padEnd(12)} ${o.description}`);
  return [
    `Usage: ${usageLine(c)}`,
    '',
    c.summary,
    ...(c.details ? ['', c.details] : []),
    ...(options.length ? ['', 'Options:', ...options] : []),
    '',
    EXIT_CODE_HELP,
  ].join('\n');
}

export function overallHelp(commands: Command[], group?: string): string {
  const shown = group ? commands.filter((c) => c.name.split(' ')[0] === group) : commands;
  const width = Math.max(...shown.map((c) => c.name.length));
  return [
    `Usage: enrichdesk ${group ?? '<command>'} … [--help]`,
    '',
    'Commands:',
    ...shown.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `enrichdesk <command> --help` for its options.',
    '',
    ENVIRONMENT_HELP,
    '',
    EXIT_CODE_HELP,
  ].join('\n');
}
