import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { AppError } from '../../../electron/app/errors';
import { completeUtf8Length, detectEncoding } from '../../../electron/sheets/encoding';
import { StreamDecoder } from '../../../electron/sheets/decoder';

const CSV = 'First Name,Last Name,Email\nZoë,Müller,zoe@acme.com\n';

describe('detectEncoding', () => {
  it('reads byte-order marks', () => {
    expect(detectEncoding(Buffer.from(`\ufeff${CSV}`, 'utf8'), true)).toEqual({ encoding: 'utf-8', bomLength: 3 });
    expect(detectEncoding(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(CSV, 'utf-16le')]), true)).toEqual({
      encoding: 'utf-16le',
      bomLength: 2,
    });
    expect(detectEncoding(Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(CSV, 'utf-16be')]), true)).toEqual({
      encoding: 'utf-16be',
      bomLength: 2,
    });
  });

  it('recognises UTF-16 without a BOM by where the NUL bytes are', () => {
    expect(detectEncoding(iconv.encode(CSV, 'utf-16le'), true).encoding).toBe('utf-16le');
    expect(detectEncoding(iconv.encode(CSV, 'utf-16be'), true).encoding).toBe('utf-16be');
  });

  it('tells UTF-8 from Windows-1252', () => {
    expect(detectEncoding(Buffer.from(CSV, 'utf8'), true).encoding).toBe('utf-8');
    expect(detectEncoding(iconv.encode(CSV, 'windows-1252'), true).encoding).toBe('windows-1252');
    expect(detectEncoding(Buffer.from('a,b\n1,2\n'), true).encoding).toBe('utf-8');
  });

  it('does not call a sample invalid because a character is cut at its end', () => {
    const bytes = Buffer.from(`${'x'.repeat(100)}ü`, 'utf8');
    expect(detectEncoding(bytes.subarray(0, bytes.length - 1), false).encoding).toBe('utf-8');
  });

  it('refuses binary data with a plain message', () => {
    const garbage = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
    expect(() => detectEncoding(garbage, true)).toThrow(AppError);
    expect(() => detectEncoding(garbage, true)).toThrow(/binary data/);
  });

  it('names Excel workbooks picked by mistake', () => {
    const xlsx = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100, 1)]);
    expect(() => detectEncoding(xlsx, true)).toThrow(/Excel workbook/);
  });
});

describe('completeUtf8Length', () => {
  it('holds back a cut multi-byte character and nothing else', () => {
    const euro = Buffer.from('a€', 'utf8'); // € is 3 bytes
    expect(completeUtf8Length(euro)).toBe(4);
    expect(completeUtf8Length(euro.subarray(0, 3))).toBe(1);
    expect(completeUtf8Length(euro.subarray(0, 2))).toBe(1);
    expect(completeUtf8Length(Buffer.from('abc'))).toBe(3);
  });
});

describe('StreamDecoder', () => {
  it('joins a UTF-8 character split across chunks', () => {
    const bytes = Buffer.from('Zoë Müller', 'utf8');
    const decoder = new StreamDecoder('utf-8');
    const text = [...bytes].map((b) => decoder.write(Buffer.from([b]))).join('') + decoder.end();
    expect(text).toBe('Zoë Müller');
    expect(decoder.invalidUtf8Chunks).toBe(0);
  });

  it('switches to Windows-1252 when accents appear after an ASCII start', () => {
    const decoder = new StreamDecoder('utf-8');
    const first = decoder.write(Buffer.from('name\nplain\n'));
    const second = decoder.write(iconv.encode('José Núñez\n', 'windows-1252'));
    expect(first + second + decoder.end()).toBe('name\nplain\nJosé Núñez\n');
    expect(decoder.encoding).toBe('windows-1252');
  });

  it('keeps UTF-8 and counts replacements when a UTF-8 file holds stray bytes', () => {
    const decoder = new StreamDecoder('utf-8');
    const text = decoder.write(Buffer.from('Zoë\n', 'utf8')) + decoder.write(Buffer.from([0x41, 0xe9, 0x0a])) + decoder.end();
    expect(text).toBe('Zoë\nA\ufffd\n');
    expect(decoder.encoding).toBe('utf-8');
    expect(decoder.invalidUtf8Chunks).toBe(1);
  });

  it('decodes UTF-16 split at odd byte boundaries', () => {
    const bytes = iconv.encode(CSV, 'utf-16be');
    const decoder = new StreamDecoder('utf-16be');
    const text = decoder.write(bytes.subarray(0, 7)) + decoder.write(bytes.subarray(7)) + decoder.end();
    expect(text).toBe(CSV);
  });
});
