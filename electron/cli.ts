// The `enrichdesk` command line: the same profile, vault and contract as the app, for scripts.
// Commands live in a table (electron/cli/*Commands.ts); this file finds one, checks its arguments,
// opens the profile only when a command actually runs, and turns every outcome into an exit code.
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { redact } from './app/logger';
import { ApiError } from '@shared/createApi';
import { CliError, type Command, type ParsedArgs } from './cli/command';
import { EXIT, exitCodeFor } from './cli/exitCodes';
import { commandHelp, overallHelp, usageLine } from './cli/help';
import { processIo, type CliIo } from './cli/io';
import { ensureVaultOpen } from './cli/vaultAccess';
import { keysCommands } from './cli/keysCommands';
import { vaultCommands } from './cli/vaultCommands';
import { enrichCommand } from './jobs/enrichCommand';

export const commands: Command[] = [...keysCommands, ...vaultCommands, enrichCommand];

const HELP = new Set(['--help', '-h', 'help']);

const version = (JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

export async function main(argv: string[], rawIo: CliIo = processIo(), env: NodeJS.ProcessEnv = process.env): Promise<number> {
  // Whatever the core registered as a secret is masked, even in a message we did not foresee.
  const io: CliIo = { ...rawIo, out: (t) => rawIo.out(redact(t)), err: (t) => rawIo.err(redact(t)) };
  try {
    return await dispatch(argv, io, env);
  } catch (error) {
    if (error instanceof CliError) return report(io, error.message, error.exitCode);
    if (error instanceof ApiError) return report(io, error.message, exitCodeFor(error.code));
    return report(io, `Unexpected error: ${error instanceof Error ? error.message : String(error)}`, EXIT.failure);
  }
}

async function dispatch(argv: string[], io: CliIo, env: NodeJS.ProcessEnv): Promise<number> {
  if (argv.length === 0 || HELP.has(argv[0])) {
    (argv.length === 0 ? io.err : io.out)(overallHelp(commands));
    return argv.length === 0 ? EXIT.usage : EXIT.ok;
  }
  if (argv[0] === '--version') {
    io.out(version);
    return EXIT.ok;
  }
  const command = commands.find((c) => c.name.split(' ').every((word, i) => argv[i] === word));
  if (!command) return unknownCommand(argv, io);
  const rest = argv.slice(command.name.split(' ').length);
  if (rest.some((a) => HELP.has(a))) {
    io.out(commandHelp(command));
    return EXIT.ok;
  }
  return run(command, parse(command, rest), io, env);
}

function unknownCommand(argv: string[], io: CliIo): number {
  const group = commands.some((c) => c.name.startsWith(`${argv[0]} `)) ? argv[0] : undefined;
  const asked = argv.length === 2 && HELP.has(argv[1]);
  if (group && asked) {
    io.out(overallHelp(commands, group));
    return EXIT.ok;
  }
  io.err(`${group ? `Unknown ${group} command.` : 'Unknown command.'}\n\n${overallHelp(commands, group)}`);
  return EXIT.usage;
}

function parse(command: Command, args: string[]): ParsedArgs {
  const options = Object.fromEntries(Object.entries(command.options ?? {}).map(([name, o]) => [name, { type: o.type }]));
  let parsed: ParsedArgs;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true }) as ParsedArgs;
  } catch (error) {
    throw usage(command, (error as Error).message);
  }
  for (const [name, o] of Object.entries(command.options ?? {})) {
    const value = parsed.values[name];
    if (o.required && value === undefined) throw usage(command, `--${name} is required.`);
    if (o.choices && typeof value === 'string' && !o.choices.includes(value)) {
      throw usage(command, `--${name} must be one of ${o.choices.join(', ')}.`);
    }
  }
  const specs = command.positionals ?? [];
  if (parsed.positionals.length > specs.length) throw usage(command, 'Too many arguments.');
  const missing = specs.find((p, i) => p.required && parsed.positionals[i] === undefined);
  if (missing) throw usage(command, `${missing.name} is required.`);
  return parsed;
}

async function run(command: Command, args: ParsedArgs, io: CliIo, env: NodeJS.ProcessEnv): Promise<number> {
  // Loaded only when a command runs, so help and usage errors answer without opening the whole core.
  const { openCliSession } = await import('./cli/session');
  const session = openCliSession(env, version);
  try {
    if (command.needsVault) await ensureVaultOpen(session.api, io, env);
    return await command.run({ api: session.api, io, env }, args);
  } finally {
    session.close();
  }
}

const usage = (command: Command, problem: string) => new CliError(EXIT.usage, `${problem}\nUsage: ${usageLine(command)}`);

function report(io: CliIo, message: string, code: number): number {
  io.err(message);
  return code;
}
