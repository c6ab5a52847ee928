// Maps every contract channel to the service that answers it. Requests arrive already validated.
import type { HandlerTable } from './dispatcher';
import type { Services } from '../app/services';

export function buildHandlers(s: Services): HandlerTable {
  return {
    app: {
      info: () => ({ version: s.version, profileDir: s.profileDir, platform: process.platform }),
      mode: () => s.mode.current(),
      setMode: ({ mode }) => s.mode.switchTo(mode),
    },
    sheets: {
      list: () => s.sheets.list(),
      get: ({ sheetId }) => s.sheets.get(sheetId),
      import: (req) => s.sheets.import(req),
      cancelImport: ({ importId }) => s.sheets.cancelImport(importId),
      rows: ({ sheetId, offset, limit }) => s.sheets.rows(sheetId, offset, limit),
      setColumnMap: ({ sheetId, columnMap }) => s.sheets.setColumnMap(sheetId, columnMap),
      rename: ({ sheetId, name }) => s.sheets.rename(sheetId, name),
      delete: ({ sheetId }) => s.sheets.delete(sheetId),
      export: (req) => s.sheets.export(req),
    },
    keys: {
      list: () => s.keys.store.list(),
      stats: () => s.keys.store.stats(),
      history: ({ keyId, limit }) => s.keys.store.history(keyId, limit),
      add: (req) => s.keys.store.add(req),
      importText: ({ text, category }) => s.keys.importer.importText(text, category),
      importFile: ({ path, category }) => s.keys.importer.importFile(path, category),
      importEnvironment: () => s.keys.importer.importEnvironment(),
      update: ({ keyId, ...patch }) => s.keys.store.update(keyId, patch),
      remove: ({ keyId }) => s.keys.store.remove(keyId),
      setDisabled: ({ keyId, disabled }) => s.keys.store.setDisabled(keyId, disabled),
      reset: ({ keyId }) => s.keys.store.reset(keyId),
      reenter: ({ keyId, key }) => s.keys.store.reenter(keyId, key),
      test: ({ keyId }) => s.keys.tester.test(keyId),
      vaultStatus: () => s.keys.control.overview(),
      setupPassphrase: ({ passphrase }) => s.keys.control.setupPassphrase(passphrase),
      unlock: ({ passphrase }) => s.keys.control.unlock(passphrase),
      resetVault: ({ passphrase }) => s.keys.control.reset(passphrase),
    },
    runs: {
      estimate: (req) => s.runs.estimate(req),
      start: (req) => s.runs.start(req),
      pause: ({ runId }) => s.runs.pause(runId),
      resume: ({ runId }) => s.runs.resume(runId),
      cancel: ({ runId }) => s.runs.cancel(runId),
      list: (req) => s.runs.list(req?.sheetId),
      get: ({ runId }) => s.runs.get(runId),
      interrupted: () => s.runs.interrupted(),
    },
    settings: {
      get: () => s.settings.view(),
      update: ({ patch }) => s.settings.update(patch),
    },
  };
}
