// What the app's sandbox holds when the user opens it: the vault open, the scenario's keys, and the
// sample prospects as a sheet. Seeding goes through the contract like a user's own actions, so the
// sheet gets its column map and the keys their checks exactly as an import by hand would.
import type { Db } from '../db/database';
import { buildBridge, createApi, type Api } from '@shared/createApi';
import type { Services } from './services';
import { ensureSandboxKeys, openSandboxVault } from './sandboxProfile';

export const SAMPLE_SHEET_NAME = 'Sample prospects (sandbox)';

/** Set once the sample sheet was imported, so a user who deletes it is not handed it again. */
const SEEDED_SETTING = 'sandbox.sampleSheetImported';

const apiOver = (services: Services): Api =>
  createApi(buildBridge({ invoke: (channel, request) => services.dispatch(channel, request), on: () => () => undefined }));

const isSeeded = (db: Db) => db.prepare('SELECT 1 FROM settings WHERE name = ?').get(SEEDED_SETTING) !== undefined;

async function importSampleSheet(api: Api, db: Db, sampleCsv: string): Promise<void> {
  const imported = await api.sheets.import({ importId: 'sandbox-sample', path: sampleCsv });
  if (!imported) throw new Error(`The sample sheet ${sampleCsv} was not imported.`);
  await api.sheets.rename({ sheetId: imported.sheet.id, name: SAMPLE_SHEET_NAME });
  db.prepare('INSERT INTO settings (name, value) VALUES (?, ?)').run(SEEDED_SETTING, new Date().toISOString());
}

export async function seedSandbox(services: Services, sampleCsv: string): Promise<void> {
  const api = apiOver(services);
  await openSandboxVault(api);
  await ensureSandboxKeys(api);
  if (!isSeeded(services.db)) await importSampleSheet(api, services.db, sampleCsv);
}
