// Bulk enrichment through the UI against the Lusha simulator (issue 6): a 200-row sheet of directory
// people, strangers and rows without identifiers; 5 keys in 2 accounts added through the API, the
// preferred one dying (401) on its second call. Enrich phones on all rows → estimate → progress →
// grid cells → the toast → run history; then the misses run again on their own; an interrupted run is
// offered for resuming at start-up; with no usable key the estimate says so.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { Person } from '../../electron/lusha/simulator/directory';
import { startSimulator, type Simulator } from '../../electron/lusha/simulator/server';
import type { KeySummary, RunSummary } from '@shared/domain';
import { connectPage, expect, startCore, test as base, type Core } from './harness';

const ACCOUNTS = [
  { id: 'north', plan: 'scale' as const, credits: 100_000 },
  { id: 'south', plan: 'scale' as const, credits: 100_000 },
];
const KEYS = [
  { key: 'sim-north-key-000001', account: 'north' },
  { key: 'sim-north-key-000002', account: 'north' },
  { key: 'sim-north-key-000003', account: 'north' },
  { key: 'sim-south-key-000004', account: 'south' },
  { key: 'sim-south-key-000005', account: 'south' },
];
const DYING = KEYS[0].key;
/** Long enough for the progress bar to be seen and photographed, short enough for a quick test. */
const LATENCY = { meanMs: 1_200, jitterMs: 200 };

const HEADER = ['First Name', 'Last Name', 'Company', 'Website', 'Email', 'LinkedIn URL'];
const STRANGERS = 8;
const NO_IDENTIFIERS = 6;
const ROWS = 200;

interface RunsApp extends Core {
  page: Page;
  sim: Simulator;
  /** Loads the renderer: tests may prepare the profile first, as a previous session would have. */
  open(): Promise<void>;
  screenshot(name: string): Promise<void>;
}

const test = base.extend<{ app: RunsApp }>({
  app: async ({ page, rendererUrl, bindingScript }, use) => {
    const sim = await startSimulator({ seed: 7, directorySize: 50_000, accounts: ACCOUNTS, keys: KEYS });
    const core = startCore('enrichdesk-e2e-runs-', { env: { LUSHA_BASE_URL: sim.url, LUSHA_API_KEYS: '' } });
    await connectPage(page, core, bindingScript);
    await use({
      ...core,
      page,
      sim,
      open: async () => {
        await page.goto(rendererUrl);
      },
      screenshot: async (name) => {
        await page.screenshot({ path: path.resolve('test-results', 'screens', `runs-${name}.png`), animations: 'disabled' });
      },
    });
    core.dispose();
    await sim.close();
  },
});

async function call<T>(core: Core, channel: string, request: unknown = {}): Promise<T> {
  const envelope = await core.services.dispatch(channel, request);
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.message}`);
  return envelope.value as T;
}

/** The 5 keys through the keys API; the dying key is preferred so it answers first and dies second. */
async function addKeys(core: Core): Promise<KeySummary[]> {
  await call(core, 'keys.vaultStatus');
  const added: KeySummary[] = [];
  for (const { key, account } of KEYS) {
    added.push(await call<KeySummary>(core, 'keys.add', { key, account, category: 'phones', priority: key === DYING ? 10 : 0 }));
  }
  return added;
}

type Expected = 'found' | 'not_found' | 'failed' | 'skipped';

interface SheetRow {
  cells: string[];
  expected: Expected;
  person: Person | null;
}

/** One of three ways to name a directory person, in turn: LinkedIn, work email, name + company. */
function personCells(p: Person, i: number): string[] {
  switch (i % 3) {
    case 0:
      return ['', '', '', '', '', p.linkedinUrl];
    case 1:
      return ['', '', '', '', p.workEmail, ''];
    default:
      return [p.firstName, p.lastName, p.company.name, p.company.domain, '', ''];
  }
}

/** 200 rows: directory people (their phones decide found or not; GDPR-blocked ones fail), strangers
 *  every 20th row, and rows with nothing to identify anyone by at the end. */
function buildRows(sim: Simulator): SheetRow[] {
  const rows: SheetRow[] = [];
  for (let i = 0; rows.length < ROWS - NO_IDENTIFIERS; i++) {
    if (rows.length % 20 === 3 && rows.filter((r) => r.person === null).length < STRANGERS) {
      rows.push({ cells: ['', '', '', '', '', `https://www.linkedin.com/in/nobody-here-${i}`], expected: 'not_found', person: null });
      continue;
    }
    const p = sim.directory.person(i);
    const expected: Expected = p.gdprBlocked ? 'failed' : p.phones.length > 0 ? 'found' : 'not_found';
    rows.push({ cells: personCells(p, i), expected, person: p });
  }
  for (let i = 0; i < NO_IDENTIFIERS; i++) rows.push({ cells: ['Nobody', '', '', '', '', ''], expected: 'skipped', person: null });
  return rows;
}

