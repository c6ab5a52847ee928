// What a command-line command is: its words, its help, its options, and what it does. Commands are
// rows of a table, so `enrich` and later commands are added without touching the runner.
import type { Api } from '@shared/createApi';
import type { CliIo } from './io';
import type { ExitCode } from './exitCodes';

export interface OptionSpec {
  type: 'string' | 'boolean';
  description: string;
  /** Shown in usage, e.g. LABEL. */
  placeholder?: string;
  required?: boolean;
  choices?: readonly string[];
}

export interface PositionalSpec {
  name: string;
  required: boolean;
}

export interface ParsedArgs {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

export interface CommandContext {
  api: Api;
  io: CliIo;
  env: NodeJS.ProcessEnv;
}

export interface Command {
  /** The words that name it, e.g. "keys add". */
  name: string;
  summary: string;
  /** Extra paragraphs for `--help`. */
  details?: string;
  options?: Record<string, OptionSpec>;
  positionals?: PositionalSpec[];
  /** Opens the vault first (asking for the passphrase if it has one). */
  needsVault?: boolean;
  run(ctx: CommandContext, args: ParsedArgs): Promise<ExitCode>;
}

/** An outcome the runner turns into a message on stderr and an exit code. */
export class CliError extends Error {
  constructor(
    readonly exitCode: ExitCode,
    message: string,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export const stringArg = (args: ParsedArgs, name: string): string | undefined => {
  const v = args.values[name];
  return typeof v === 'string' ? v : undefined;
};
