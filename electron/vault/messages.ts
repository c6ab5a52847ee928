// What the vault's states mean, in the words the UI and the command line show.
import type { VaultProblem, VaultState } from '@shared/domain';

const UNREADABLE_TAIL =
  'Your stored API keys are kept exactly as they are. Fix the keychain and try again, or reset the vault and enter the keys again.';

const PROBLEMS: Record<VaultProblem, string> = {
  keychain_unavailable: 'The system keychain cannot be reached on this computer.',
  keychain_disabled: 'The system keychain is turned off for EnrichDesk (ENRICHDESK_KEYCHAIN=off).',
  keychain_entry_missing:
    "The vault's master key is missing from the system keychain: it was deleted, or this profile was copied from another computer.",
  master_key_mismatch: "The master key in the system keychain does not belong to this profile's vault.",
};

export function vaultMessage(state: VaultState, problem: VaultProblem | null): string {
  const why = problem ? `${PROBLEMS[problem]} ` : '';
  switch (state) {
    case 'unlocked':
      return 'The vault is unlocked.';
    case 'locked':
      return 'Your API keys are protected by a master passphrase. Enter it to unlock them.';
    case 'needs_passphrase':
      return `${why}Set a master passphrase to protect your API keys; you will enter it each time EnrichDesk starts.`;
    case 'unreadable':
      return `${why}The vault cannot be opened. ${UNREADABLE_TAIL}`;
  }
}
