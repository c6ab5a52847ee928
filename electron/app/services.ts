// The composition root of the core: one profile's database and services, and the dispatcher every
// transport (Electron IPC, the e2e binding) calls into. Nothing here imports electron.
import { openDatabase, type Db } from '../db/database';
import { databasePath } from './paths';
import { createFileLogger, type Logger } from './logger';
import type { Dialogs, Emit } from './host';
import { SheetService } from '../sheets/sheetService';
import { buildHandlers } from '../ipc/handlerTable';
import { createDispatcher, type Dispatch } from '../ipc/dispatcher';

export interface ServiceOptions {
  profileDir: string;
  dialogs: Dialogs;
  emit: Emit;
  version: string;
  nativeBinding?: string;
  logger?: Logger;
}

export interface Services {
  profileDir: string;
  version: string;
  db: Db;
  logger: Logger;
  sheets: SheetService;
  dispatch: Dispatch;
  close(): void;
}

export function createServices(options: ServiceOptions): Services {
  const logger = options.logger ?? createFileLogger(options.profileDir);
  const db = openDatabase(databasePath(options.profileDir), { nativeBinding: options.nativeBinding });
  const sheets = new SheetService({ db, emit: options.emit, dialogs: options.dialogs, logger });
  const services = {
    profileDir: options.profileDir,
    version: options.version,
    db,
    logger,
    sheets,
    close: () => db.close(),
  } as Services;
  services.dispatch = createDispatcher(buildHandlers(services), logger);
  return services;
}
