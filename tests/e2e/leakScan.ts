// The suite's leak check: every file the app wrote in the profile (SQLite and its WAL, logs, exports
// kept there) and the page itself, searched for each secret a test handed to the app. Run it before
// the harness closes the database and deletes the profile, so the WAL is still there.
import fs from 'node:fs';
import path from 'node:path';
import { expect } from '@playwright/test';
import type { Harness } from './harness';

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(entry.parentPath, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

/** Where each secret was found, shown masked; empty when nothing leaked. */
export async function findLeaks(harness: Harness, secrets: Iterable<string>): Promise<string[]> {
  const files = filesUnder(harness.profileDir);
  expect(files.map((f) => path.basename(f))).toContain('enrichdesk.sqlite');
  const sources = [
    ...files.map((file) => ({ name: path.relative(harness.profileDir, file), text: fs.readFileSync(file).toString('latin1') })),
    { name: 'page HTML', text: await harness.page.content() },
    { name: 'page text', text: await harness.page.locator('body').innerText() },
  ];
  return sources.flatMap(({ name, text }) => [...secrets].filter((s) => text.includes(s)).map((s) => `…${s.slice(-4)} in ${name}`));
}
