// Reads a CSV byte stream as batches of rows: encoding and dialect detection on the first bytes,
// decoding, and papaparse's core Parser fed chunk by chunk.
//
// Why not Papa.parse(stream): its streamers keep the unfinished last row of each chunk and parse it
// again with the next chunk, with no limit and no way to see its size. An unterminated quote near the
// top of a 100 MB file (or a 50 MB line) then becomes one ever-growing row re-scanned on every chunk:
// quadratic time and unbounded memory. Driving Papa.Parser with the same partial-row loop lets the
// reader stop with a clear message once an unfinished row passes MAX_ROW_CHARS.
import Papa from 'papaparse';
import { AppError } from '../app/errors';
import type { Encoding } from '@shared/domain';
import { StreamDecoder } from './decoder';
import { detectDialect, type Dialect } from './dialect';
import { ENCODING_SAMPLE_BYTES, detectEncoding } from './encoding';
import { fileErrorReason } from './fileErrors';
import { formatCount } from './wording';

/** A row (or a line with no end) longer than this is refused rather than buffered. */
export const MAX_ROW_CHARS = 1024 * 1024;

interface ParseError {
  code: string;
  index: number;
}
interface ParseResult {
  data: string[][];
  errors: ParseError[];
  meta: { cursor: number };
}
interface CoreParser {
  parse(input: string, baseIndex: number, ignoreLastRow: boolean): ParseResult;
}

export interface ReaderInfo {
  encoding: Encoding;
  dialect: Dialect;
}

export class CsvReader {
  /** Bytes taken from the source so far. */
  bytesRead = 0;
  /** Fields whose closing quote was followed by stray text; papaparse keeps them as written. */
  malformedQuotes = 0;
  private info: ReaderInfo | null = null;
  private decoder: StreamDecoder | null = null;
  private parser: CoreParser | null = null;
  private partial = '';
  private baseIndex = 0;
  /** Line breaks in all text decoded so far, for line numbers in messages. */
  private newlines = 0;

  constructor(
    private readonly source: AsyncIterable<Buffer>,
    private readonly fileName: string,
  ) {}

  /** Encoding (as finally read) and dialect; known once the first batch has been yielded. */
  get detected(): ReaderInfo | null {
    return this.info && this.decoder ? { ...this.info, encoding: this.decoder.encoding } : null;
  }

  /** True when some bytes could not be read as UTF-8 and became U+FFFD (a file mixing encodings). */
  get replacedCharacters(): boolean {
    return (this.decoder?.invalidUtf8Chunks ?? 0) > 0;
  }

  /** Parsed rows, header included, one batch per chunk of the source; blank lines are skipped. */
  async *rows(): AsyncGenerator<string[][]> {
    const chunks = this.source[Symbol.asyncIterator]();
    try {
      const prelude = await this.readPrelude(chunks);
      if (prelude.bytes.length === 0) throw new AppError('import_empty', `"${this.fileName}" is empty.`);
      yield this.start(prelude.bytes, prelude.complete);
      if (prelude.complete) return;
      for (;;) {
        const next = await this.nextChunk(chunks);
        if (next === null) break;
        yield this.feed(this.decoder!.write(next), false);
      }
      yield this.feed(this.decoder!.end(), true);
    } finally {
      await chunks.return?.();
    }
  }

  /** At least ENCODING_SAMPLE_BYTES (or the whole source), so detection sees a fair sample. */
  private async readPrelude(chunks: AsyncIterator<Buffer>): Promise<{ bytes: Buffer; complete: boolean }> {
    const parts: Buffer[] = [];
    let length = 0;
    while (length < ENCODING_SAMPLE_BYTES) {
      const next = await this.nextChunk(chunks);
      if (next === null) return { bytes: Buffer.concat(parts), complete: true };
      parts.push(next);
      length += next.length;
    }
    return { bytes: Buffer.concat(parts), complete: false };
  }

  private async nextChunk(chunks: AsyncIterator<Buffer>): Promise<Buffer | null> {
    let step: IteratorResult<Buffer>;
    try {
      step = await chunks.next();
    } catch (error) {
      throw readFailed(this.fileName, error);
    }
    if (step.done) return null;
    this.bytesRead += step.value.length;
    return step.value;
  }

  private start(bytes: Buffer, complete: boolean): string[][] {
    const { encoding, bomLength } = detectEncoding(bytes, complete);
    this.decoder = new StreamDecoder(encoding);
    const text = this.decoder.write(bytes.subarray(bomLength)) + (complete ? this.decoder.end() : '');
    if (text.trim() === '') throw new AppError('import_empty', `"${this.fileName}" is empty.`);
    const dialect = detectDialect(text.slice(0, ENCODING_SAMPLE_BYTES), complete);
    this.info = { encoding, dialect };
    this.parser = new Papa.Parser({ delimiter: dialect.delimiter, newline: dialect.newline, quoteChar: '"' }) as CoreParser;
    return this.feed(text, complete);
  }

  /** Parses the unfinished row plus `text`; keeps the new unfinished row unless this is the end. */
  private feed(text: string, last: boolean): string[][] {
    this.newlines += countOf(text, this.info!.dialect.newline);
    const input = this.partial + text;
    const result = this.parser!.parse(input, this.baseIndex, !last);
    for (const error of result.errors) {
      if (error.code === 'MissingQuotes') throw this.unclosedQuote(input, error.index);
      this.malformedQuotes++;
    }
    this.partial = last ? '' : input.slice(result.meta.cursor - this.baseIndex);
    this.baseIndex = result.meta.cursor;
    if (this.partial.length > MAX_ROW_CHARS) throw this.rowTooLong();
    return result.data.filter((row) => !(row.length === 1 && row[0] === ''));
  }

  /** 1-based line of `index` in `input`, where `input` is the tail of all text decoded so far. */
  private lineAt(input: string, index: number): number {
    const newline = this.info!.dialect.newline;
    return this.newlines - countOf(input, newline) + countOf(input.slice(0, index), newline) + 1;
  }

  private unclosedQuote(input: string, index: number): AppError {
    const line = formatCount(this.lineAt(input, index));
    return new AppError(
      'import_unclosed_quote',
      `"${this.fileName}" has a quoted value that is never closed, starting on line ${line}. Fix the quote (") in that line and import again.`,
    );
  }

  private rowTooLong(): AppError {
    const line = formatCount(this.lineAt(this.partial, 0));
    const oddQuotes = countOf(this.partial, '"') % 2 === 1;
    const cause = oddQuotes
      ? `probably a quote (") on line ${line} that is never closed`
      : `the row starting on line ${line} is longer than 1 MB`;
    return new AppError('import_row_too_long', `"${this.fileName}" cannot be read: ${cause}. EnrichDesk reads rows of up to 1 MB.`);
  }
}

function countOf(text: string, needle: string): number {
  let count = 0;
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + needle.length)) count++;
  return count;
}

function readFailed(fileName: string, error: unknown): AppError {
  return new AppError('import_read_failed', `Could not read "${fileName}": ${fileErrorReason(error, 'read')}.`);
}
