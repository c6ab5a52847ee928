// The API keys page through the production renderer: add, bulk import, test against the Lusha
// simulator, disable and enable, edit, delete, the health panel's statuses and timeline, and a vault
// without a keychain. After every test, a leak scan looks for each plaintext key used in the profile's
// files (SQLite and its WAL, logs, any CSV) and in the page: there must be none.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { startSimulator, type Simulator } from '../../electron/lusha/simulator/server';
import { expect, test as base, type Harness } from './harness';
import { findLeaks } from './leakScan';

const ACCOUNT = 'acme';
const CREDITS = 1000;

const test = base.extend<object, { simulator: Simulator }>({
  simulator: [
    async ({}, use) => {
      const sim = await startSimulator({ seed: 5, accounts: [{ id: ACCOUNT, credits: CREDITS }] });
      await use(sim);
      await sim.close();
    },
    { scope: 'worker' },
  ],
  coreOverrides: async ({ simulator }, use) => use({ env: { LUSHA_BASE_URL: simulator.url } }),
});

/** Every plaintext key this worker has handed to the app: the leak scan looks for each of them. */
const usedKeys = new Set<string>();

/** A fresh key, known to the simulator's account so a test of it succeeds. */
function newKey(simulator: Simulator): string {
  const key = `e2e${crypto.randomBytes(14).toString('hex')}`;
  usedKeys.add(key);
  simulator.addKey({ key, account: ACCOUNT });
  return key;
}

const maskOf = (key: string) => `…${key.slice(-4)}`;
const keyRow = (page: Page, key: string) => page.locator('tr.key-row', { hasText: maskOf(key) });
const status = (row: Locator) => row.locator('.key-status');

async function openKeysPage(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'API keys' }).click();
  await expect(page.getByRole('heading', { name: 'API keys', level: 1 })).toBeVisible();
}

/** Stores a key the way the rest of the app would (not through the page), then waits for its row. */
async function storeKey(harness: Harness, key: string, meta: { label: string; category?: 'phones' | 'emails' | 'any' }): Promise<number> {
  const added = harness.services.keys.store.add({ key, category: meta.category ?? 'any', label: meta.label, account: ACCOUNT });
  await expect(keyRow(harness.page, key)).toBeVisible();
  return added.id;
}

// Runs before the harness closes the database and deletes the profile, so the WAL is still there.
test.afterEach(async ({ harness }) => {
  expect(await findLeaks(harness, usedKeys)).toEqual([]);
});

test('add a key through the dialog: the table shows only its mask', async ({ harness, simulator }) => {
  const { page } = harness;
  await openKeysPage(page);
  await expect(page.getByRole('heading', { name: 'No API keys yet' })).toBeVisible();
  await harness.screenshot('keys-01-empty');

  const key = newKey(simulator);
  await page.getByRole('button', { name: 'Add key' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add an API key' });
  await dialog.getByLabel('API key').fill(key);
  await dialog.getByLabel('Label', { exact: true }).fill('Sales team');
  await dialog.getByLabel('Category', { exact: true }).selectOption('phones');
  await dialog.getByLabel('Account').fill(ACCOUNT);
  await dialog.getByLabel('Enable failover').check();
  await harness.screenshot('keys-02-add-dialog');
  await dialog.getByRole('button', { name: 'Add key' }).click();
  await expect(dialog).toBeHidden();

  const row = keyRow(page, key);
  await expect(row).toContainText('Sales team');
  await expect(row).toContainText('Phones');
  await expect(status(row)).toHaveText('Healthy');
  await expect(row.getByRole('switch', { name: `Failover for ${maskOf(key)}` })).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByTestId('stat-total')).toContainText('1');
  await expect(page.getByText(`Added ${maskOf(key)}`)).toBeVisible();

  // The same key again is refused inline, and the field is empty again (the plaintext was sent once).
  await page.getByRole('button', { name: 'Add key' }).click();
  await dialog.getByLabel('API key').fill(key);
  await dialog.getByRole('button', { name: 'Add key' }).click();
  await expect(dialog.getByRole('alert')).toContainText(`This key (${maskOf(key)}) is already stored as “Sales team”.`);
  await expect(dialog.getByLabel('API key')).toHaveValue('');
  await dialog.getByLabel('API key').fill('short');
  await dialog.getByRole('button', { name: 'Add key' }).click();
  await expect(dialog.getByRole('alert')).toContainText('That does not look like a Lusha API key.');
  await harness.screenshot('keys-03-add-duplicate');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('tr.key-row')).toHaveCount(1);
});

