import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allCells, createHarness, fixture, importFile, type Harness } from './harness';

let h: Harness;
beforeEach(() => {
  h = createHarness();
});
afterEach(() => h.close());

const parse = (file: string) => Papa.parse(fs.readFileSync(file, 'utf8'), { skipEmptyLines: true }).data as string[][];
const ids = (sheetId: number) => h.service.rows(sheetId, 0, 100_000).rows.map((r) => r.id);

async function exportTo(name: string, request: Parameters<Harness['service']['export']>[0]) {
  h.dialogs.nextSave = path.join(h.dir, name);
  const result = await h.service.export(request);
  if (!result) throw new Error('export returned null');
  return result;
}

describe('export', () => {
  it.each(['utf8-bom.csv', 'semicolon.csv', 'utf16le.csv', 'windows-1252.csv', 'quoted-newlines.csv', 'ragged.csv'])(
    'round-trips %s: import, export, parse, same table',
    async (name) => {
      const { sheet } = await importFile(h, fixture(name));
      const result = await exportTo('out.csv', { sheetId: sheet.id, scope: 'all', excelFriendly: false });
      expect(result).toEqual({ path: path.join(h.dir, 'out.csv'), rows: sheet.rowCount });
      expect(parse(result.path)).toEqual([sheet.columns, ...allCells(h, sheet.id)]);
    },
  );

  it('suggests the sheet name as the file name, and returns null when the dialog is cancelled', async () => {
    const { sheet } = await importFile(h, fixture('pipe.csv'));
    h.service.rename(sheet.id, 'Q3: leads/EMEA');
    h.dialogs.nextSave = null;
    expect(await h.service.export({ sheetId: sheet.id, scope: 'all', excelFriendly: false })).toBeNull();
    expect(h.dialogs.suggestedNames).toEqual(['Q3_ leads_EMEA.csv']);
  });

  it('writes only the selected rows, in the order given, once each', async () => {
    const { sheet } = await importFile(h, fixture('ragged.csv'));
    const [a, b, , d] = ids(sheet.id);
    const result = await exportTo('selected.csv', { sheetId: sheet.id, scope: 'selected', rowIds: [d, a, d, b], excelFriendly: false });
    expect(result.rows).toBe(3);
    expect(parse(result.path)).toEqual([
      ['a', 'b', 'c'],
      ['10', '11', '12'],
      ['1', '2', '3'],
      ['4', '5', ''],
    ]);
  });

  it('writes filtered rows and ignores ids of other sheets', async () => {
    const { sheet } = await importFile(h, fixture('ragged.csv'));
    const other = (await importFile(h, fixture('pipe.csv'))).sheet;
    const [, b] = ids(sheet.id);
    const result = await exportTo('filtered.csv', {
      sheetId: sheet.id,
      scope: 'filtered',
      rowIds: [b, ...ids(other.id)],
      excelFriendly: false,
    });
    expect(result.rows).toBe(1);
    expect(parse(result.path)).toEqual([
      ['a', 'b', 'c'],
      ['4', '5', ''],
    ]);
  });

  it('refuses an empty selection', async () => {
    const { sheet } = await importFile(h, fixture('ragged.csv'));
    await expect(h.service.export({ sheetId: sheet.id, scope: 'selected', rowIds: [], excelFriendly: false })).rejects.toMatchObject({
      code: 'export_no_rows',
      message: 'No rows are selected.',
    });
  });

  it('Excel-friendly: UTF-8 with a BOM and CRLF line ends', async () => {
    const { sheet } = await importFile(h, fixture('windows-1252.csv'));
    const { path: file } = await exportTo('excel.csv', { sheetId: sheet.id, scope: 'all', excelFriendly: true });
    const bytes = fs.readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.startsWith('First Name,Last Name,Email,Company,Website,LinkedIn\r\nZoë,Müller,')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(5); // header, 3 rows, and the empty string after the last CRLF
  });

  it('without the option: no BOM, LF line ends', async () => {
    const { sheet } = await importFile(h, fixture('utf8-bom.csv'));
    const { path: file } = await exportTo('plain.csv', { sheetId: sheet.id, scope: 'all', excelFriendly: false });
    const text = fs.readFileSync(file, 'utf8');
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(text).not.toContain('\r\n');
  });

  it('neutralises formulas but keeps phone numbers and negative numbers', async () => {
    const source = path.join(h.dir, 'formulas.csv');
    fs.writeFileSync(
      source,
      'Name,Phone,Balance,Note\n=HYPERLINK("http://x"),+14155550100,-12.5,@SUM(A1)\nAda,+1 (415) 555-0100,-,"-2+3+cmd|\' /C calc\'!A0"\n',
    );
    const { sheet } = await importFile(h, source);
    const { path: file } = await exportTo('safe.csv', { sheetId: sheet.id, scope: 'all', excelFriendly: false });
    expect(parse(file)).toEqual([
      ['Name', 'Phone', 'Balance', 'Note'],
      [`'=HYPERLINK("http://x")`, '+14155550100', '-12.5', "'@SUM(A1)"],
      ['Ada', '+1 (415) 555-0100', '-', "'-2+3+cmd|' /C calc'!A0"],
    ]);
  });

  it('appends value and status columns for each kind the sheet has enrichments for', async () => {
    const { sheet } = await importFile(h, fixture('pipe.csv'));
    const [first, second] = ids(sheet.id);
    const enrich = h.db.prepare(
      'INSERT INTO enrichments (row_id, kind, state, result, error_message, updated_at) VALUES (?, ?, ?, ?, ?, 0)',
    );
    const phones = [
      { number: '+14155550100', type: 'mobile', doNotCall: false },
      { number: '+14155550101', type: 'direct', doNotCall: true },
    ];
    enrich.run(first, 'phones', 'found', JSON.stringify({ phones, emails: [] }), null);
    enrich.run(second, 'phones', 'not_found', null, null);

    const { path: file } = await exportTo('enriched.csv', { sheetId: sheet.id, scope: 'all', excelFriendly: false });
    const table = parse(file);
    expect(table[0]).toEqual([...sheet.columns, 'Phones', 'Phones status']);
    expect(table.slice(1).map((r) => r.slice(-2))).toEqual([
      ['+14155550100; +14155550101', 'found; do not call: +14155550101'],
      ['', 'not found'],
      ['', ''],
    ]);

    // The layout is the sheet's, not the selection's: a row without enrichment still gets the columns.
    const third = ids(sheet.id)[2];
    const { path: one } = await exportTo('one.csv', { sheetId: sheet.id, scope: 'selected', rowIds: [third], excelFriendly: false });
    expect(parse(one)[0]).toEqual(table[0]);
  });

  it('streams a big sheet to the file', async () => {
    const source = path.join(h.dir, 'big.csv');
    const rows = 30_000;
    fs.writeFileSync(source, `name,email\n${Array.from({ length: rows }, (_, i) => `Person ${i},p${i}@acme.com`).join('\n')}\n`);
    const { sheet } = await importFile(h, source);
    const { path: file, rows: written } = await exportTo('big-out.csv', { sheetId: sheet.id, scope: 'all', excelFriendly: false });
    expect(written).toBe(rows);
    expect(fs.readFileSync(file, 'utf8')).toBe(fs.readFileSync(source, 'utf8'));
  });

  it('leaves no file behind when writing fails, and does not touch an existing file', async () => {
    const { sheet } = await importFile(h, fixture('tab.csv'));
    h.dialogs.nextSave = path.join(h.dir, 'no-such-folder', 'out.csv');
    await expect(h.service.export({ sheetId: sheet.id, scope: 'all', excelFriendly: false })).rejects.toMatchObject({
      code: 'export_failed',
      message: 'Could not save "out.csv": the folder does not exist. Nothing was written.',
    });

    const target = path.join(h.dir, 'keep.csv');
    fs.writeFileSync(target, 'previous content');
    fs.mkdirSync(path.join(h.dir, 'locked'));
    fs.chmodSync(path.join(h.dir, 'locked'), 0o500);
    h.dialogs.nextSave = path.join(h.dir, 'locked', 'out.csv');
    const denied = h.service.export({ sheetId: sheet.id, scope: 'all', excelFriendly: false });
    if (process.getuid?.() === 0)
      await denied; // root may write anywhere; the other checks still hold
    else await expect(denied).rejects.toMatchObject({ code: 'export_failed' });
    fs.chmodSync(path.join(h.dir, 'locked'), 0o700);

    expect(fs.readFileSync(target, 'utf8')).toBe('previous content');
    const leftovers = fs
      .readdirSync(h.dir, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.tmp'));
    expect(leftovers).toEqual([]);
  });

  it('replaces an existing file in one step', async () => {
    const { sheet } = await importFile(h, fixture('tab.csv'));
    const target = path.join(h.dir, 'replace.csv');
    fs.writeFileSync(target, 'old');
    await exportTo('replace.csv', { sheetId: sheet.id, scope: 'all', excelFriendly: false });
    expect(parse(target)[0]).toEqual(sheet.columns);
  });
});
