// The grid-open benchmark (issue 2 target: a 100k-row sheet shows rows < 1 s after opening). A
// generated sheet is imported into a temporary profile through the real services; Chromium loads the
// production renderer over the e2e harness's binding transport; the time is taken inside the page,
// from the click on the sheet in the sidebar to the first grid row being laid out, so no Playwright
// round trip is counted. Each round opens the sheet in a freshly loaded page; the median is reported.
import path from 'node:path';
import fs from 'node:fs';
import { build } from 'vite';
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions, viewport } from '../e2e/browser';
import { bundleBindingPreload, connectPage, startCore, type Core } from '../e2e/harness';
import { DIST_DIR, serveStatic } from '../e2e/staticServer';
import { writeProspectCsv } from './lib/prospectCsv';
import { round } from './lib/sampling';
import type { Bench } from './lib/types';

export interface GridOpenBenchResult {
  [figure: string]: number | string;
  bench: 'grid_open';
  rows: number;
  ms: number;
}

const ROUNDS = 5;
const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

/** The renderer is rebuilt so the figure is never taken on a stale bundle. */
async function buildRenderer(): Promise<void> {
  await build({ configFile: path.join(REPO_ROOT, 'vite.config.ts'), root: path.join(REPO_ROOT, 'src'), logLevel: 'warn' });
  if (!fs.existsSync(path.join(DIST_DIR, 'index.html'))) throw new Error(`The renderer build left no ${DIST_DIR}/index.html`);
}

async function importSheet(core: Core, rows: number): Promise<void> {
  const csv = path.join(core.profileDir, 'grid-open.csv');
  await writeProspectCsv(csv, rows);
  const envelope = await core.services.dispatch('sheets.import', { importId: 'bench-grid-open', path: csv });
  if (!envelope.ok) throw new Error(`Importing the benchmark sheet failed: ${envelope.error.message}`);
}

/**
 * Milliseconds from clicking the sheet to the first row being in the grid with a size. Kept as source
 * text: tsx (which runs the benches) wraps named functions in a __name() helper the page lacks.
 */
const TIME_OPEN = `new Promise((resolve) => {
  const firstRowShown = () => (document.querySelector('.ag-row[row-index="0"]')?.getBoundingClientRect().height ?? 0) > 0;
  let started = 0;
  const observer = new MutationObserver(() => {
    if (!firstRowShown()) return;
    observer.disconnect();
    // The row is laid out; the next animation frame is the one that paints it.
    requestAnimationFrame(() => resolve(performance.now() - started));
  });
  observer.observe(document.body, { childList: true, subtree: true });
  started = performance.now();
  document.querySelector('.sheet-item__open').click();
})`;

const timeOpen = (page: Page) => page.evaluate<number>(TIME_OPEN);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function benchGridOpen(opts: { rows: number } = { rows: 100_000 }): Promise<GridOpenBenchResult> {
  await buildRenderer();
  const core = startCore('enrichdesk-bench-grid-');
  const server = await serveStatic();
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    await importSheet(core, opts.rows);
    const page = await browser.newPage({ viewport });
    await connectPage(page, core, bundleBindingPreload());
    const timings: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      await page.goto(server.url);
      await page.locator('.sheet-item__open').waitFor();
      timings.push(await timeOpen(page));
    }
    return { bench: 'grid_open', rows: opts.rows, ms: round(median(timings)) };
  } finally {
    await browser.close();
    await server.close();
    core.dispose();
  }
}

export const gridOpenBench: Bench = { name: 'grid_open', defaultRows: 100_000, run: benchGridOpen };
