// The vault's cryptographic primitives, kept in one small file so they can be audited at a glance.
// AES-256-GCM seals secrets (fresh 96-bit IV each time, tag kept, associated data binds a ciphertext
// to its row so rows cannot be swapped), HKDF splits the master key into single-purpose subkeys, and
// scrypt turns a passphrase into a key-encryption key.
import crypto from 'node:crypto';

export const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface Sealed {
  ciphertext: Buffer;
  iv: Buffer;
  tag: Buffer;
}

export const randomKey = (): Buffer => crypto.randomBytes(KEY_BYTES);

export function seal(key: Buffer, plaintext: Buffer, associatedData: string): Sealed {
  const iv = crypto.randomBytes(IV_BYTES);
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(associatedData, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { ciphertext, iv, tag: cipher.getAuthTag() };
}

/** The plaintext, or null when the key, the data or its associated data do not match. */
export function open(key: Buffer, sealed: Sealed, associatedData: string): Buffer | null {
  if (sealed.iv.length !== IV_BYTES || sealed.tag.length !== TAG_BYTES) return null;
  try {
    const decipher = crypto.createDecipheriv('aes-256-gcm', key, sealed.iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(associatedData, 'utf8'));
    decipher.setAuthTag(sealed.tag);
    return Buffer.concat([decipher.update(sealed.ciphertext), decipher.final()]);
  } catch {
    return null;
  }
}

/** iv | tag | ciphertext in one blob, for the vault table's single-value rows. */
export const packSealed = (s: Sealed): Buffer => Buffer.concat([s.iv, s.tag, s.ciphertext]);

export const unpackSealed = (blob: Buffer): Sealed => ({
  iv: blob.subarray(0, IV_BYTES),
  tag: blob.subarray(IV_BYTES, IV_BYTES + TAG_BYTES),
  ciphertext: blob.subarray(IV_BYTES + TAG_BYTES),
});

export function deriveSubkey(master: Buffer, purpose: string): Buffer {
  return Buffer.from(crypto.hkdfSync('sha256', master, Buffer.alloc(0), `enrichdesk/${purpose}`, KEY_BYTES));
}

export const keyedHash = (key: Buffer, value: string): string => crypto.createHmac('sha256', key).update(value, 'utf8').digest('hex');

export interface ScryptParams {
  N: number;
  r: number;
  p: number;
  salt: string; // base64
}

/** 2^15 × 8 costs 32 MiB and about a tenth of a second: slow for guessing, quick for an unlock. */
export const newScryptParams = (): ScryptParams => ({ N: 2 ** 15, r: 8, p: 1, salt: crypto.randomBytes(16).toString('base64') });

export function scryptKey(passphrase: string, params: ScryptParams): Promise<Buffer> {
  const options = { N: params.N, r: params.r, p: params.p, maxmem: 256 * params.N * params.r };
  return new Promise((resolve, reject) => {
    crypto.scrypt(passphrase.normalize('NFKC'), Buffer.from(params.salt, 'base64'), KEY_BYTES, options, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}
