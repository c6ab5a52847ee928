// The Foundation flow through the production renderer: import → grid → mapping → sort → select →
// export, plus rename, delete, drag-and-drop and a file that is not a CSV.
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import type { Locator, Page } from '@playwright/test';
import { writeProspectCsv } from '../bench/lib/prospectCsv';
import { expect, test, type Harness } from './harness';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const PROSPECTS = path.join(FIXTURES, 'prospects.csv');
const NOT_A_CSV = path.join(FIXTURES, 'saved-as-excel.csv');

/** AG Grid 36 renders one .ag-row per row, pinned cells included. */
const row = (page: Page, index: number) => page.locator(`.ag-row[row-index="${index}"]`);
const cell = (page: Page, index: number, colId: string) => row(page, index).locator(`[col-id="${colId}"]`);
const checkbox = (page: Page, index: number) => row(page, index).locator('.ag-selection-checkbox input');
const sheetItem = (page: Page, name: string) => page.locator('.sheet-item', { hasText: name });
const summary = (page: Page) => page.getByTestId('selection-summary');

async function importViaButton(harness: Harness, file: string): Promise<void> {
  harness.dialogs.nextOpenPath = file;
  await harness.page.getByRole('button', { name: 'Import CSV' }).first().click();
}

/** Imports the fixture and leaves the mapping dialog (main saved its guesses with the sheet already). */
async function importProspects(harness: Harness): Promise<void> {
  await importViaButton(harness, PROSPECTS);
  const dialog = harness.page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(row(harness.page, 0)).toBeVisible();
}

const roleSelect = (dialog: Locator, label: string) => dialog.getByLabel(label, { exact: true });

