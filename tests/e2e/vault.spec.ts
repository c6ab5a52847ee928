// The vault across app restarts, through the production renderer: a master passphrase (no keychain)
// locks the keys after a restart until it is entered again; a master key that vanished from the real
// OS keychain (gnome-keyring under scripts/with-keyring.sh) leaves the vault "unreadable" with every
// stored key kept, and a reset plus re-entry through the UI makes the key work again. After every
// test, the keys spec's leak scan: no plaintext key or passphrase in the profile's files or the page.
import crypto from 'node:crypto';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { startSimulator, type Simulator } from '../../electron/lusha/simulator/server';
import { KEYCHAIN_SERVICE } from '../../electron/vault/keychain';
import { expect, test as base } from './harness';
import { findLeaks } from './leakScan';

type Keytar = typeof import('keytar');
const keytar = async (): Promise<Keytar> => {
  const m = await import('keytar');
  return ((m as { default?: Keytar }).default ?? m) as Keytar;
};

const ACCOUNT = 'acme';
const CREDITS = 1000;

const test = base.extend<object, { simulator: Simulator }>({
  simulator: [
    async ({}, use) => {
      const sim = await startSimulator({ seed: 7, accounts: [{ id: ACCOUNT, credits: CREDITS }] });
      await use(sim);
      await sim.close();
    },
    { scope: 'worker' },
  ],
});

/** Every secret this worker has typed into the app: keys and passphrases. The leak scan looks for each. */
const secrets = new Set<string>();

function newKey(simulator: Simulator): string {
  const key = `e2eVault${crypto.randomBytes(14).toString('hex')}`;
  secrets.add(key);
  simulator.addKey({ key, account: ACCOUNT });
  return key;
}

function newPassphrase(): string {
  const passphrase = `pass ${crypto.randomBytes(9).toString('hex')}`;
  secrets.add(passphrase);
  return passphrase;
}

const maskOf = (key: string) => `…${key.slice(-4)}`;
const keyRow = (page: Page, key: string) => page.locator('tr.key-row', { hasText: maskOf(key) });
const banner = (page: Page) => page.locator('.vault-banner');

async function openKeysPage(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'API keys' }).click();
  await expect(page.getByRole('heading', { name: 'API keys', level: 1 })).toBeVisible();
}

