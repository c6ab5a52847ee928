// Exit codes scripts can rely on. Documented in `enrichdesk --help`.
export const EXIT = {
  ok: 0,
  /** Bad command line: unknown command or option, missing argument, invalid value. */
  usage: 1,
  /** The command could not do its job: no such key, unreadable file, Lusha unreachable… */
  failure: 2,
  /** The vault cannot be used: locked without a passphrase, wrong passphrase, needs set-up, unreadable. */
  vault: 3,
  /** Done, but not everything was fine: a tested key is not valid, or import lines were malformed. */
  partial: 4,
  /** enrich: every key that serves the kind is out until the user acts; the rest of the rows stay pending. */
  allKeysOut: 5,
  /** enrich: cancelled with Ctrl-C; the rest of the rows stay pending (128 + SIGINT, as shells do). */
  cancelled: 130,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

const VAULT_ERRORS = new Set([
  'vault_locked',
  'vault_unreadable',
  'vault_needs_passphrase',
  'wrong_passphrase',
  'vault_not_locked',
  'key_needs_reentry',
]);
const USAGE_ERRORS = new Set(['invalid_request', 'usage']);

/** The exit code for an error code coming back from the core. */
export function exitCodeFor(errorCode: string): ExitCode {
  if (USAGE_ERRORS.has(errorCode)) return EXIT.usage;
  if (VAULT_ERRORS.has(errorCode)) return EXIT.vault;
  return EXIT.failure;
}

export const EXIT_CODE_HELP = `Exit codes:
  0  success
  1  usage error (unknown command or option, missing or invalid argument)
  2  failure (no such key, unreadable file, Lusha unreachable, …)
  3  vault not usable (locked, wrong passphrase, needs a passphrase, unreadable)
  4  partial: a tested key is not valid, or some import lines were malformed
  5  enrich: all keys of the kind are out (exhausted, invalid, blocked or disabled)
  130  enrich: cancelled with Ctrl-C`;
