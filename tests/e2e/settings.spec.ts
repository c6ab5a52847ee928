// The settings page through the production renderer: edit, save, reload; inline validation; the
// environment override shown where it applies.
import type { Page } from '@playwright/test';
import { expect, test } from './harness';

async function openSettings(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Lusha API' })).toBeVisible();
}

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

test('changes the base URL and concurrency, saves, and keeps them after a reload', async ({ harness }) => {
  const { page } = harness;
  await openSettings(page);
  await expect(page.getByRole('heading', { name: 'Key rotation' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Enrichment runs' })).toBeVisible();
  await expect(field(page, 'Requests at once')).toHaveValue('4');
  await expect(page.getByRole('button', { name: 'Save' })).toBeDisabled();
  await harness.screenshot('settings-defaults');

  await field(page, 'Base URL').fill('https://lusha-proxy.corp.test/api');
  await field(page, 'Requests at once').fill('8');
  await expect(page.getByText('Unsaved changes')).toBeVisible();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Settings saved', { exact: false })).toBeVisible();
  await harness.screenshot('settings-saved');
  expect(harness.services.settings.store.all()).toMatchObject({
    'lusha.baseUrl': 'https://lusha-proxy.corp.test/api',
    'jobs.concurrency': 8,
  });

  await page.reload();
  await openSettings(page);
  await expect(field(page, 'Base URL')).toHaveValue('https://lusha-proxy.corp.test/api');
  await expect(field(page, 'Requests at once')).toHaveValue('8');

  await page.getByRole('button', { name: 'Reset to defaults' }).click();
  await expect(field(page, 'Base URL')).toHaveValue('');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => harness.services.settings.store.all()['jobs.concurrency']).toBe(4);
});

test('shows what is wrong next to the field and will not save it', async ({ harness }) => {
  const { page } = harness;
  await openSettings(page);
  await field(page, 'Base URL').fill('ftp://files.corp.test');
  await field(page, 'Rate-limit cooldown').fill('0');
  await expect(page.getByText('Enter an http:// or https:// URL, or leave it empty.')).toBeVisible();
  await expect(page.getByText('Enter a whole number from 1 to 120.')).toBeVisible();
  await expect(field(page, 'Base URL')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('button', { name: 'Save' })).toBeDisabled();
  await harness.screenshot('settings-invalid');

  await field(page, 'Base URL').fill('http://127.0.0.1:4010');
  await field(page, 'Rate-limit cooldown').fill('3');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Save' })).toBeEnabled();
});

test.describe('with LUSHA_BASE_URL set', () => {
  test.use({ coreOverrides: { env: { LUSHA_BASE_URL: 'http://127.0.0.1:4010' } } });

  test('says the environment variable overrides the base URL setting', async ({ harness }) => {
    const { page } = harness;
    await openSettings(page);
    await expect(page.getByRole('note')).toHaveText('LUSHA_BASE_URL is set and overrides this: requests go to http://127.0.0.1:4010.');
    await harness.screenshot('settings-env-override');
  });
});
