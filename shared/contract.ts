// The one IPC contract: every channel with its request schema and response type, and every event.
// Main validates requests against these schemas; createApi() builds window.api from the same table,
// so a channel is declared exactly once.
import { z } from 'zod';
import { SETTINGS_PATCH } from './settings';
import {
  API_KEY_PATTERN,
  APP_MODES,
  COLUMN_ROLES,
  ENRICH_KINDS,
  EXPORT_SCOPES,
  KEY_CATEGORIES,
  KEY_ROLES,
  RERUNNABLE_STATES,
} from './domain';
import type {
  AppInfo,
  ExportResult,
  ImportProgress,
  ImportResult,
  KeyEvent,
  KeyImportResult,
  KeysChanged,
  KeyStats,
  KeySummary,
  KeyTestResult,
  ModeInfo,
  RowsPage,
  RunDetail,
  RunEstimate,
  RunFinished,
  RunProgress,
  RunRowsUpdated,
  RunSummary,
  SettingsView,
  SheetDetail,
  SheetSummary,
  VaultOverview,
} from './domain';

/** A channel: the schema main validates the request with, and (type only) its response. */
export interface Channel<Req extends z.ZodType, Res> {
  req: Req;
  res?: Res;
}
const channel =
  <Res>() =>
  <Req extends z.ZodType>(req: Req): Channel<Req, Res> => ({ req });

const none = z.object({}).strict().optional();
const id = z.number().int().positive();
const sheetRef = z.object({ sheetId: id }).strict();

const columnMap = z.partialRecord(z.enum(COLUMN_ROLES), z.number().int().min(0));

// Keys: negative ids are this session's environment keys. Messages never quote the value, since a
// rejected key must not travel back in an error.
const keyId = z
  .number()
  .int()
  .refine((n) => n !== 0, { message: 'Key ids are never 0.' });
const keyRef = z.object({ keyId }).strict();
const apiKey = z.string().trim().regex(API_KEY_PATTERN, { message: 'That does not look like a Lusha API key.' });
const keyMeta = {
  label: z.string().trim().min(1).max(200),
  account: z.string().trim().min(1).max(200),
  category: z.enum(KEY_CATEGORIES),
  role: z.enum(KEY_ROLES),
  failoverEnabled: z.boolean(),
  priority: z.number().int().min(-1000).max(1000),
};
const passphrase = z.string().min(1).max(1024);

// Runs: rowIds absent = every row of the sheet; onlyStates absent = every row not found yet.
const runRequest = z
  .object({
    sheetId: id,
    kind: z.enum(ENRICH_KINDS),
    rowIds: z.array(id).min(1).max(2_000_000).optional(),
    onlyStates: z.array(z.enum(RERUNNABLE_STATES)).min(1).optional(),
  })
  .strict();
const runRef = z.object({ runId: id }).strict();

