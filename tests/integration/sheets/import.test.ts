import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allCells, createHarness, fixture, importFile, type Harness } from './harness';

const PEOPLE = [
  ['Zoë', 'Müller', 'zoe.muller@acme.com', 'Acme GmbH', 'acme.com', 'https://www.linkedin.com/in/zoe-muller'],
  ['José', 'Núñez', 'jose@globex.es', 'Globex, S.A.', 'https://globex.es', 'https://linkedin.com/in/jose-nunez'],
  ['Renée', "O'Brien", 'renee@initech.io', 'Initech', 'www.initech.io', 'linkedin.com/in/renee-obrien'],
];
const HEADER = ['First Name', 'Last Name', 'Email', 'Company', 'Website', 'LinkedIn'];

let h: Harness;
beforeEach(() => {
  h = createHarness();
});
afterEach(() => h.close());

describe('importing fixture files', () => {
  it.each([
    ['utf8-bom.csv', ',', 'utf-8'],
    ['semicolon.csv', ';', 'utf-8'],
    ['tab.csv', '\t', 'utf-8'],
    ['pipe.csv', '|', 'utf-8'],
    ['utf16le.csv', '\t', 'utf-16le'],
    ['windows-1252.csv', ';', 'windows-1252'],
  ])('%s: delimiter %j, %s, accents intact', async (file, delimiter, encoding) => {
    const result = await importFile(h, fixture(file));
    expect(result).toMatchObject({ delimiter, encoding, warnings: [] });
    expect(result.sheet).toMatchObject({ name: path.parse(file).name, sourceFile: fixture(file), rowCount: 3, columns: HEADER });
    expect(allCells(h, result.sheet.id)).toEqual(PEOPLE);
  });

  it('guesses the column map and saves it with the sheet', async () => {
    const { sheet } = await importFile(h, fixture('utf8-bom.csv'));
    const expected = { firstName: 0, lastName: 1, email: 2, companyName: 3, companyDomain: 4, linkedinUrl: 5 };
    expect(sheet.columnMap).toEqual(expected);
    h.reopen();
    expect(h.service.get(sheet.id).columnMap).toEqual(expected);
  });

  it('reads UTF-16 big-endian without a BOM', async () => {
    const file = path.join(h.dir, 'be.csv');
    fs.writeFileSync(
      file,
      iconv.encode(`${HEADER.join(',')}\n${PEOPLE.map((p) => p.map((c) => `"${c}"`).join(',')).join('\n')}\n`, 'utf-16be'),
    );
    const result = await importFile(h, file);
    expect(result.encoding).toBe('utf-16be');
    expect(allCells(h, result.sheet.id)).toEqual(PEOPLE);
  });

  it('keeps line breaks inside quoted values', async () => {
    const { sheet } = await importFile(h, fixture('quoted-newlines.csv'));
    expect(allCells(h, sheet.id)).toEqual([
      ['Ada Lovelace', "12 St James's Square\r\nLondon", 'said "hello", then left'],
      ['Alan Turing', 'Bletchley Park\nMilton Keynes', ''],
    ]);
  });

  it('pads and cuts ragged rows, with a warning', async () => {
    const result = await importFile(h, fixture('ragged.csv'));
    expect(allCells(h, result.sheet.id)).toEqual([
      ['1', '2', '3'],
      ['4', '5', ''],
      ['6', '7', '8'],
      ['10', '11', '12'],
      ['13', '', ''],
    ]);
    expect(result.warnings).toEqual([
      '2 rows have fewer than 3 values; the missing ones were left blank.',
      '1 row has more than 3 values; the extra ones were dropped.',
    ]);
  });

  it('renames blank and repeated header names, with warnings', async () => {
    const result = await importFile(h, fixture('duplicate-headers.csv'));
    expect(result.sheet.columns).toEqual(['Email', 'Column 2 (2)', 'Name', 'email (2)', 'Email (3)', 'Column 2']);
    expect(result.warnings).toHaveLength(2);
    expect(result.sheet.columnMap).toEqual({ email: 0, fullName: 2 });
  });

  it('imports 2,000 columns', async () => {
    const file = path.join(h.dir, 'wide.csv');
    const width = 2000;
    const line = (r: number) => Array.from({ length: width }, (_, c) => `r${r}c${c}`).join(',');
    fs.writeFileSync(file, [Array.from({ length: width }, (_, c) => `Field ${c}`).join(','), line(0), line(1)].join('\n'));
    const { sheet } = await importFile(h, file);
    expect(sheet.columns).toHaveLength(width);
    const cells = allCells(h, sheet.id);
    expect(cells[1]).toHaveLength(width);
    expect(cells[1][1999]).toBe('r1c1999');
  });

  it('uses the open dialog when no path is given, and returns null when it is cancelled', async () => {
    h.dialogs.nextOpen = fixture('pipe.csv');
    expect((await h.service.import({ importId: 'via-dialog' }))?.sheet.rowCount).toBe(3);
    h.dialogs.nextOpen = null;
    expect(await h.service.import({ importId: 'cancelled-dialog' })).toBeNull();
    expect(h.service.list()).toHaveLength(1);
  });
});

describe('progress', () => {
  it('reports rows and bytes at most about ten times a second, ending with the totals', async () => {
    const file = path.join(h.dir, 'big.csv');
    const rows = 60_000;
    fs.writeFileSync(file, `name,email\n${Array.from({ length: rows }, (_, i) => `Person ${i},p${i}@acme.com`).join('\n')}\n`);
    const started = Date.now();
    const { sheet } = await importFile(h, file, 'progress-1');
    const elapsed = Date.now() - started;
    const size = fs.statSync(file).size;

    expect(sheet.rowCount).toBe(rows);
    expect(h.progress.every((p) => p.importId === 'progress-1' && p.totalBytes === size)).toBe(true);
    expect(h.progress.at(-1)).toEqual({ importId: 'progress-1', rows, bytes: size, totalBytes: size });
    const counts = h.progress.map((p) => p.rows);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    // One per 100 ms at most, plus the final one.
    expect(h.progress.length).toBeLessThanOrEqual(Math.ceil(elapsed / 100) + 2);
  });
});