const csvCell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

function writeCsv(file: string, rows: SheetRow[]): void {
  fs.writeFileSync(file, [HEADER, ...rows.map((r) => r.cells)].map((cells) => cells.map(csvCell).join(',')).join('\n'));
}

async function importSheet(app: RunsApp, rows: SheetRow[]): Promise<void> {
  const file = path.join(app.profileDir, 'leads.csv');
  writeCsv(file, rows);
  app.dialogs.nextOpenPath = file;
  await app.page.getByRole('button', { name: 'Import CSV' }).first().click();
  const mapping = app.page.getByRole('dialog', { name: 'How should EnrichDesk read these columns?' });
  await mapping.getByRole('button', { name: 'Save' }).click();
  await expect(mapping).toBeHidden();
  await expect(app.page.getByTestId('selection-summary')).toHaveText(`0 selected · ${ROWS} filtered · ${ROWS} total`);
}

const gridRow = (page: Page, index: number) => page.locator(`.ag-row[row-index="${index}"]`);
const gridCell = (page: Page, index: number, colId: string) => gridRow(page, index).locator(`[col-id="${colId}"]`);
/** The enrichment columns come after the file's own, off to the right on a wide sheet. */
const scrollToEnrichmentColumns = (page: Page) =>
  page.locator('.ag-body-horizontal-scroll-viewport').evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
const toast = (page: Page) => page.locator('[data-sonner-toast]');

const PILL: Record<Expected, string> = { found: 'Found', not_found: 'Not found', failed: 'Failed', skipped: 'Skipped' };

const count = (rows: SheetRow[], state: Expected) => rows.filter((r) => r.expected === state).length;

const lastRun = (core: Core) => core.services.runs.list()[0] as RunSummary;

