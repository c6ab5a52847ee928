// Turns a file's bytes into text chunk by chunk. Detection only sees the first bytes, so a file that
// looked like UTF-8 may show Windows-1252 accents much later (an ASCII header, then "Müller" on row
// 80,000). While everything so far was ASCII — identical in both encodings — the decoder switches to
// Windows-1252 without loss; after real UTF-8 text it keeps UTF-8 and counts the replaced bytes.
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import type { Encoding } from '@shared/domain';
import { completeUtf8Length } from './encoding';

interface ByteDecoder {
  write(bytes: Buffer): string;
  end(): string | undefined;
}

const ICONV_NAMES: Record<Exclude<Encoding, 'utf-8'>, string> = {
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  'windows-1252': 'windows-1252',
};

const iconvDecoder = (encoding: Exclude<Encoding, 'utf-8'>): ByteDecoder =>
  // The caller has already skipped the BOM; a second one would be data.
  iconv.getDecoder(ICONV_NAMES[encoding], { stripBOM: false });

export class StreamDecoder {
  private current: Encoding;
  /** iconv's decoder for UTF-16 and Windows-1252; null while reading UTF-8 natively. */
  private decoder: ByteDecoder | null;
  private carry: Buffer = Buffer.alloc(0);
  private sawNonAscii = false;
  /** Chunks of a UTF-8 file that held bytes which are not UTF-8 (decoded as U+FFFD). */
  invalidUtf8Chunks = 0;

  constructor(encoding: Encoding) {
    this.current = encoding;
    this.decoder = encoding === 'utf-8' ? null : iconvDecoder(encoding);
  }

  /** The encoding in effect: 'utf-8' may have become 'windows-1252'. */
  get encoding(): Encoding {
    return this.current;
  }

  write(bytes: Buffer): string {
    return this.decoder ? this.decoder.write(bytes) : this.writeUtf8(bytes);
  }

  end(): string {
    if (this.decoder) return this.decoder.end() ?? '';
    const rest = this.carry;
    this.carry = Buffer.alloc(0);
    if (rest.length > 0) this.invalidUtf8Chunks++; // a character cut off by the end of the file
    return rest.toString('utf8');
  }

  private writeUtf8(chunk: Buffer): string {
    const bytes = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    const cut = completeUtf8Length(bytes);
    const whole = bytes.subarray(0, cut);
    this.carry = Buffer.from(bytes.subarray(cut));
    if (isUtf8(whole)) {
      const text = whole.toString('utf8');
      // Fewer UTF-16 units than bytes means a multi-byte character went by.
      if (text.length !== whole.length) this.sawNonAscii = true;
      return text;
    }
    if (!this.sawNonAscii) {
      this.current = 'windows-1252';
      this.decoder = iconvDecoder('windows-1252');
      const text = this.decoder.write(bytes);
      this.carry = Buffer.alloc(0);
      return text;
    }
    this.invalidUtf8Chunks++;
    return whole.toString('utf8');
  }
}
