import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions, viewport } from './tests/e2e/browser';

export default defineConfig({
  testDir: 'tests/e2e',
  // For the @shared/* path of the main-process code the harness runs.
  tsconfig: './tsconfig.node.json',
  outputDir: 'test-results',
  workers: 2,
  fullyParallel: true,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: 'list',
  use: {
    browserName: 'chromium',
    launchOptions: chromiumLaunchOptions,
    viewport,
    screenshot: 'on',
    trace: 'retain-on-failure',
  },
});