test('enrich phones on every row while a key dies midway: estimate, progress, cells, toast, history, re-run', async ({ app }) => {
  test.setTimeout(120_000);
  const { page, sim } = app;
  // One request at a time, so the dying key's two calls are the run's first two.
  await call(app, 'settings.update', { patch: { 'jobs.concurrency': 1 } });
  const keys = await addKeys(app);
  sim.setFaults({ latency: LATENCY });
  sim.setFaults({ script: ['pass', 'invalid_key'], latency: LATENCY }, { key: DYING });
  const rows = buildRows(sim);
  await app.open();
  await importSheet(app, rows);

  // No selection: the button says it acts on every row, and so does the estimate.
  const enrich = page.getByRole('button', { name: 'Enrich phones' });
  await expect(enrich).toHaveAttribute('title', `Look up phone numbers for all ${ROWS} rows (none selected)`);
  await enrich.click();
  const estimate = page.getByRole('dialog', { name: 'Enrich phones' });
  await expect(estimate).toContainText(`All ${ROWS} rows of “leads” — no rows are selected.`);
  await expect(estimate.locator('.estimate__fact', { hasText: 'Rows in this run' }).getByRole('definition')).toHaveText(String(ROWS));
  await expect(estimate.locator('.estimate__fact', { hasText: 'Lacking identifiers' }).getByRole('definition')).toHaveText(
    String(NO_IDENTIFIERS),
  );
  await expect(estimate.locator('.estimate__fact', { hasText: 'People to ask Lusha' }).getByRole('definition')).toHaveText(
    String(ROWS - NO_IDENTIFIERS),
  );
  await expect(estimate.locator('.estimate__fact', { hasText: 'Credits at most' }).getByRole('definition')).toHaveText(
    String(ROWS - NO_IDENTIFIERS),
  );
  await expect(estimate.locator('.estimate-keys')).toContainText('north3 of 3 keys usable');
  await expect(estimate.locator('.estimate-keys')).toContainText('south2 of 2 keys usable');
  await app.screenshot('01-estimate');

  await estimate.getByRole('button', { name: 'Start' }).click();
  await expect(estimate).toBeHidden();
  const progress = page.getByRole('status', { name: 'Phones run' });
  await expect(progress).toBeVisible();
  await expect(enrich).toBeDisabled();
  await expect(page.getByTestId('run-progress-phones')).toContainText(`of ${ROWS}`);
  await app.screenshot('02-progress');

  const done = toast(page).filter({ hasText: 'Phones: ' });
  await expect(done).toBeVisible({ timeout: 60_000 });
  await expect(progress).toBeHidden();
  const run = lastRun(app);
  expect(run).toMatchObject({
    state: 'done',
    found: count(rows, 'found'),
    notFound: count(rows, 'not_found'),
    failed: count(rows, 'failed'),
    skipped: NO_IDENTIFIERS,
  });
  const summary = `Phones: ${run.found} found · ${run.notFound} not found · ${run.failed} failed · ${NO_IDENTIFIERS} skipped`;
  await expect(done.locator('[data-title]')).toHaveText(summary);
  // GDPR-blocked people failed: a warning, with the way to run the misses again.
  await expect(done).toHaveAttribute('data-type', run.failed > 0 ? 'warning' : 'success');
  await expect(done.getByRole('button', { name: `Run ${run.failed + run.notFound} again` })).toBeVisible();

  // The cells filled in place: found rows show their numbers, the rest their pill.
  await scrollToEnrichmentColumns(page);
  for (let i = 0; i < 12; i++) {
    const { expected, person } = rows[i];
    await expect(gridCell(page, i, 'status')).toHaveText(`Phones · ${PILL[expected]}`);
    if (expected === 'found' && person) await expect(gridCell(page, i, 'phones')).toContainText(person.phones[0].number);
    else await expect(gridCell(page, i, 'phones')).toHaveText('');
  }
  await app.screenshot('03-finished');

  const dead = keys.find((k) => k.mask.endsWith('0001'));
  expect(app.services.keys.store.list().find((k) => k.id === dead?.id)?.status).toBe('invalid');

  // The history lists the run with its totals; its detail names the keys and the key that died.
  await page.getByRole('button', { name: 'Runs' }).click();
  const history = page.getByRole('table', { name: 'Run history' });
  const entry = history.locator('tbody tr').first();
  for (const text of ['leads', 'Phones', 'Done', String(run.found), String(run.credits)]) await expect(entry).toContainText(text);
  const detail = page.getByRole('region', { name: 'Run detail' });
  await expect(detail.getByRole('heading', { name: 'Phones run on “leads”' })).toBeVisible();
  await expect(detail.locator('.run-totals')).toContainText(`Calls${run.calls}`);
  await expect(detail.locator('.key-event', { hasText: '…0001' })).toContainText('Invalid');
  await expect(detail.getByRole('table')).toContainText('…0001');
  await app.screenshot('04-history');

  // Run again, from the toolbar: only the rows that failed or were not found.
  await page.getByRole('button', { name: 'Sheets' }).click();
  await page.getByRole('button', { name: 'Run again' }).click();
  await page.getByRole('menuitem', { name: 'Phones — failed and not found rows' }).click();
  const rerun = page.getByRole('dialog', { name: 'Run phones again' });
  await expect(rerun).toContainText('The rows of “leads” that failed or were not found.');
  await expect(rerun.locator('.estimate__fact', { hasText: 'Rows in this run' }).getByRole('definition')).toHaveText(
    String(run.failed + run.notFound),
  );
  await expect(rerun.locator('.estimate__fact', { hasText: 'Already found' }).getByRole('definition')).toHaveText(String(run.found));
  await app.screenshot('05-rerun-estimate');
  await rerun.getByRole('button', { name: 'Start' }).click();
  const again = toast(page).filter({ hasText: 'Phones: 0 found' });
  await expect(again.locator('[data-title]')).toHaveText(`Phones: 0 found · ${run.notFound} not found · ${run.failed} failed`, {
    timeout: 60_000,
  });
  expect(lastRun(app)).toMatchObject({ rowsAsked: run.failed + run.notFound, found: 0 });
  expect(Object.values(sim.stats().creditsCharged).reduce((a, b) => a + b, 0)).toBe(run.found);
  const firstMiss = rows.findIndex((r) => r.expected === 'not_found');
  await scrollToEnrichmentColumns(page);
  await expect(gridCell(page, firstMiss, 'status')).toHaveText('Phones · Not found');
});

