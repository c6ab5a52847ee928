// What the runner needs from the key rotation: one bulk request on whichever key the engine picks,
// retried and rotated as DESIGN §4 says, and the pool's view of the keys for the estimate.
import { AllKeysOutError } from '../engine/errors';
import type { AccountKeys, EnrichKind } from '@shared/domain';
import type { ContactRequest, ContactResult } from '../lusha/types';

export type BatchOutcome =
  | { ok: true; results: ContactResult[]; keyId: number; creditsCharged: number }
  /** The engine gave up on this request; every row of it ends this way. */
  | { ok: false; rowOutcome: 'failed' | 'not_found'; error: { code: string; message: string } };

export interface BatchOptions {
  signal: AbortSignal;
  runId: number;
  /** Called right before each attempt leaves, with the key it goes out on. */
  onDispatch(keyId: number): void;
  /** Every usable key is benched until this time (ms epoch); null once one serves again. */
  onWaiting(until: number | null): void;
}

export interface EnrichGateway {
  /**
   * One bulk request of 1..100 contacts. Throws an error that {@link isAllKeysOut} recognises when
   * every key that serves the kind is out until the user acts.
   */
  enrichBatch(kind: EnrichKind, contacts: ContactRequest[], options: BatchOptions): Promise<BatchOutcome>;
  /** Keys that serve the kind, per account. */
  accounts(kind: EnrichKind): AccountKeys[];
}

/** The engine's "All N phone keys are exhausted — add more API keys". */
export const isAllKeysOut = (error: unknown): error is AllKeysOutError => error instanceof AllKeysOutError;
