import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { AppError } from '../../../electron/app/errors';
import { CsvReader, MAX_ROW_CHARS } from '../../../electron/sheets/csvReader';

async function* chunks(bytes: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function readAll(bytes: Buffer, chunkSize = 1 << 20) {
  const reader = new CsvReader(chunks(bytes, chunkSize), 'test.csv');
  const rows: string[][] = [];
  for await (const batch of reader.rows()) rows.push(...batch);
  return { rows, reader };
}

async function failure(bytes: Buffer, chunkSize?: number): Promise<AppError> {
  try {
    await readAll(bytes, chunkSize);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the read to fail');
}

const tricky =
  [
    'Name,Address,"Notes, quoted"',
    '"Lovelace, Ada","12 St James\'s Square\r\nLondon","said ""hi"""',
    'Zoë Müller,"",',
    '',
    '"Turing, Alan","Bletchley Park\nMilton Keynes",last',
  ].join('\r\n') + '\r\n';

describe('CsvReader', () => {
  it('gives the same rows whatever the chunk size (quoted line breaks, escaped quotes, multi-byte characters)', async () => {
    const bytes = Buffer.from(tricky, 'utf8');
    const expected = Papa.parse(tricky, { skipEmptyLines: true }).data as string[][];
    for (const size of [1, 2, 3, 7, 64, 1 << 20]) {
      expect((await readAll(bytes, size)).rows).toEqual(expected);
    }
  });

  it('reports the dialect and encoding it found', async () => {
    const { reader } = await readAll(iconv.encode('a;b\r\n1;2\r\n', 'utf-16le'), 5);
    expect(reader.detected).toEqual({ encoding: 'utf-16le', dialect: { delimiter: ';', newline: '\r\n' } });
  });

  it('reads a last row with no line break', async () => {
    expect((await readAll(Buffer.from('a,b\n1,2'))).rows).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('names the line of a quote that is never closed', async () => {
    const error = await failure(Buffer.from('a,b\n1,2\n3,"open\n4,5\n'), 3);
    expect(error.code).toBe('import_unclosed_quote');
    expect(error.message).toContain('line 3');
  });

  it('stops at a row longer than the limit instead of buffering it', async () => {
    const long = Buffer.from(`a,b\n1,${'x'.repeat(3 * MAX_ROW_CHARS)}\n`);
    const error = await failure(long, 64 * 1024);
    expect(error.code).toBe('import_row_too_long');
    expect(error.message).toMatch(/row starting on line 2 is longer than 1 MB/);
  });

  it('blames an unclosed quote when the long row has an odd number of quotes', async () => {
    const lines = Array.from({ length: 200_000 }, (_, i) => `${i},value`).join('\n');
    const error = await failure(Buffer.from(`a,b\n1,"never closed\n${lines}\n`), 64 * 1024);
    expect(error.code).toBe('import_row_too_long');
    expect(error.message).toMatch(/quote \(\"\) on line 2 that is never closed/);
  });

  it('counts fields with text after their closing quote and keeps them', async () => {
    const { rows, reader } = await readAll(Buffer.from('a,b\n"x"y",2\n'));
    expect(rows[1]).toEqual(['x"y', '2']);
    expect(reader.malformedQuotes).toBe(1);
  });

  it('turns a failing source into a plain read error', async () => {
    async function* failing(): AsyncGenerator<Buffer> {
      yield Buffer.from('a,b\n1,2\n'.repeat(20_000));
      throw Object.assign(new Error('i/o error'), { code: 'EIO' });
    }
    const reader = new CsvReader(failing(), 'gone.csv');
    const read = async () => {
      for await (const _ of reader.rows());
    };
    await expect(read()).rejects.toMatchObject({ code: 'import_read_failed', message: expect.stringContaining('"gone.csv"') });
  });
});