test('import, see the mapping guesses, sort, select and export the selection Excel-friendly', async ({ harness }) => {
  const { page } = harness;
  await expect(page.getByRole('heading', { name: 'No sheets yet — import a CSV' })).toBeVisible();
  await harness.screenshot('01-empty-state');

  await importViaButton(harness, PROSPECTS);
  const dialog = page.getByRole('dialog', { name: 'How should EnrichDesk read these columns?' });
  await expect(dialog).toBeVisible();
  const guesses: Record<string, string> = {
    'First name': 'First Name',
    'Last name': 'Last Name',
    'Company name': 'Company',
    'Company domain': 'Website',
    Email: 'Email',
    'LinkedIn URL': 'LinkedIn URL',
    'Full name': '— Not in this sheet —',
  };
  for (const [role, column] of Object.entries(guesses)) {
    await expect(roleSelect(dialog, role).locator('option:checked')).toHaveText(column);
  }
  await harness.screenshot('02-column-mapping');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  await expect(sheetItem(page, 'prospects')).toContainText('10 rows');
  await expect(cell(page, 0, 'c0')).toHaveText('Ada');
  await expect(summary(page)).toHaveText('0 selected · 10 filtered · 10 total');

  await page.locator('.ag-header-cell[col-id="c1"] .ag-header-cell-label').click();
  await expect(cell(page, 0, 'c1')).toHaveText('Hamilton');
  await expect(cell(page, 9, 'c1')).toHaveText('Zola');

  for (const index of [0, 1, 9]) await checkbox(page, index).check();
  await expect(summary(page)).toHaveText('3 selected · 10 filtered · 10 total');
  await harness.screenshot('03-sorted-and-selected');

  await page.getByRole('button', { name: 'Export' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export “prospects”' });
  await expect(exportDialog.getByRole('radio', { name: /Selected rows/ })).toBeChecked();
  await expect(exportDialog.locator('.choice', { hasText: 'All rows' })).toContainText('10');
  await expect(exportDialog.locator('.choice', { hasText: 'Selected rows' })).toContainText('3');
  await exportDialog.getByLabel(/Excel-friendly/).check();
  await harness.screenshot('04-export-dialog');
  const target = harness.tmpPath('selected.csv');
  harness.dialogs.nextSavePath = target;
  await exportDialog.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByText(`Exported 3 rows to ${target}`)).toBeVisible();
  expect(harness.dialogs.offeredNames).toEqual(['prospects.csv']);

  const written = fs.readFileSync(target, 'utf8');
  expect(written.startsWith('\ufeff')).toBe(true);
  expect(written).toContain('\r\n');
  const parsed = Papa.parse<string[]>(written.slice(1), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  expect(parsed.data).toEqual([
    ['First Name', 'Last Name', 'Company', 'Website', 'Email', 'LinkedIn URL', 'Phone', 'Notes'],
    [
      'Margaret',
      'Hamilton',
      'Apollo Software',
      'apollo.example',
      'margaret@apollo.example',
      'https://www.linkedin.com/in/margaret-hamilton',
      '-',
      '',
    ],
    [
      'Grace',
      'Hopper',
      'Navy Labs',
      'navylabs.example',
      'grace@navylabs.example',
      'https://www.linkedin.com/in/grace-hopper',
      '+1 (415) 555-0101',
      'Line one\nline two',
    ],
    [
      'Émile',
      'Zola',
      'Café Société',
      'cafe-societe.example',
      'emile@cafe-societe.example',
      'https://www.linkedin.com/in/emile-zola',
      '',
      `'=HYPERLINK("http://evil.example","click")`,
    ],
  ]);
});

test('quick filter narrows the rows, the header checkbox selects what is shown, and the filtered rows export', async ({ harness }) => {
  const { page } = harness;
  await importProspects(harness);

  await page.getByLabel('Filter all columns').fill('labs');
  await expect(summary(page)).toHaveText('0 selected · 2 filtered · 10 total');
  await page.locator('.ag-header-select-all input').check();
  await expect(summary(page)).toHaveText('2 selected · 2 filtered · 10 total');

  await page.getByRole('button', { name: 'Export' }).click();
  const exportDialog = page.getByRole('dialog');
  await exportDialog.getByRole('radio', { name: /Filtered rows/ }).check();
  const target = harness.tmpPath('filtered.csv');
  harness.dialogs.nextSavePath = target;
  await exportDialog.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByText(`Exported 2 rows to ${target}`)).toBeVisible();

  const written = fs.readFileSync(target, 'utf8');
  expect(written.startsWith('\ufeff')).toBe(false);
  const companies = Papa.parse<string[]>(written, { skipEmptyLines: true })
    .data.slice(1)
    .map((r) => r[2]);
  expect(companies.sort()).toEqual(['Bell Labs', 'Navy Labs']);
});

test('the column mapping can be corrected later from the toolbar and is saved with the sheet', async ({ harness }) => {
  const { page } = harness;
  await importProspects(harness);

  await page.getByRole('button', { name: 'Columns' }).click();
  const dialog = page.getByRole('dialog');
  await roleSelect(dialog, 'Company domain').selectOption({ label: '— Not in this sheet —' });
  await roleSelect(dialog, 'Full name').selectOption({ label: 'Notes' });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Column mapping saved')).toBeVisible();

  const [sheet] = harness.services.sheets.list();
  expect(harness.services.sheets.get(sheet.id).columnMap).toEqual({
    firstName: 0,
    lastName: 1,
    companyName: 2,
    email: 4,
    linkedinUrl: 5,
    fullName: 7,
  });
});

test('a sheet can be renamed and, after confirming, deleted', async ({ harness }) => {
  const { page } = harness;
  await importProspects(harness);

  await sheetItem(page, 'prospects').hover();
  await harness.screenshot('05-sheet-actions');
  await page.getByRole('button', { name: 'Rename prospects' }).click();
  const input = page.getByLabel('New name for prospects');
  await input.fill('Q3 leads');
  await input.press('Enter');
  await expect(sheetItem(page, 'Q3 leads')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Q3 leads' })).toBeVisible();
  expect(harness.services.sheets.list().map((s) => s.name)).toEqual(['Q3 leads']);

  await sheetItem(page, 'Q3 leads').hover();
  await page.getByRole('button', { name: 'Delete Q3 leads' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete this sheet?' });
  await expect(confirm).toContainText('“Q3 leads” and its 10 rows');
  await harness.screenshot('06-delete-confirm');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  expect(harness.services.sheets.list()).toHaveLength(1);

  await sheetItem(page, 'Q3 leads').hover();
  await page.getByRole('button', { name: 'Delete Q3 leads' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete sheet' }).click();
  await expect(page.getByRole('heading', { name: 'No sheets yet — import a CSV' })).toBeVisible();
  expect(harness.services.sheets.list()).toEqual([]);
});

test('a file that is not a CSV gets a clear message and leaves existing sheets untouched', async ({ harness }) => {
  const { page } = harness;
  await importProspects(harness);

  await importViaButton(harness, NOT_A_CSV);
  await expect(page.getByText('The file could not be imported')).toBeVisible();
  await expect(page.getByText(/This file is an Excel workbook or another zip archive, not a CSV/)).toBeVisible();
  await harness.screenshot('07-import-error');

  expect(harness.services.sheets.list().map((s) => s.name)).toEqual(['prospects']);
  await expect(page.locator('.sheet-item')).toHaveCount(1);
  await expect(cell(page, 0, 'c0')).toHaveText('Ada');
});

test('dropping a CSV on the window imports it; a drop without a known path explains what to do', async ({ harness }) => {
  const { page } = harness;
  await harness.dropFile(PROSPECTS);
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(row(page, 0)).toBeVisible();
  await expect(sheetItem(page, 'prospects')).toBeVisible();

  await harness.dropFile(PROSPECTS, { hostKnowsPath: false });
  await expect(page.getByText('EnrichDesk could not read where this file is stored. Use the Import CSV button instead.')).toBeVisible();
  expect(harness.services.sheets.list()).toHaveLength(1);
});

test('a running import shows its progress and can be cancelled, leaving no sheet behind', async ({ harness }) => {
  const { page } = harness;
  // Big enough (≈50 MB) that the import is still running when the test reaches Cancel.
  const big = harness.tmpPath('big-list.csv');
  await writeProspectCsv(big, 300_000);

  await importViaButton(harness, big);
  const progress = page.getByRole('status').filter({ hasText: 'Importing CSV' });
  await expect(progress).toBeVisible();
  await expect(progress).toContainText(/rows read/);
  await harness.screenshot('08-import-progress');
  await progress.getByRole('button', { name: 'Cancel import' }).click();

  await expect(page.getByText('Import cancelled')).toBeVisible();
  await expect(progress).toBeHidden();
  expect(harness.services.sheets.list()).toEqual([]);
  await expect(page.getByRole('heading', { name: 'No sheets yet — import a CSV' })).toBeVisible();
});