export const contract = {
  app: {
    info: channel<AppInfo>()(none),
    /** Whether the user's own profile or the sandbox is open. */
    mode: channel<ModeInfo>()(none),
    /** Closes the open profile and opens the other; resolves once it is ready (the sandbox seeded on first use). */
    setMode: channel<ModeInfo>()(z.object({ mode: z.enum(APP_MODES) }).strict()),
  },
  sheets: {
    list: channel<SheetSummary[]>()(none),
    get: channel<SheetDetail>()(sheetRef),
    /** Without a path, main shows the open-file dialog; null when the user cancels it. */
    import: channel<ImportResult | null>()(z.object({ importId: z.string().min(1).max(64), path: z.string().min(1).optional() }).strict()),
    cancelImport: channel<void>()(z.object({ importId: z.string().min(1).max(64) }).strict()),
    rows: channel<RowsPage>()(
      z.object({ sheetId: id, offset: z.number().int().min(0), limit: z.number().int().min(1).max(100_000) }).strict(),
    ),
    setColumnMap: channel<SheetDetail>()(z.object({ sheetId: id, columnMap }).strict()),
    rename: channel<SheetSummary>()(z.object({ sheetId: id, name: z.string().trim().min(1).max(200) }).strict()),
    delete: channel<void>()(sheetRef),
    /** Shows the save dialog; null when the user cancels it. rowIds is required unless scope is 'all'. */
    export: channel<ExportResult | null>()(
      z
        .object({
          sheetId: id,
          scope: z.enum(EXPORT_SCOPES),
          rowIds: z.array(id).max(2_000_000).optional(),
          excelFriendly: z.boolean(),
        })
        .strict()
        .refine((r) => r.scope === 'all' || r.rowIds !== undefined, { message: 'rowIds is required for this scope' }),
    ),
  },
  keys: {
    /** Masked: no channel ever answers with a key's plaintext. */
    list: channel<KeySummary[]>()(none),
    stats: channel<KeyStats>()(none),
    /** A key's status timeline, newest first. */
    history: channel<KeyEvent[]>()(z.object({ keyId, limit: z.number().int().min(1).max(1000).default(100) }).strict()),
    add: channel<KeySummary>()(
      z
        .object({
          key: apiKey,
          label: keyMeta.label.optional(),
          account: keyMeta.account.optional(),
          category: keyMeta.category,
          role: keyMeta.role.optional(),
          failoverEnabled: keyMeta.failoverEnabled.optional(),
          priority: keyMeta.priority.optional(),
        })
        .strict(),
    ),
    /** One key a line, `label,key,category` lines, or .env LUSHA_API_KEY* entries; category fills lines without one. */
    importText: channel<KeyImportResult>()(
      z.object({ text: z.string().max(1_000_000), category: keyMeta.category.default('any') }).strict(),
    ),
    /** Without a path, main shows the open-file dialog; null when the user cancels it. */
    importFile: channel<KeyImportResult | null>()(
      z.object({ path: z.string().min(1).optional(), category: keyMeta.category.default('any') }).strict(),
    ),
    /** Stores this session's LUSHA_API_KEYS in the vault. */
    importEnvironment: channel<KeyImportResult>()(none),
    update: channel<KeySummary>()(
      z
        .object({
          keyId,
          label: keyMeta.label.optional(),
          account: keyMeta.account.optional(),
          category: keyMeta.category.optional(),
          role: keyMeta.role.optional(),
          failoverEnabled: keyMeta.failoverEnabled.optional(),
          priority: keyMeta.priority.optional(),
        })
        .strict(),
    ),
    remove: channel<void>()(keyRef),
    setDisabled: channel<KeySummary>()(z.object({ keyId, disabled: z.boolean() }).strict()),
    /** Back to healthy on the primary endpoint; settings kept. */
    reset: channel<KeySummary>()(keyRef),
    /** Enters the secret of a key stored before a vault reset again, keeping its settings and history. */
    reenter: channel<KeySummary>()(z.object({ keyId, key: apiKey }).strict()),
    /** Lusha account usage (costs no credit). */
    test: channel<KeyTestResult>()(keyRef),
    vaultStatus: channel<VaultOverview>()(none),
    setupPassphrase: channel<VaultOverview>()(z.object({ passphrase }).strict()),
    unlock: channel<VaultOverview>()(z.object({ passphrase }).strict()),
    /** A new master key. Stored keys are kept and wait to be re-entered; confirm must be true. */
    resetVault: channel<VaultOverview>()(z.object({ confirm: z.literal(true), passphrase: passphrase.optional() }).strict()),
  },
  runs: {
    estimate: channel<RunEstimate>()(runRequest),
    /** Starts in the background; progress, row updates and the end arrive as runs.* events. */
    start: channel<RunSummary>()(runRequest),
    /** Sends no new request; those in flight finish. */
    pause: channel<RunSummary>()(runRef),
    /** A paused run, or one left interrupted (crash, app closed) or stopped (keys out) with pending rows. */
    resume: channel<RunSummary>()(runRef),
    /** Aborts requests in flight; their rows and the rest stay pending. */
    cancel: channel<RunSummary>()(runRef),
    /** Newest first; one sheet's runs, or all. */
    list: channel<RunSummary[]>()(z.object({ sheetId: id.optional() }).strict().optional()),
    get: channel<RunDetail>()(runRef),
    /** Runs a crash or a closed app left behind, to offer resuming them at start-up. */
    interrupted: channel<RunSummary[]>()(none),
  },
  settings: {
    get: channel<SettingsView>()(none),
    /** Validated whole before anything is written; applies at once to key tests, runs and the engine. */
    update: channel<SettingsView>()(z.object({ patch: SETTINGS_PATCH }).strict()),
  },
} as const;

/** Events main pushes to the renderer. */
export interface Events {
  /** After the other profile was opened: the renderer starts afresh on it. */
  'app.modeChanged': ModeInfo;
  'sheets.importProgress': ImportProgress;
  /** After every change to the key pool or the vault, so the keys page and health panel refresh. */
  'keys.changed': KeysChanged;
  /** At most ten a second per run. */
  'runs.progress': RunProgress;
  /** Cells that changed since the last event, for the grid to patch in place. */
  'runs.rowsUpdated': RunRowsUpdated;
  /** Once per run: its totals and the toast to show. */
  'runs.finished': RunFinished;
  /** After an update changed at least one setting. */
  'settings.changed': SettingsView;
}
export type EventName = keyof Events;

export type Contract = typeof contract;
export type Domain = keyof Contract;
export type Method<D extends Domain> = keyof Contract[D] & string;

type ChannelOf<D extends Domain, M extends Method<D>> = Contract[D][M];
export type RequestOf<D extends Domain, M extends Method<D>> = ChannelOf<D, M> extends Channel<infer Req, unknown> ? z.input<Req> : never;
export type ParsedRequestOf<D extends Domain, M extends Method<D>> =
  ChannelOf<D, M> extends Channel<infer Req, unknown> ? z.output<Req> : never;
export type ResponseOf<D extends Domain, M extends Method<D>> = ChannelOf<D, M> extends Channel<z.ZodType, infer Res> ? Res : never;

/** What crosses the wire for every invoke: errors travel as data so their code survives. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

export const channelName = (domain: string, method: string) => `${domain}.${method}`;