describe('sheets', () => {
  it('lists, renames, pages and deletes', async () => {
    const a = (await importFile(h, fixture('tab.csv'))).sheet;
    const b = (await importFile(h, fixture('ragged.csv'))).sheet;
    expect(h.service.list().map((s) => s.id)).toEqual([b.id, a.id]);

    expect(h.service.rename(a.id, '  Q3 leads ')).toMatchObject({ id: a.id, name: 'Q3 leads' });

    const page = h.service.rows(b.id, 1, 2);
    expect(page.total).toBe(5);
    expect(page.rows.map((r) => [r.index, r.cells, r.phones, r.emails])).toEqual([
      [1, ['4', '5', ''], null, null],
      [2, ['6', '7', '8'], null, null],
    ]);

    await h.service.delete(a.id);
    expect(h.service.list().map((s) => s.id)).toEqual([b.id]);
    expect(h.db.prepare('SELECT count(*) FROM rows WHERE sheet_id = ?').pluck().get(a.id)).toBe(0);
    expect(() => h.service.get(a.id)).toThrow(expect.objectContaining({ code: 'sheet_not_found' }));
    expect(() => h.service.rows(a.id, 0, 10)).toThrow(expect.objectContaining({ code: 'sheet_not_found' }));
  });

  it('shows enrichment records as phones and emails cells', async () => {
    const { sheet } = await importFile(h, fixture('pipe.csv'));
    const [first, second] = h.service.rows(sheet.id, 0, 2).rows;
    const enrich = h.db.prepare(
      'INSERT INTO enrichments (row_id, kind, state, result, error_message, updated_at) VALUES (?, ?, ?, ?, ?, 0)',
    );
    enrich.run(
      first.id,
      'phones',
      'found',
      JSON.stringify({ phones: [{ number: '+14155550100', type: 'mobile', doNotCall: false }], emails: [] }),
      null,
    );
    enrich.run(second.id, 'emails', 'failed', null, 'Lusha did not answer');

    const [one, two, three] = h.service.rows(sheet.id, 0, 3).rows;
    expect(one.phones).toEqual({ state: 'found', values: ['+14155550100 (mobile)'], error: null });
    expect(one.emails).toBeNull();
    expect(two.emails).toEqual({ state: 'failed', values: [], error: 'Lusha did not answer' });
    expect(three.phones).toBeNull();
  });

  it('validates a column map against the sheet', async () => {
    const { sheet } = await importFile(h, fixture('semicolon.csv'));
    expect(h.service.setColumnMap(sheet.id, { email: 2, fullName: 0 }).columnMap).toEqual({ email: 2, fullName: 0 });
    expect(() => h.service.setColumnMap(sheet.id, { email: 6 })).toThrow(expect.objectContaining({ code: 'invalid_column_map' }));
    expect(() => h.service.setColumnMap(sheet.id, { email: 2, linkedinUrl: 2 })).toThrow(/"Email" cannot be both Email and LinkedIn URL/);
    expect(h.service.get(sheet.id).columnMap).toEqual({ email: 2, fullName: 0 });
  });

  it('removes sheets a crash left half imported, at the next start', async () => {
    const kept = (await importFile(h, fixture('tab.csv'))).sheet;
    const info = h.db
      .prepare(`INSERT INTO sheets (name, columns, state, created_at, updated_at) VALUES ('half', '["a"]', 'importing', 0, 0)`)
      .run();
    h.db
      .prepare(`INSERT INTO rows (sheet_id, idx, cells) VALUES (?, 0, '["x"]'), (?, 1, '["y"]')`)
      .run(info.lastInsertRowid, info.lastInsertRowid);
    h.reopen();
    expect(h.db.prepare('SELECT id FROM sheets').pluck().all()).toEqual([kept.id]);
    expect(h.db.prepare('SELECT count(*) FROM rows').pluck().get()).toBe(3);
    expect(h.logs.some((l) => l.includes('removed 1 incomplete sheet'))).toBe(true);
  });
});

describe('the writer thread', () => {
  it('writes the rows through a connection of its own, in file order', async () => {
    // A TEMP trigger belongs to the connection that made it: this one refuses any row the service's
    // own connection would insert, so the import succeeds only if another connection writes them.
    h.db.exec(
      `CREATE TEMP TRIGGER rows_on_main BEFORE INSERT ON main.rows BEGIN SELECT RAISE(ABORT, 'row written on the main connection'); END`,
    );
    const file = path.join(h.dir, 'threaded.csv');
    const rows = 9_999;
    fs.writeFileSync(file, `name,email\n${Array.from({ length: rows }, (_, i) => `Person ${i},p${i}@acme.com`).join('\n')}\n`);

    const { sheet } = await importFile(h, file);

    expect(sheet.rowCount).toBe(rows);
    const idx = h.db.prepare('SELECT idx FROM rows WHERE sheet_id = ? ORDER BY id').pluck().all(sheet.id);
    expect(idx).toEqual(Array.from({ length: rows }, (_, i) => i));
    expect(allCells(h, sheet.id).at(-1)).toEqual([`Person ${rows - 1}`, `p${rows - 1}@acme.com`]);
  });
});
