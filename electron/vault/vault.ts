// The vault: one narrow service that seals and opens API keys, with the master key's protection
// (OS keychain or master passphrase) chosen at start-up. It never falls back silently: without a
// keychain it asks for a passphrase, and a master key that is gone or wrong leaves the vault
// `unreadable` — stored keys untouched — until the user restores the keychain or resets the vault.
import crypto from 'node:crypto';
import type { Db } from '../db/database';
import { AppError } from '../app/errors';
import type { VaultProblem, VaultState, VaultStatus } from '@shared/domain';
import {
  deriveSubkey,
  KEY_BYTES,
  keyedHash,
  newScryptParams,
  open,
  packSealed,
  randomKey,
  scryptKey,
  seal,
  unpackSealed,
  type Sealed,
} from './crypto';
import { KeychainUnavailable, type Keychain } from './keychain';
import { VaultRecord, type VaultBackend, type VaultSetup } from './vaultRecord';
import { vaultMessage } from './messages';

export interface VaultOptions {
  db: Db;
  /** null when the user turned the keychain off for this profile: passphrase only. */
  keychain: Keychain | null;
}

/** A sealed API key and the vault generation that sealed it. */
export interface SealedKey extends Sealed {
  generation: string;
}

interface OpenVault {
  generation: string;
  encryptionKey: Buffer;
  fingerprintKey: Buffer;
  master: Buffer;
}

const CHECK_PLAINTEXT = Buffer.from('enrichdesk-vault-check', 'utf8');
const MIN_PASSPHRASE = 8;

const checkAad = (generation: string) => `enrichdesk-check:${generation}`;
const masterAad = (profileId: string, generation: string) => `enrichdesk-master:${profileId}:${generation}`;
const keyAad = (keyId: number) => `enrichdesk-key:${keyId}`;

export class Vault {
  /** Settles once the start-up probe is done. Keychain trouble becomes a state; only a database failure rejects. */
  readonly ready: Promise<void>;
  private readonly record: VaultRecord;
  private readonly keychain: Keychain | null;
  private readonly profileId: string;
  private state: VaultState = 'locked';
  private backend: VaultBackend | null = null;
  private problem: VaultProblem | null = null;
  private opened: OpenVault | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(options: VaultOptions) {
    this.record = new VaultRecord(options.db);
    this.keychain = options.keychain;
    this.profileId = this.record.profileId();
    this.ready = this.exclusive(() => this.start());
    // Callers that await `ready` still see a failure; this only keeps it from crashing the process.
    this.ready.catch(() => undefined);
  }

  /** The keychain account this profile's master key lives under. */
  get keychainAccount(): string {
    return this.profileId;
  }

  async status(): Promise<VaultStatus> {
    await this.ready;
    return this.snapshot();
  }

  /** Probes the keychain again, for a user who has just unlocked or restored it. */
  refresh(): Promise<VaultStatus> {
    return this.exclusive(async () => {
      if (this.state === 'unreadable' || this.state === 'needs_passphrase') await this.start();
      return this.snapshot();
    });
  }

  isUnlocked(): boolean {
    return this.opened !== null;
  }

  /** Throws the vault's own plain-language AppError (locked, needs a passphrase, unreadable) unless it is open. */
  assertUnlocked(): void {
    this.requireOpen();
  }

  /** The generation keys are sealed under now; null until the vault is set up. */
  currentGeneration(): string | null {
    return this.opened?.generation ?? this.record.generation();
  }

  /** Sets a master passphrase: for a new vault without a keychain, or to move an open vault off the keychain. */
  setupPassphrase(passphrase: string): Promise<VaultStatus> {
    return this.exclusive(async () => {
      assertPassphrase(passphrase);
      if (this.state === 'locked') throw new AppError('vault_locked', 'Unlock the vault with its current passphrase first.');
      if (this.state === 'unreadable') {
        throw new AppError('vault_unreadable', 'The vault cannot be read; reset it before setting a passphrase.');
      }
      const previous = this.backend;
      const master = this.opened?.master ?? randomKey();
      const generation = this.opened?.generation ?? crypto.randomUUID();
      this.record.save(await this.passphraseSetup(master, generation, passphrase));
      if (previous === 'keychain') await this.forgetKeychainCopy();
      this.becomeOpen('passphrase', master, generation);
      return this.snapshot();
    });
  }

  unlock(passphrase: string): Promise<VaultStatus> {
    return this.exclusive(async () => {
      if (this.state === 'unlocked') return this.snapshot();
      const setup = this.record.setup();
      if (this.state !== 'locked' || setup?.backend !== 'passphrase' || !setup.kdf || !setup.wrappedMaster) {
        throw new AppError('vault_not_locked', 'This vault is not protected by a passphrase.');
      }
      const kek = await scryptKey(passphrase, setup.kdf);
      const master = open(kek, unpackSealed(setup.wrappedMaster), masterAad(this.profileId, setup.generation));
      if (!master || !this.checkMatches(master, setup))
        throw new AppError('wrong_passphrase', 'That passphrase does not unlock the vault.');
      this.becomeOpen('passphrase', master, setup.generation);
      return this.snapshot();
    });
  }

  /**
   * Starts a new vault with a new master key. Stored keys are not deleted: they keep their labels,
   * settings and history and wait to be re-entered, since their secrets cannot be read any more.
   */
  reset(passphrase?: string): Promise<VaultStatus> {
    return this.exclusive(async () => {
      if (passphrase !== undefined) assertPassphrase(passphrase);
      this.record.clear();
      this.close();
      const master = randomKey();
      const generation = crypto.randomUUID();
      if (passphrase !== undefined) {
        this.record.save(await this.passphraseSetup(master, generation, passphrase));
        this.becomeOpen('passphrase', master, generation);
      } else {
        await this.createKeychainVault();
      }
      return this.snapshot();
    });
  }

