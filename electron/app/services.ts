// The composition root of the core: one profile's database and services, and the dispatcher every
// transport (Electron IPC, the e2e binding) calls into. Nothing here imports electron.
import { openDatabase, type Db } from '../db/database';
import { databasePath } from './paths';
import { createFileLogger, type Logger } from './logger';
import type { Dialogs, Emit } from './host';
import { SheetService } from '../sheets/sheetService';
import { buildHandlers } from '../ipc/handlerTable';
import { createDispatcher, type Dispatch } from '../ipc/dispatcher';
import { createKeysDomain, type KeysDomain } from '../keys/keysDomain';
import { keychainFromEnvironment, type Keychain } from '../vault/keychain';
import { createLushaClient, resolveBaseUrl, type LushaClient } from '../lusha/client';

export interface ServiceOptions {
  profileDir: string;
  dialogs: Dialogs;
  emit: Emit;
  version: string;
  nativeBinding?: string;
  logger?: Logger;
  /** The OS keychain by default; null for passphrase-only (ENRICHDESK_KEYCHAIN=off does the same). */
  keychain?: Keychain | null;
  /** Where LUSHA_API_KEYS and LUSHA_BASE_URL are read from; process.env by default. */
  env?: NodeJS.ProcessEnv;
  lusha?: LushaClient;
}

export interface Services {
  profileDir: string;
  version: string;
  db: Db;
  logger: Logger;
  sheets: SheetService;
  keys: KeysDomain;
  dispatch: Dispatch;
  close(): void;
}

export function createServices(options: ServiceOptions): Services {
  const logger = options.logger ?? createFileLogger(options.profileDir);
  const db = openDatabase(databasePath(options.profileDir), { nativeBinding: options.nativeBinding });
  const sheets = new SheetService({ db, emit: options.emit, dialogs: options.dialogs, logger });
  const env = options.env ?? process.env;
  const lusha = options.lusha ?? createLushaClient();
  const keys = createKeysDomain({
    db,
    emit: options.emit,
    dialogs: options.dialogs,
    logger,
    keychain: options.keychain === undefined ? keychainFromEnvironment(env) : options.keychain,
    probeUsage: (target) => lusha.usage(target),
    baseUrl: () => resolveBaseUrl(undefined, env),
    env,
  });
  const services = {
    profileDir: options.profileDir,
    version: options.version,
    db,
    logger,
    sheets,
    keys,
    close: () => void db.close(),
  } as Services;
  services.dispatch = createDispatcher(buildHandlers(services), logger);
  return services;
}
