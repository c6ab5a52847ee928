// Every bad file ends in a clear AppError, leaves no trace of a partial sheet, and leaves the sheets
// that were already there exactly as they were.
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SheetStore } from '../../../electron/sheets/sheetStore';
import { importCsv } from '../../../electron/sheets/csvImport';
import { allCells, createHarness, fixture, importFile, nextImportId, type Harness } from './harness';

let h: Harness;
let existing: { id: number; cells: string[][] };

beforeEach(async () => {
  h = createHarness();
  const { sheet } = await importFile(h, fixture('utf8-bom.csv'));
  existing = { id: sheet.id, cells: allCells(h, sheet.id) };
});
afterEach(() => h.close());

/** The one good sheet is intact and nothing else is in the database. */
function expectOnlyTheExistingSheet(): void {
  expect(h.service.list().map((s) => s.id)).toEqual([existing.id]);
  expect(allCells(h, existing.id)).toEqual(existing.cells);
  expect(h.db.prepare('SELECT count(*) FROM sheets').pluck().get()).toBe(1);
  expect(h.db.prepare('SELECT count(*) FROM rows WHERE sheet_id <> ?').pluck().get(existing.id)).toBe(0);
}

async function importFails(file: string, code: string, message: RegExp | string, importId = nextImportId()) {
  const attempt = h.service.import({ importId, path: file });
  await expect(attempt).rejects.toMatchObject({ name: 'AppError', code, message: expect.stringMatching(message) });
  expectOnlyTheExistingSheet();
}

function write(name: string, content: string | Buffer): string {
  const file = path.join(h.dir, name);
  fs.writeFileSync(file, content);
  return file;
}

/** A CSV of `rows` simple rows, big enough that an import takes several batches. */
function bigCsv(name: string, rows: number): string {
  const body = Array.from({ length: rows }, (_, i) => `Person ${i},person${i}@example.com,Company ${i % 100}`).join('\n');
  return write(name, `name,email,company\n${body}\n`);
}

describe('bad input', () => {
  it('an empty file', async () => {
    await importFails(fixture('empty.csv'), 'import_empty', '"empty.csv" is empty.');
  });

  it('a file of blank lines', async () => {
    await importFails(write('blank.csv', '\r\n\r\n  \n'), 'import_empty', /is empty/);
  });

  it('a header and no rows', async () => {
    await importFails(fixture('header-only.csv'), 'import_no_rows', '"header-only.csv" has a header but no rows.');
  });

  it('an unterminated quote, with its line number', async () => {
    await importFails(fixture('unterminated-quote.csv'), 'import_unclosed_quote', /never closed, starting on line 3/);
  });

  it('an unterminated quote near the top of a big file stops early instead of buffering the rest', async () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => `row ${i},ok`).join('\n');
    await importFails(
      write('open-quote.csv', `a,b\nx,"never closed\n${rows}\n`),
      'import_row_too_long',
      /quote \(\"\) on line 2 that is never closed/,
    );
  });

  it('binary garbage', async () => {
    const garbage = Buffer.alloc(200_000);
    for (let i = 0; i < garbage.length; i++) garbage[i] = (i * 2654435761) >>> 24;
    await importFails(write('garbage.csv', garbage), 'import_not_text', /binary data/);
  });

  it('an Excel workbook renamed to .csv', async () => {
    await importFails(
      write('book.csv', Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(1000, 7)])),
      'import_not_text',
      /Excel workbook/,
    );
  });

  it('a 50 MB single line, without reading it all into one row', async () => {
    const file = path.join(h.dir, 'one-line.csv');
    const fd = fs.openSync(file, 'w');
    const block = Buffer.alloc(1024 * 1024, 'abcdefgh,');
    for (let i = 0; i < 50; i++) fs.writeSync(fd, block);
    fs.closeSync(fd);
    const before = process.memoryUsage().rss;
    await importFails(file, 'import_row_too_long', /longer than 1 MB/);
    // Stopping at the first megabytes means nowhere near 50 MB of text (100 MB as UTF-16) was held.
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
  });

  it('a header wider than any spreadsheet', async () => {
    const header = Array.from({ length: 20_000 }, (_, i) => `c${i}`).join(',');
    await importFails(write('too-wide.csv', `${header}\n1\n`), 'import_too_many_columns', /20,000 columns; EnrichDesk reads up to 16,384/);
  });

  it('a file that does not exist', async () => {
    await importFails(path.join(h.dir, 'missing.csv'), 'import_read_failed', /"missing.csv": it no longer exists/);
  });

  it('a folder', async () => {
    fs.mkdirSync(path.join(h.dir, 'folder.csv'));
    await importFails(path.join(h.dir, 'folder.csv'), 'import_read_failed', /is a folder/);
  });

  it('a file that gets shorter while it is imported', async () => {
    const file = bigCsv('shrinks.csv', 400_000);
    // The first progress event comes after the first batch, long before the end of the file.
    h.progress.push = (...events) => {
      fs.truncateSync(file, 1000);
      return Array.prototype.push.apply(h.progress, events);
    };
    await importFails(file, 'import_file_changed', /got shorter while it was being imported/);
  });

  it('a file that disappears mid-import with a read error (disconnected drive)', async () => {
    const store = new SheetStore(h.db);
    let sent = 0;
    const source = new Readable({
      read() {
        if (sent++ < 3) this.push(Buffer.from('name,email\n' + 'Ada,ada@acme.com\n'.repeat(20_000)));
        else this.destroy(Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' }));
      },
    });
    const attempt = importCsv({
      store,
      database: { file: h.dbFile },
      source,
      fileName: 'usb.csv',
      sheetName: 'usb',
      sourceFile: null,
      expectedBytes: null,
      signal: new AbortController().signal,
      onProgress: () => {},
    });
    await expect(attempt).rejects.toMatchObject({ code: 'import_read_failed', message: expect.stringMatching(/"usb.csv".*EIO/) });
    expectOnlyTheExistingSheet();
  });
});

