// Guesses a CSV file's text encoding from its first bytes. Spreadsheet apps write UTF-8 (with or
// without BOM), UTF-16 ("Unicode Text" from Excel) or Windows-1252 (older Excel on Windows), so those
// are the four we read; anything else that is not plausible text is refused with a plain message.
import { isUtf8 } from 'node:buffer';
import { AppError } from '../app/errors';
import type { Encoding } from '@shared/domain';

export interface EncodingGuess {
  encoding: Encoding;
  /** Bytes of byte-order mark to skip before decoding. */
  bomLength: number;
}

/** How many leading bytes detection looks at; callers should pass at least this much when available. */
export const ENCODING_SAMPLE_BYTES = 64 * 1024;

const BOMS: ReadonlyArray<{ bytes: number[]; encoding: Encoding }> = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

// Files people pick by mistake instead of a CSV; naming them helps more than "binary data".
const SAVE_AS_CSV = 'In Excel, use File › Save As › CSV UTF-8, then import that file.';
const KNOWN_BINARIES: ReadonlyArray<{ magic: number[]; message: string }> = [
  { magic: [0x50, 0x4b, 0x03, 0x04], message: `This file is an Excel workbook or another zip archive, not a CSV. ${SAVE_AS_CSV}` },
  { magic: [0xd0, 0xcf, 0x11, 0xe0], message: `This file is an old Excel (.xls) workbook, not a CSV. ${SAVE_AS_CSV}` },
];

const NOT_TEXT = 'This file does not look like a CSV: it contains binary data rather than text.';

const startsWith = (sample: Buffer, bytes: number[]) => bytes.every((b, i) => sample[i] === b);

/**
 * @param sample the file's first bytes (ENCODING_SAMPLE_BYTES, or the whole file when shorter)
 * @param complete true when the sample is the whole file, so a cut multi-byte character at its end is an error
 */
export function detectEncoding(sample: Buffer, complete: boolean): EncodingGuess {
  const bom = BOMS.find((b) => startsWith(sample, b.bytes));
  if (bom) return { encoding: bom.encoding, bomLength: bom.bytes.length };

  const known = KNOWN_BINARIES.find((k) => startsWith(sample, k.magic));
  if (known) throw new AppError('import_not_text', known.message);

  const utf16 = utf16ByNulPattern(sample);
  if (utf16) return { encoding: utf16, bomLength: 0 };

  if (!looksLikeText(sample)) throw new AppError('import_not_text', NOT_TEXT);
  const body = complete ? sample : sample.subarray(0, completeUtf8Length(sample));
  return { encoding: isUtf8(body) ? 'utf-8' : 'windows-1252', bomLength: 0 };
}

/**
 * UTF-16 without a BOM: CSV text is mostly ASCII, so every other byte is NUL — the odd ones in
 * little-endian, the even ones in big-endian.
 */
function utf16ByNulPattern(sample: Buffer): Encoding | null {
  const pairs = Math.floor(Math.min(sample.length, 4096) / 2);
  if (pairs < 2) return null;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (sample[i] === 0) evenNuls++;
    if (sample[i + 1] === 0) oddNuls++;
  }
  const mostly = (n: number) => n >= pairs * 0.3;
  const hardly = (n: number) => n <= pairs * 0.05;
  if (mostly(oddNuls) && hardly(evenNuls)) return 'utf-16le';
  if (mostly(evenNuls) && hardly(oddNuls)) return 'utf-16be';
  return null;
}

/** No NUL bytes and almost no control characters besides tab, newlines and form feed. */
function looksLikeText(sample: Buffer): boolean {
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i];
    if (b === 0) return false;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) || b === 0x7f) controls++;
  }
  return controls <= sample.length * 0.01;
}

/**
 * Length of the prefix of `bytes` that ends on a UTF-8 character boundary: a multi-byte character
 * cut by a chunk or sample boundary is held back instead of being judged invalid.
 */
export function completeUtf8Length(bytes: Uint8Array): number {
  const len = bytes.length;
  let i = len - 1;
  while (i >= 0 && i >= len - 4 && (bytes[i] & 0xc0) === 0x80) i--;
  if (i < 0 || bytes[i] < 0xc0) return len;
  const needed = bytes[i] >= 0xf0 ? 4 : bytes[i] >= 0xe0 ? 3 : 2;
  return len - i < needed ? i : len;
}