test('bulk import: pasted lines get a per-line result with masks only', async ({ harness, simulator }) => {
  const { page } = harness;
  const first = newKey(simulator);
  const second = newKey(simulator);
  await openKeysPage(page);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import API keys' });
  await dialog
    .getByLabel('Keys to import')
    .fill(`Alpha,${first},phones\nBeta,${second},emails\nAlpha again,${first},phones\nthis is not a key`);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();

  await expect(dialog.getByRole('status')).toHaveText('2 added · 1 duplicates · 1 malformed');
  const results = dialog.getByRole('table', { name: 'Import result by line' });
  const line = (n: number) => results.locator('tbody tr').nth(n - 1);
  await expect(line(1)).toContainText('Added');
  await expect(line(1)).toContainText(maskOf(first));
  await expect(line(2)).toContainText('Added');
  await expect(line(3)).toContainText('Duplicate');
  await expect(line(3)).toContainText(maskOf(first));
  await expect(line(4)).toContainText('Malformed');
  await harness.screenshot('keys-04-import-results');
  await dialog.getByRole('button', { name: 'Done' }).click();

  await expect(keyRow(page, first)).toContainText('Alpha');
  await expect(keyRow(page, second)).toContainText('Emails');
  await expect(page.locator('tr.key-row')).toHaveCount(2);
});

test('bulk import from a file main opens', async ({ harness, simulator }) => {
  const { page } = harness;
  const key = newKey(simulator);
  // The user's own file, outside the profile: the leak scan is about what the app writes.
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'enrichdesk-keys-file-'));
  const file = path.join(folder, 'keys.env');
  fs.writeFileSync(file, `# team keys\nLUSHA_API_KEY_MAIN=${key}\nOTHER=1\n`);
  harness.dialogs.nextKeysFilePath = file;
  await openKeysPage(page);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import API keys' });
  await dialog.getByRole('button', { name: 'Choose file…' }).click();
  await expect(dialog.getByRole('status')).toContainText('1 added');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(keyRow(page, key)).toBeVisible();
  fs.rmSync(folder, { recursive: true, force: true });
});

test('test a key against the simulator: valid, with the credits remaining', async ({ harness, simulator }) => {
  const { page } = harness;
  const key = newKey(simulator);
  await openKeysPage(page);
  await storeKey(harness, key, { label: 'Research' });
  await page.getByRole('button', { name: `Test ${maskOf(key)}` }).click();
  await expect(page.getByText(`${maskOf(key)} is valid`)).toBeVisible();
  await expect(page.getByText(`${CREDITS.toLocaleString('en')} credits remaining`)).toBeVisible();
  await expect(status(keyRow(page, key))).toHaveText('Healthy');
  await harness.screenshot('keys-05-test-valid');
});

test('a test moves an invalid key to Invalid and says so', async ({ harness }) => {
  const { page } = harness;
  // Unknown to the simulator: Lusha answers 401.
  const key = `e2eUnknown${crypto.randomBytes(10).toString('hex')}`;
  usedKeys.add(key);
  await openKeysPage(page);
  await storeKey(harness, key, { label: 'Old key' });
  await page.getByRole('button', { name: `Test ${maskOf(key)}` }).click();
  await expect(page.getByText(`${maskOf(key)} is invalid`)).toBeVisible();
  await expect(status(keyRow(page, key))).toHaveText('Invalid');
  await expect(page.getByTestId('stat-invalid')).toContainText('1');
});

test('disable then enable, with both changes in the key timeline', async ({ harness, simulator }) => {
  const { page } = harness;
  const key = newKey(simulator);
  await openKeysPage(page);
  await storeKey(harness, key, { label: 'Ops' });
  const row = keyRow(page, key);

  await row.getByRole('button', { name: `Disable ${maskOf(key)}` }).click();
  await expect(status(row)).toHaveText('Disabled');
  await row.getByRole('button', { name: `Enable ${maskOf(key)}` }).click();
  await expect(status(row)).toHaveText('Healthy');

  await row.getByRole('button', { name: `Status history of ${maskOf(key)}` }).click();
  const timeline = page.getByRole('table', { name: 'Status history' });
  await expect(timeline.locator('tbody tr')).toHaveCount(2);
  await expect(timeline.locator('tbody tr').first()).toContainText('enabled');
  await expect(timeline.locator('tbody tr').first()).toContainText('You');
  await expect(timeline.locator('tbody tr').nth(1)).toContainText('disabled');
  await harness.screenshot('keys-06-timeline');
});

test('edit a key: label, standby and failover on', async ({ harness, simulator }) => {
  const { page } = harness;
  const key = newKey(simulator);
  await openKeysPage(page);
  await storeKey(harness, key, { label: 'Marketing', category: 'emails' });
  const row = keyRow(page, key);
  await expect(row.getByRole('switch')).toHaveAttribute('aria-checked', 'false');

  await row.getByRole('button', { name: `Edit ${maskOf(key)}` }).click();
  const dialog = page.getByRole('dialog', { name: `Edit key ${maskOf(key)}` });
  await expect(dialog.getByLabel('Label', { exact: true })).toHaveValue('Marketing');
  await dialog.getByLabel('Label', { exact: true }).fill('Marketing EU');
  await dialog.getByLabel('Priority').fill('5');
  await dialog.getByLabel('Enable failover').check();
  await dialog.getByLabel('Standby').check();
  await harness.screenshot('keys-07-edit-dialog');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  await expect(row).toContainText('Marketing EU');
  await expect(row).toContainText('Standby');
  await expect(row.getByRole('switch')).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByTestId('stat-failoverEnabled')).toContainText('1');
  await expect(page.getByTestId('stat-standby')).toContainText('1');

  // The switch in the table turns it off again without a dialog.
  await row.getByRole('switch').click();
  await expect(row.getByRole('switch')).toHaveAttribute('aria-checked', 'false');
});

