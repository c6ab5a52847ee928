import { describe, expect, it } from 'vitest';
import {
  deriveSubkey,
  keyedHash,
  newScryptParams,
  open,
  packSealed,
  randomKey,
  scryptKey,
  seal,
  unpackSealed,
} from '../../../electron/vault/crypto';

const plaintext = Buffer.from('c0ffee00-1234-4abc-8def-0123456789ab');

describe('vault crypto', () => {
  it('seals with AES-256-GCM and opens only with the same key and associated data', () => {
    const key = randomKey();
    const sealed = seal(key, plaintext, 'row:1');
    expect(open(key, sealed, 'row:1')?.equals(plaintext)).toBe(true);
    expect(open(key, sealed, 'row:2')).toBeNull();
    expect(open(randomKey(), sealed, 'row:1')).toBeNull();
  });

  it('uses a fresh 96-bit IV and a 128-bit tag every time', () => {
    const key = randomKey();
    const a = seal(key, plaintext, 'x');
    const b = seal(key, plaintext, 'x');
    expect(a.iv).toHaveLength(12);
    expect(a.tag).toHaveLength(16);
    expect(a.iv.equals(b.iv)).toBe(false);
    expect(a.ciphertext.equals(b.ciphertext)).toBe(false);
  });

  it('returns null, never throws, for malformed input', () => {
    const key = randomKey();
    const sealed = seal(key, plaintext, 'x');
    expect(open(key, { ...sealed, iv: Buffer.alloc(3) }, 'x')).toBeNull();
    expect(open(key, { ...sealed, tag: Buffer.alloc(0) }, 'x')).toBeNull();
    expect(open(key, unpackSealed(Buffer.alloc(5)), 'x')).toBeNull();
  });

  it('packs and unpacks iv | tag | ciphertext', () => {
    const key = randomKey();
    const sealed = seal(key, plaintext, 'x');
    expect(open(key, unpackSealed(packSealed(sealed)), 'x')?.equals(plaintext)).toBe(true);
  });

  it('derives distinct subkeys per purpose and keyed hashes per key', () => {
    const master = randomKey();
    expect(deriveSubkey(master, 'a').equals(deriveSubkey(master, 'b'))).toBe(false);
    expect(deriveSubkey(master, 'a').equals(deriveSubkey(master, 'a'))).toBe(true);
    expect(keyedHash(deriveSubkey(master, 'a'), 'k')).not.toBe(keyedHash(deriveSubkey(master, 'b'), 'k'));
  });

  it('derives the same scrypt key from the same passphrase and salt only', async () => {
    const params = { ...newScryptParams(), N: 2 ** 10 };
    const a = await scryptKey('correct horse', params);
    expect((await scryptKey('correct horse', params)).equals(a)).toBe(true);
    expect((await scryptKey('correct horsf', params)).equals(a)).toBe(false);
    expect((await scryptKey('correct horse', { ...params, salt: newScryptParams().salt })).equals(a)).toBe(false);
  });
});