  seal(keyId: number, plaintext: string): SealedKey {
    const v = this.requireOpen();
    return { ...seal(v.encryptionKey, Buffer.from(plaintext, 'utf8'), keyAad(keyId)), generation: v.generation };
  }

  /** The plaintext of a stored key; only for a request about to be made, never for display. */
  reveal(keyId: number, sealed: SealedKey): string {
    const v = this.requireOpen();
    if (sealed.generation !== v.generation) {
      throw new AppError('key_needs_reentry', 'This key was stored before the vault was reset; enter it again to use it.');
    }
    const plaintext = open(v.encryptionKey, sealed, keyAad(keyId));
    if (!plaintext) throw new AppError('key_unreadable', 'This key failed its integrity check and cannot be used; enter it again.');
    return plaintext.toString('utf8');
  }

  /** A keyed hash for finding duplicates without comparing plaintext. */
  fingerprint(plaintext: string): string {
    return keyedHash(this.requireOpen().fingerprintKey, plaintext);
  }

  private async start(): Promise<void> {
    this.close();
    const setup = this.record.setup();
    if (!setup) return this.createKeychainVault();
    if (setup.backend === 'passphrase') return this.become('locked', 'passphrase', null);
    return this.openKeychainVault(setup);
  }

  private async createKeychainVault(): Promise<void> {
    if (!this.keychain) return this.become('needs_passphrase', null, 'keychain_disabled');
    const master = randomKey();
    const generation = crypto.randomUUID();
    try {
      await this.keychain.set(this.profileId, master.toString('base64'));
      // Some Secret Service setups accept a write they cannot read back; find out now, not later.
      if ((await this.keychain.get(this.profileId)) !== master.toString('base64'))
        throw new KeychainUnavailable('the entry did not read back');
    } catch (error) {
      if (error instanceof KeychainUnavailable) return this.become('needs_passphrase', null, 'keychain_unavailable');
      throw error;
    }
    this.record.save({ backend: 'keychain', generation, check: this.checkValue(master, generation) });
    this.becomeOpen('keychain', master, generation);
  }

  private async openKeychainVault(setup: VaultSetup): Promise<void> {
    if (!this.keychain) return this.become('unreadable', 'keychain', 'keychain_disabled');
    let stored: string | null;
    try {
      stored = await this.keychain.get(this.profileId);
    } catch (error) {
      if (error instanceof KeychainUnavailable) return this.become('unreadable', 'keychain', 'keychain_unavailable');
      throw error;
    }
    if (stored === null) return this.become('unreadable', 'keychain', 'keychain_entry_missing');
    const master = Buffer.from(stored, 'base64');
    if (!this.checkMatches(master, setup)) return this.become('unreadable', 'keychain', 'master_key_mismatch');
    this.becomeOpen('keychain', master, setup.generation);
  }

  private async passphraseSetup(master: Buffer, generation: string, passphrase: string): Promise<VaultSetup> {
    const kdf = newScryptParams();
    const kek = await scryptKey(passphrase, kdf);
    // The GCM tag of the wrapped master key is the passphrase verifier: a wrong passphrase fails it.
    const wrappedMaster = packSealed(seal(kek, master, masterAad(this.profileId, generation)));
    return { backend: 'passphrase', generation, check: this.checkValue(master, generation), kdf, wrappedMaster };
  }

  private async forgetKeychainCopy(): Promise<void> {
    try {
      await this.keychain?.delete(this.profileId);
    } catch {
      // The passphrase now protects the vault either way; a keychain that went away keeps a copy of a
      // key it could already read, which is no weaker than before the switch.
    }
  }

  private checkValue(master: Buffer, generation: string): Buffer {
    return packSealed(seal(deriveSubkey(master, 'check'), CHECK_PLAINTEXT, checkAad(generation)));
  }

  private checkMatches(master: Buffer, setup: VaultSetup): boolean {
    if (master.length !== KEY_BYTES) return false;
    const plain = open(deriveSubkey(master, 'check'), unpackSealed(setup.check), checkAad(setup.generation));
    return plain !== null && plain.equals(CHECK_PLAINTEXT);
  }

  private becomeOpen(backend: VaultBackend, master: Buffer, generation: string): void {
    this.opened = {
      generation,
      master,
      encryptionKey: deriveSubkey(master, 'key-encryption'),
      fingerprintKey: deriveSubkey(master, 'fingerprint'),
    };
    this.become('unlocked', backend, null);
  }

  private become(state: VaultState, backend: VaultBackend | null, problem: VaultProblem | null): void {
    this.state = state;
    this.backend = backend;
    this.problem = problem;
  }

  private close(): void {
    this.opened = null;
  }

  private requireOpen(): OpenVault {
    if (this.opened) return this.opened;
    const code =
      this.state === 'unreadable' ? 'vault_unreadable' : this.state === 'needs_passphrase' ? 'vault_needs_passphrase' : 'vault_locked';
    throw new AppError(code, vaultMessage(this.state, this.problem));
  }

  private snapshot(): VaultStatus {
    return { state: this.state, backend: this.backend, problem: this.problem, message: vaultMessage(this.state, this.problem) };
  }

  /** Runs vault changes one at a time, so a reset cannot interleave with an unlock. */
  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}

function assertPassphrase(passphrase: string): void {
  if (passphrase.length < MIN_PASSPHRASE) {
    throw new AppError('weak_passphrase', `Choose a passphrase of at least ${MIN_PASSPHRASE} characters.`);
  }
}