describe('the writer thread failing', () => {
  it('a write that fails midway (a full disk, say)', async () => {
    // A trigger in the file reaches the writer thread's connection; the first batches commit first.
    h.db.exec(
      `CREATE TRIGGER full_disk BEFORE INSERT ON rows WHEN NEW.idx >= 4000 BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END`,
    );
    await importFails(
      bigCsv('big.csv', 20_000),
      'import_write_failed',
      /^Could not save "big.csv" in EnrichDesk's database: database or disk is full\.$/,
    );
    expect(h.logs.some((l) => l.startsWith('warn import of big.csv failed'))).toBe(true);
  });

  it('a writer that cannot open the database (its folder removed)', async () => {
    const attempt = importCsv({
      store: new SheetStore(h.db),
      database: { file: path.join(h.dir, 'removed', 'profile.sqlite') },
      source: Readable.from([Buffer.from('name,email\nAda,ada@acme.com\n')]),
      fileName: 'people.csv',
      sheetName: 'people',
      sourceFile: null,
      expectedBytes: null,
      signal: new AbortController().signal,
      onProgress: () => {},
    });
    await expect(attempt).rejects.toMatchObject({
      name: 'AppError',
      code: 'import_write_failed',
      message: expect.stringMatching(/^Could not save "people.csv" in EnrichDesk's database: .+\.$/),
    });
    expectOnlyTheExistingSheet();
  });
});

describe('cancel', () => {
  it('stops a running import and removes its partial sheet', async () => {
    const file = bigCsv('big.csv', 300_000);
    const importId = 'to-cancel';
    h.progress.push = (...events) => {
      h.service.cancelImport(importId);
      return Array.prototype.push.apply(h.progress, events);
    };
    await importFails(file, 'import_cancelled', 'Import cancelled.', importId);
  });

  it('cancels an import whose dialog is still open', async () => {
    let choose: (file: string) => void = () => {};
    h.dialogs.openCsv = () => new Promise((resolve) => (choose = resolve));
    const attempt = h.service.import({ importId: 'dialog-open' });
    h.service.cancelImport('dialog-open');
    choose(fixture('tab.csv'));
    await expect(attempt).rejects.toMatchObject({ code: 'import_cancelled' });
    expectOnlyTheExistingSheet();
  });

  it('refuses a second import under a running import id', async () => {
    const file = bigCsv('big.csv', 50_000);
    const first = h.service.import({ importId: 'twice', path: file });
    await expect(h.service.import({ importId: 'twice', path: file })).rejects.toMatchObject({ code: 'import_busy' });
    expect((await first)?.sheet.rowCount).toBe(50_000);
  });

  it('ignores a cancel for an import that is not running', () => {
    expect(() => h.service.cancelImport('nothing-here')).not.toThrow();
  });
});