test('a run the app was closed during is offered for resuming at start-up, and resumes', async ({ app }) => {
  await addKeys(app);
  const rows = buildRows(app.sim).slice(0, 50);
  const file = path.join(app.profileDir, 'closed.csv');
  writeCsv(file, rows);
  const imported = await app.services.sheets.import({ importId: 'closed', path: file });
  const sheetId = imported?.sheet.id ?? 0;
  // Requests that never come back until the app closes, as if it quit mid-run.
  app.sim.setFaults({ script: ['hang'] });
  const started = app.services.runs.start({ sheetId, kind: 'phones' });
  await expect.poll(() => app.services.runs.get(started.id).calls).toBe(1);
  app.services.runs.shutdown();
  app.sim.setFaults(null);

  await app.open();
  const banner = app.page.getByRole('alert').filter({ hasText: 'A phones run on “closed” was interrupted.' });
  await expect(banner).toContainText(`${rows.length} rows are still pending.`);
  await app.screenshot('06-interrupted');
  await banner.getByRole('button', { name: 'Resume' }).click();
  await expect(banner).toBeHidden();
  await expect(toast(app.page).filter({ hasText: 'Phones: ' })).toBeVisible({ timeout: 30_000 });
  expect(app.services.runs.get(started.id)).toMatchObject({ state: 'done', pending: 0 });
});

test('with every key disabled the estimate says so and offers the way to the API keys', async ({ app }) => {
  const keys = await addKeys(app);
  for (const key of keys) await call(app, 'keys.setDisabled', { keyId: key.id, disabled: true });
  await app.open();
  await importSheet(app, buildRows(app.sim));
  await gridRow(app.page, 0).locator('.ag-selection-checkbox input').check();
  await gridRow(app.page, 1).locator('.ag-selection-checkbox input').check();
  const enrich = app.page.getByRole('button', { name: 'Enrich phones' });
  await expect(enrich).toHaveAttribute('title', 'Look up phone numbers for the 2 selected rows');
  await enrich.click();
  const estimate = app.page.getByRole('dialog', { name: 'Enrich phones' });
  await expect(estimate).toContainText('2 selected rows of “leads”.');
  await expect(estimate.getByRole('alert')).toContainText('No API key can look up phones right now');
  await expect(estimate.getByRole('button', { name: 'Open API keys' })).toBeVisible();
  await expect(estimate.getByRole('button', { name: 'Start' })).toBeDisabled();
  await app.screenshot('07-no-keys');
});

test('while every key cools the bar says when the first is back; pause, resume, and cancel leaves the rows pending', async ({ app }) => {
  await addKeys(app);
  // Every request is refused with Lusha's burst 429: each account in turn is benched for a while.
  app.sim.setFaults({ probabilities: { rate_burst: 1 } });
  await app.open();
  await importSheet(app, buildRows(app.sim));
  await app.page.getByRole('button', { name: 'Enrich phones' }).click();
  await app.page.getByRole('dialog', { name: 'Enrich phones' }).getByRole('button', { name: 'Start' }).click();

  const progress = app.page.getByRole('status', { name: 'Phones run' });
  await expect(progress).toContainText(/Waiting for keys — next recovery in \d+:\d\d/, { timeout: 30_000 });
  await app.screenshot('08-waiting');
  await progress.getByRole('button', { name: 'Pause' }).click();
  await expect(progress).toContainText('Paused — requests in flight finish, no new ones leave');
  expect(lastRun(app).state).toBe('paused');
  await progress.getByRole('button', { name: 'Resume' }).click();
  await expect(progress.getByRole('button', { name: 'Pause' })).toBeVisible();
  expect(lastRun(app).state).toBe('running');
  await progress.getByRole('button', { name: 'Cancel run' }).click();

  const cancelled = toast(app.page).filter({ hasText: 'Phones cancelled' });
  await expect(cancelled.locator('[data-title]')).toHaveText(
    `Phones cancelled: 0 found · 0 not found · 0 failed · ${NO_IDENTIFIERS} skipped · ${ROWS - NO_IDENTIFIERS} rows left pending`,
  );
  await expect(progress).toBeHidden();
  await scrollToEnrichmentColumns(app.page);
  await expect(gridCell(app.page, 0, 'status')).toHaveText('Phones · Pending');
  expect(lastRun(app)).toMatchObject({ state: 'cancelled', pending: ROWS - NO_IDENTIFIERS, credits: 0 });
});