test('delete asks for confirmation first', async ({ harness, simulator }) => {
  const { page } = harness;
  const keep = newKey(simulator);
  const doomed = newKey(simulator);
  await openKeysPage(page);
  await storeKey(harness, keep, { label: 'Keep me' });
  await storeKey(harness, doomed, { label: 'Remove me' });

  await keyRow(page, doomed)
    .getByRole('button', { name: `Delete ${maskOf(doomed)}` })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Delete this key?' });
  await expect(dialog).toContainText(`“Remove me” (${maskOf(doomed)})`);
  await harness.screenshot('keys-08-delete-confirm');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(keyRow(page, doomed)).toBeVisible();

  await keyRow(page, doomed)
    .getByRole('button', { name: `Delete ${maskOf(doomed)}` })
    .click();
  await dialog.getByRole('button', { name: 'Delete key' }).click();
  await expect(keyRow(page, doomed)).toHaveCount(0);
  await expect(keyRow(page, keep)).toBeVisible();
  await expect(page.getByText(`Deleted ${maskOf(doomed)}`)).toBeVisible();
});

test('the health panel follows the engine: coloured statuses, countdowns and reasons', async ({ harness, simulator }) => {
  const { page } = harness;
  await openKeysPage(page);
  const store = harness.services.keys.store;
  const engine = { cause: 'lusha', actor: 'engine' as const };
  const states = [
    { label: 'Healthy key', change: null },
    {
      label: 'On failover',
      change: { status: 'failover' as const, reason: 'Out of credits on the primary endpoint', until: null, endpoint: 'failover' as const },
    },
    { label: 'Cooling', change: { status: 'cooling' as const, reason: 'Too many requests', until: Date.now() + 95_000 } },
    {
      label: 'Daily quota',
      change: { status: 'quota' as const, reason: 'Daily limit reached. Reset in 7200 seconds', until: Date.now() + 7_200_000 },
    },
    { label: 'Exhausted', change: { status: 'exhausted' as const, reason: 'Insufficient credits', until: null } },
    { label: 'Unavailable', change: { status: 'unavailable' as const, reason: '3 server errors in 60 s', until: null } },
  ];
  const keys: string[] = [];
  for (const { label, change } of states) {
    const key = newKey(simulator);
    keys.push(key);
    const id = await storeKey(harness, key, { label });
    if (change) {
      store.applyStatus(id, change, { ...engine, message: change.reason });
      store.changed('status', [id]);
    }
  }
  await expect(status(keyRow(page, keys[1]))).toHaveText('On failover');
  await expect(status(keyRow(page, keys[1]))).toHaveAttribute('title', 'Out of credits on the primary endpoint');
  await expect(status(keyRow(page, keys[2]))).toHaveText(/^Cooling\d:\d\d$/);
  await expect(status(keyRow(page, keys[3]))).toHaveText(/^Quota[12]:\d\d:\d\d$/);
  await expect(status(keyRow(page, keys[4]))).toHaveText('Exhausted');
  await expect(page.getByTestId('stat-cooling')).toContainText('2');
  await expect(page.getByTestId('stat-healthy')).toContainText('1');
  await keyRow(page, keys[1])
    .getByRole('button', { name: `Status history of ${maskOf(keys[1])}` })
    .click();
  await expect(page.getByRole('table', { name: 'Status history' })).toContainText('Engine');
  await harness.screenshot('keys-09-health-panel');
});

test.describe('without a keychain', () => {
  test.use({ coreOverrides: { keychain: null } });

  test('the page asks for a master passphrase, then keys can be added', async ({ harness, simulator }) => {
    const { page } = harness;
    await openKeysPage(page);
    const banner = page.getByRole('alert').filter({ hasText: 'Set a master passphrase' });
    await expect(banner).toBeVisible();
    await harness.screenshot('keys-10-vault-needs-passphrase');

    await banner.getByRole('button', { name: 'Set passphrase…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Set a master passphrase' });
    await dialog.getByLabel('Passphrase', { exact: true }).fill('correct horse battery');
    await dialog.getByLabel('Confirm passphrase').fill('correct horse batery');
    await dialog.getByRole('button', { name: 'Set passphrase' }).click();
    await expect(dialog.getByRole('alert')).toHaveText('The two passphrases differ.');
    await dialog.getByLabel('Confirm passphrase').fill('correct horse battery');
    await dialog.getByRole('button', { name: 'Set passphrase' }).click();
    await expect(dialog).toBeHidden();
    await expect(banner).toBeHidden();

    const key = newKey(simulator);
    await page.getByRole('button', { name: 'Add key' }).click();
    const add = page.getByRole('dialog', { name: 'Add an API key' });
    await add.getByLabel('API key').fill(key);
    await add.getByRole('button', { name: 'Add key' }).click();
    await expect(keyRow(page, key)).toContainText(`Key ${maskOf(key)}`);
  });
});
