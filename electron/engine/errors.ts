// The engine's one user-facing failure: nothing left to send with. Rows stay pending; the job stops.
import { AppError } from '../app/errors';
import type { KeyCategory, KeyStatus } from './types';

const NOUN: Record<KeyCategory, string> = { phones: 'phone', emails: 'email', any: 'any' };

export class AllKeysOutError extends AppError {
  readonly count: number;

  constructor(
    readonly category: KeyCategory,
    readonly statuses: readonly KeyStatus[],
  ) {
    super('all_keys_out', describe(category, statuses));
    this.name = 'AllKeysOutError';
    this.count = statuses.length;
  }
}

/** "All 3 phone keys are exhausted — add more API keys". */
function describe(category: KeyCategory, statuses: readonly KeyStatus[]): string {
  const noun = NOUN[category];
  if (statuses.length === 0) return `There are no ${noun} keys — add API keys`;
  const counts = new Map<KeyStatus, number>();
  for (const s of statuses) counts.set(s, (counts.get(s) ?? 0) + 1);
  const state = counts.size === 1 ? statuses[0] : `out of service (${[...counts].map(([status, n]) => `${n} ${status}`).join(', ')})`;
  const subject = statuses.length === 1 ? `The only ${noun} key is` : `All ${statuses.length} ${noun} keys are`;
  return `${subject} ${state} — add more API keys`;
}