async function addKeyThroughDialog(page: Page, key: string, label: string): Promise<void> {
  await page.getByRole('button', { name: 'Add key' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add an API key' });
  await dialog.getByLabel('API key').fill(key);
  await dialog.getByLabel('Label', { exact: true }).fill(label);
  await dialog.getByLabel('Account').fill(ACCOUNT);
  await dialog.getByRole('button', { name: 'Add key' }).click();
  await expect(dialog).toBeHidden();
  await expect(keyRow(page, key)).toContainText(label);
}

async function expectValid(page: Page, key: string): Promise<void> {
  await page.getByRole('button', { name: `Test ${maskOf(key)}` }).click();
  await expect(page.getByText(`${maskOf(key)} is valid`)).toBeVisible();
  await expect(keyRow(page, key).locator('.key-status')).toHaveText('Healthy');
}

// Runs before the harness closes the database and deletes the profile, so the WAL is still there.
test.afterEach(async ({ harness }) => {
  expect(await findLeaks(harness, secrets)).toEqual([]);
});

test.describe('passphrase mode (keychain off)', () => {
  test.use({ coreOverrides: async ({ simulator }, use) => use({ env: { LUSHA_BASE_URL: simulator.url, ENRICHDESK_KEYCHAIN: 'off' } }) });

  test('after a restart the vault is locked; a wrong passphrase is refused, the right one unlocks', async ({ harness, simulator }) => {
    const { page } = harness;
    const passphrase = newPassphrase();
    const key = newKey(simulator);

    await openKeysPage(page);
    await expect(banner(page)).toContainText('Set a master passphrase');
    await expect(banner(page)).toContainText('ENRICHDESK_KEYCHAIN=off');
    await banner(page).getByRole('button', { name: 'Set passphrase…' }).click();
    const setup = page.getByRole('dialog', { name: 'Set a master passphrase' });
    await setup.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await setup.getByLabel('Confirm passphrase').fill(passphrase);
    await setup.getByRole('button', { name: 'Set passphrase' }).click();
    await expect(setup).toBeHidden();
    await expect(banner(page)).toBeHidden();
    await addKeyThroughDialog(page, key, 'Passphrase key');

    await harness.restart();
    await openKeysPage(page);
    await expect(banner(page)).toContainText('Vault locked');
    await expect(banner(page)).toContainText('Your API keys are protected by a master passphrase. Enter it to unlock them.');
    await expect(banner(page)).toContainText('1 stored key is waiting.');
    await expect(keyRow(page, key)).toContainText('Passphrase key');
    await harness.screenshot('vault-01-locked');
    // A test while locked says why it cannot run, and does not hold it against the key.
    await page.getByRole('button', { name: `Test ${maskOf(key)}` }).click();
    await expect(page.locator('.toast', { hasText: 'Your API keys are protected by a master passphrase' })).toBeVisible();
    await harness.screenshot('vault-01b-test-while-locked');
    await expect(keyRow(page, key).locator('.key-status')).toHaveText('Locked');

    await banner(page).getByRole('button', { name: 'Unlock…' }).click();
    const unlock = page.getByRole('dialog', { name: 'Unlock the vault' });
    await unlock.getByLabel('Passphrase').fill(`${passphrase}x`);
    await unlock.getByRole('button', { name: 'Unlock' }).click();
    await expect(unlock.getByRole('alert')).toHaveText('That passphrase does not unlock the vault.');
    await expect(unlock.getByLabel('Passphrase')).toHaveValue('');
    await harness.screenshot('vault-02-wrong-passphrase');

    await unlock.getByLabel('Passphrase').fill(passphrase);
    await unlock.getByRole('button', { name: 'Unlock' }).click();
    await expect(unlock).toBeHidden();
    await expect(banner(page)).toBeHidden();
    await expect(keyRow(page, key)).not.toContainText('needs re-entry');
    await expectValid(page, key);
    await harness.screenshot('vault-03-unlocked');
  });
  test('an enrichment asked for while the vault is locked says why and leads to the API keys page', async ({ harness, simulator }) => {
    const { page } = harness;
    const passphrase = newPassphrase();
    await openKeysPage(page);
    await banner(page).getByRole('button', { name: 'Set passphrase…' }).click();
    const setup = page.getByRole('dialog', { name: 'Set a master passphrase' });
    await setup.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await setup.getByLabel('Confirm passphrase').fill(passphrase);
    await setup.getByRole('button', { name: 'Set passphrase' }).click();
    await addKeyThroughDialog(page, newKey(simulator), 'Locked key');
    harness.dialogs.nextOpenPath = path.resolve('tests/fixtures/csv/utf8-bom.csv');
    await page.getByRole('button', { name: 'Import CSV' }).first().click();
    await expect(page.locator('.sheet-item')).toHaveCount(1);

    await harness.restart();
    await page.locator('.sheet-item').first().click();
    await page.getByRole('button', { name: 'Enrich phones' }).click();
    const estimate = page.getByRole('dialog');
    await expect(estimate.getByRole('alert')).toContainText('Your API keys are protected by a master passphrase. Enter it to unlock them.');
    await harness.screenshot('vault-10-enrich-while-locked');
    await estimate.getByRole('button', { name: 'Open API keys' }).click();
    await expect(estimate).toBeHidden();
    await expect(banner(page)).toContainText('Vault locked');
  });
});

test.describe('keychain mode (the real OS keychain)', () => {
  test.use({ coreOverrides: async ({ simulator }, use) => use({ env: { LUSHA_BASE_URL: simulator.url } }) });

  test('a master key gone from the keychain: unreadable, nothing deleted, reset and re-enter through the UI', async ({
    harness,
    simulator,
  }) => {
    const { page } = harness;
    const key = newKey(simulator);
    await openKeysPage(page);
    await expect(banner(page)).toBeHidden();
    await addKeyThroughDialog(page, key, 'Keychain key');

    // The vault's keychain account is the profile's id; its master key really is in the keyring.
    const account = harness.services.keys.vault.keychainAccount;
    const kt = await keytar();
    expect(await kt.getPassword(KEYCHAIN_SERVICE, account)).not.toBeNull();
    // The environment: the entry vanishes (the user cleaned the keyring, or the profile moved machines).
    expect(await kt.deletePassword(KEYCHAIN_SERVICE, account)).toBe(true);

    await harness.restart();
    await openKeysPage(page);
    await expect(banner(page)).toContainText('Vault unreadable');
    await expect(banner(page)).toContainText("The vault's master key is missing from the system keychain");
    await expect(banner(page)).toContainText('Your stored API keys are kept exactly as they are.');
    await expect(banner(page)).toContainText('1 stored key is waiting.');
    await expect(keyRow(page, key)).toContainText('Keychain key');
    await harness.screenshot('vault-04-unreadable');
    await page.getByRole('button', { name: `Test ${maskOf(key)}` }).click();
    await expect(page.locator('.toast', { hasText: 'The vault cannot be opened.' })).toBeVisible();
    await harness.screenshot('vault-04b-test-while-unreadable');
    await expect(keyRow(page, key).locator('.key-status')).toHaveText('Locked');

    await banner(page).getByRole('button', { name: 'Reset vault…' }).click();
    const reset = page.getByRole('dialog', { name: 'Reset the vault?' });
    await expect(reset).toContainText('The 1 stored key keeps its label, settings and history but must be entered again');
    await harness.screenshot('vault-05-reset-confirm');
    await reset.getByRole('button', { name: 'Reset vault' }).click();
    await expect(reset).toBeHidden();
    await expect(banner(page)).toBeHidden();
    // A new master key in the keychain, the old key still listed, waiting for its secret.
    expect(await kt.getPassword(KEYCHAIN_SERVICE, account)).not.toBeNull();
    const row = keyRow(page, key);
    await expect(row).toContainText('Keychain key');
    await expect(row).toContainText('needs re-entry');
    await expect(page.locator('tr.key-row')).toHaveCount(1);
    await harness.screenshot('vault-06-needs-reentry');

    await row.getByRole('button', { name: 'Re-enter' }).click();
    const reenter = page.getByRole('dialog', { name: 'Re-enter “Keychain key”' });
    await expect(reenter).toContainText(maskOf(key));
    await reenter.getByLabel('API key').fill(key);
    await reenter.getByRole('button', { name: 'Save key' }).click();
    await expect(reenter).toBeHidden();
    await expect(row).not.toContainText('needs re-entry');
    await expectValid(page, key);
    await harness.screenshot('vault-07-reentered-valid');

    // And it survives the next restart on the new keychain entry.
    await harness.restart();
    await openKeysPage(page);
    await expect(keyRow(page, key)).toBeVisible();
    await expect(banner(page)).toBeHidden();
    await expectValid(page, key);
    await kt.deletePassword(KEYCHAIN_SERVICE, account);
  });
});
