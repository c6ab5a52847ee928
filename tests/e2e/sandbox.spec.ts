// Sandbox mode through the production renderer: from the empty state into the sandbox (sample sheet,
// banner, switch on in the sidebar) and back to the user's own, still empty, profile.
import type { Page } from '@playwright/test';
import { expect, test } from './harness';

const banner = (page: Page) =>
  page.getByRole('status').filter({ hasText: 'Sandbox — sample data and simulated Lusha keys. No credits are spent.' });
const emptyState = (page: Page) => page.getByRole('heading', { name: 'No sheets yet — import a CSV' });
const sandboxSwitch = (page: Page) => page.getByRole('switch', { name: /Sandbox mode/ });
const sampleSheet = (page: Page) => page.locator('.sheet-item', { hasText: 'Sample prospects (sandbox)' });

test('try it with sample data, then back to real keys', async ({ harness }) => {
  const { page } = harness;
  await expect(emptyState(page)).toBeVisible();
  await expect(sandboxSwitch(page)).toHaveAttribute('aria-checked', 'false');
  await expect(banner(page)).toBeHidden();
  await harness.screenshot('sandbox-01-empty-state');

  await page.getByRole('button', { name: 'Try it with sample data' }).click();
  await expect(banner(page)).toBeVisible();
  await expect(sampleSheet(page)).toContainText('300 rows');
  await expect(sandboxSwitch(page)).toHaveAttribute('aria-checked', 'true');
  expect(harness.services.profileDir).not.toBe(harness.profileDir);

  await sampleSheet(page)
    .getByRole('button', { name: /Sample prospects/ })
    .first()
    .click();
  await expect(page.locator('.ag-row[row-index="0"]')).toBeVisible();
  await harness.screenshot('sandbox-02-sample-sheet');

  await banner(page).getByRole('button', { name: 'Back to real keys' }).click();
  await expect(emptyState(page)).toBeVisible();
  await expect(banner(page)).toBeHidden();
  await expect(sandboxSwitch(page)).toHaveAttribute('aria-checked', 'false');
  await expect(page.locator('.sheet-item')).toHaveCount(0);
  expect(harness.services.profileDir).toBe(harness.profileDir);
  await harness.screenshot('sandbox-03-back-to-real');
});

test('the sidebar switch turns the sandbox on and off', async ({ harness }) => {
  const { page } = harness;
  await sandboxSwitch(page).click();
  await expect(banner(page)).toBeVisible();
  await expect(sampleSheet(page)).toBeVisible();

  await sandboxSwitch(page).click();
  await expect(banner(page)).toBeHidden();
  await expect(emptyState(page)).toBeVisible();
});
