// Maps every contract channel to the service that answers it. Requests arrive already validated.
import type { HandlerTable } from './dispatcher';
import type { Services } from '../app/services';

export function buildHandlers(s: Services): HandlerTable {
  return {
    app: {
      info: () => ({ version: s.version, profileDir: s.profileDir, platform: process.platform }),
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
  };
}
