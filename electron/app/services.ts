// The composition root of the core: one profile's database and services, and the dispatcher every
// transport (Electron IPC, the e2e binding) calls into. Nothing here imports electron.
import { openDatabase, type Db } from '../db/database';
import { databasePath } from './paths';
import { createFileLogger, type Logger } from './logger';
import type { Dialogs, Emit } from './host';
import { realOnly, type ModeControl } from './modeControl';
import type { KeysChanged } from '@shared/domain';
import { SheetService } from '../sheets/sheetService';
import { buildHandlers } from '../ipc/handlerTable';
import { createDispatcher, type Dispatch } from '../ipc/dispatcher';
import { createKeysDomain, type KeysDomain } from '../keys/keysDomain';
import { keychainFromEnvironment, type Keychain } from '../vault/keychain';
import { createLushaClient, type LushaClient } from '../lusha/client';
import { RotationEngine } from '../engine/engine';
import { sessionKeyRecord } from '../engine/sessionKeys';
import { createEngineGateway } from '../jobs/engineGateway';
import { RunService } from '../jobs/runService';
import { SettingsStore } from '../settings/settingsStore';
import { SettingsService } from '../settings/settingsService';
import { engineSettings, lushaBaseUrl } from '../settings/liveSettings';

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
  /** Answers app.mode and app.setMode; a profile opened on its own is always the real one. */
  mode?: ModeControl;
}

export interface Services {
  profileDir: string;
  version: string;
  db: Db;
  logger: Logger;
  sheets: SheetService;
  keys: KeysDomain;
  engine: RotationEngine;
  runs: RunService;
  settings: SettingsService;
  mode: ModeControl;
  dispatch: Dispatch;
  close(): void;
}

export function createServices(options: ServiceOptions): Services {
  const logger = options.logger ?? createFileLogger(options.profileDir);
  const db = openDatabase(databasePath(options.profileDir), { nativeBinding: options.nativeBinding });
  const sheets = new SheetService({ db, emit: options.emit, dialogs: options.dialogs, logger, nativeBinding: options.nativeBinding });
  const env = options.env ?? process.env;
  const lusha = options.lusha ?? createLushaClient();
  const settings = new SettingsService(new SettingsStore(db), env);
  // The engine keeps keys in memory: a change the user makes reaches it here. Its own status changes
  // are already in memory, so those do not make it re-read.
  const keysEmit: Emit = (event, payload) => {
    if (event === 'keys.changed' && (payload as KeysChanged).reason !== 'status') engine.reload();
    options.emit(event, payload);
  };
  const keys = createKeysDomain({
    db,
    emit: keysEmit,
    dialogs: options.dialogs,
    logger,
    keychain: options.keychain === undefined ? keychainFromEnvironment(env) : options.keychain,
    probeUsage: (target) => lusha.usage(target),
    baseUrl: () => lushaBaseUrl(settings.store.all(), env),
    env,
  });
  const engine = new RotationEngine({
    db,
    reveal: (keyId) => keys.store.reveal(keyId),
    probe: (target) => lusha.usage(target),
    settings: engineSettings(settings.store.all(), env),
    logger,
    sessionKeys: () => keys.store.sessionOnlyEnvironmentKeys().map(sessionKeyRecord),
    onKeyChange: (change) => {
      // Environment keys have no row to hold their status: the store keeps it for the keys page.
      if (change.keyId < 0)
        keys.store.applyStatus(
          change.keyId,
          { status: change.to, reason: change.message, until: change.until },
          { cause: change.cause, actor: change.actor },
        );
      options.emit('keys.changed', { reason: 'status', keyIds: [change.keyId] });
    },
  });
  // Settings apply where they are used: the engine now, key tests and runs as they start.
  settings.store.onChange((values) => {
    engine.configure(engineSettings(values, env));
    options.emit('settings.changed', settings.view(values));
  });
  const gateway = createEngineGateway(engine, lusha);
  const runs = new RunService({ db, gateway, emit: options.emit, logger, keysReady: () => keys.store.assertStoredKeysReady() });
  runs.recoverInterrupted();
  runs.pruneExpiredLookups();
  engine.start();
  const services = {
    profileDir: options.profileDir,
    version: options.version,
    db,
    logger,
    sheets,
    keys,
    engine,
    runs,
    settings,
    mode: options.mode ?? realOnly,
    close: () => {
      runs.shutdown();
      void engine.stop();
      db.close();
    },
  } as Services;
  services.dispatch = createDispatcher(buildHandlers(services), logger);
  return services;
}
