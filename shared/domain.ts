// The domain's shared vocabulary: the kinds, states and shapes main and the renderer both speak, and
// that cross the IPC boundary. Pure data: the renderer compiles this file too, so it never imports
// Node or Electron. An enum is declared here once, as a list, and its type derived from it.
import type { SettingValues } from './settings';

/** What a run looks up, phones first wherever both are listed. */
export const ENRICH_KINDS = ['phones', 'emails'] as const;
export type EnrichKind = (typeof ENRICH_KINDS)[number];
export type EnrichState = 'pending' | 'in_flight' | 'found' | 'not_found' | 'failed' | 'skipped';

/** Roles a sheet column can play for enrichment. */
export const COLUMN_ROLES = ['linkedinUrl', 'email', 'firstName', 'lastName', 'fullName', 'companyName', 'companyDomain'] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

/** Role → index into the sheet's columns (absent = not mapped). */
export type ColumnMap = Partial<Record<ColumnRole, number>>;

export interface SheetSummary {
  id: number;
  name: string;
  sourceFile: string | null;
  rowCount: number;
  columns: string[];
  createdAt: string;
  updatedAt: string;
}

export interface SheetDetail extends SheetSummary {
  columnMap: ColumnMap;
}

export interface EnrichmentCell {
  state: EnrichState;
  /** Human-readable values, e.g. "+14155550100 (mobile)". */
  values: string[];
  error: string | null;
}

export interface GridRow {
  /** Stable row id (database id). */
  id: number;
  /** Position in the imported file, 0-based. */
  index: number;
  cells: string[];
  phones: EnrichmentCell | null;
  emails: EnrichmentCell | null;
}

export interface RowsPage {
  rows: GridRow[];
  total: number;
}

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface ImportResult {
  sheet: SheetDetail;
  delimiter: string;
  encoding: Encoding;
  /** Non-fatal findings the user should see (ragged rows padded, duplicate headers renamed...). */
  warnings: string[];
}

export interface ImportProgress {
  importId: string;
  rows: number;
  bytes: number;
  totalBytes: number;
}

export const EXPORT_SCOPES = ['all', 'selected', 'filtered'] as const;
export type ExportScope = (typeof EXPORT_SCOPES)[number];

export interface ExportResult {
  path: string;
  rows: number;
}

export interface AppInfo {
  version: string;
  profileDir: string;
  platform: string;
}

/** 'sandbox': sample data and simulated Lusha keys, in a profile of their own. */
export const APP_MODES = ['real', 'sandbox'] as const;
export type AppMode = (typeof APP_MODES)[number];

export interface ModeInfo {
  mode: AppMode;
}

// ── API keys and the vault ─────────────────────────────────────────────────────────────────────────
// A key never crosses IPC in plaintext: only its mask (…ABCD).

export const KEY_CATEGORIES = ['phones', 'emails', 'any'] as const;
export type KeyCategory = (typeof KEY_CATEGORIES)[number];

export const KEY_ROLES = ['active', 'standby'] as const;
export type KeyRole = (typeof KEY_ROLES)[number];

/** A key is usable in the first two. */
export const KEY_STATUSES = [
  'healthy',
  'failover',
  'cooling',
  'quota',
  'exhausted',
  'invalid',
  'blocked',
  'unavailable',
  'disabled',
] as const;
export type KeyStatus = (typeof KEY_STATUSES)[number];

/** 'environment' keys come from LUSHA_API_KEYS for this session only; their ids are negative. */
export type KeySource = 'vault' | 'environment';

export interface KeyCounters {
  calls: number;
  found: number;
  notFound: number;
  errors: number;
  credits: number;
}

/** What every view of a key shares: the engine's record and the renderer's summary. */
export interface KeyBasics {
  id: number;
  label: string;
  account: string;
  category: KeyCategory;
  role: KeyRole;
  status: KeyStatus;
  reason: string | null;
  failoverEnabled: boolean;
  endpoint: 'primary' | 'failover';
  priority: number;
  counters: KeyCounters;
}

export interface KeySummary extends KeyBasics {
  source: KeySource;
  mask: string;
  /** ISO time a timed status (cooling, quota) ends. */
  until: string | null;
  lastUsedAt: string | null;
  /** Stored before the vault was reset: its secret must be entered again before it can be used. */
  needsReentry: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface KeyStats {
  total: number;
  byStatus: Record<KeyStatus, number>;
  failoverEnabled: number;
  standby: number;
  environment: number;
  needsReentry: number;
}

export type KeyActor = 'engine' | 'recovery' | 'user';

export interface KeyEvent {
  id: number;
  keyId: number;
  at: string;
  fromStatus: KeyStatus | null;
  toStatus: KeyStatus;
  cause: string;
  httpStatus: number | null;
  message: string | null;
  actor: KeyActor;
}

export type ImportOutcome = 'added' | 'duplicate' | 'malformed' | 'ignored';

/** One key (or one unusable line) of a bulk import. */
export interface ImportLineResult {
  line: number;
  outcome: ImportOutcome;
  /** …ABCD of the key on that line, when one could be told apart. */
  mask: string | null;
  /** The key added, or the stored key it duplicates. */
  keyId: number | null;
  message: string;
}

export interface KeyImportResult {
  lines: ImportLineResult[];
  added: number;
  duplicates: number;
  malformed: number;
}

export type KeyTestOutcome = 'valid' | 'exhausted' | 'invalid' | 'blocked' | 'rate_limited' | 'error';

export interface KeyTestResult {
  keyId: number;
  mask: string;
  outcome: KeyTestOutcome;
  creditsRemaining: number | null;
  creditsUsed: number | null;
  creditsTotal: number | null;
  message: string;
  /** The key's status after the test. */
  status: KeyStatus;
}

export type VaultState = 'unlocked' | 'needs_passphrase' | 'locked' | 'unreadable';
export type VaultProblem = 'keychain_unavailable' | 'keychain_disabled' | 'keychain_entry_missing' | 'master_key_mismatch';

export interface VaultStatus {
  state: VaultState;
  backend: 'keychain' | 'passphrase' | null;
  problem: VaultProblem | null;
  /** Plain-language explanation for the UI. */
  message: string;
}

export interface VaultOverview extends VaultStatus {
  /** Keys stored in the profile, readable or not: what a reset would leave waiting for re-entry. */
  storedKeys: number;
  environmentKeys: number;
}

/** Why the key pool changed. 'status' is the rotation engine moving a key; every other reason is the user's doing. */
export type KeysChangeReason =
  'added' | 'imported' | 'updated' | 'removed' | 'disabled' | 'enabled' | 'reset' | 'tested' | 'vault' | 'status';

export interface KeysChanged {
  reason: KeysChangeReason;
  /** Keys affected; empty when the whole list may have changed (vault events). */
  keyIds: number[];
}

/** What a Lusha API key may look like; anything else is refused before it is stored. */
export const API_KEY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{15,255}$/;

// ── Bulk enrichment runs ───────────────────────────────────────────────────────────────────────────

export const RUN_STATES = ['running', 'paused', 'cancelled', 'done', 'interrupted', 'stopped'] as const;
export type RunState = (typeof RUN_STATES)[number];

/** States a user can ask to run again on their own (pending also covers rows never enriched). */
export const RERUNNABLE_STATES = ['pending', 'failed', 'not_found'] as const;
export type RerunnableState = (typeof RERUNNABLE_STATES)[number];

export interface ReasonCount {
  reason: string;
  rows: number;
}

export interface AccountKeys {
  account: string;
  /** Keys of this account that can take traffic for the kind now (healthy or on failover). */
  usable: number;
  total: number;
}

export interface RunEstimate {
  sheetId: number;
  kind: EnrichKind;
  /** Rows the run would take (selection and state filter applied). */
  rows: number;
  /** Selected rows already found: never asked again. */
  alreadyFound: number;
  /** Rows skipped for want of identifiers, by reason. */
  lacking: ReasonCount[];
  /** Rows that are the same person as another row of the run: asked once. */
  duplicatesFolded: number;
  /** Rows answered by the lookup cache, without a call. */
  cacheHits: number;
  /** Distinct people the run would ask Lusha about. */
  toAsk: number;
  /** One credit per person found, at most one per person asked. */
  creditsAtMost: number;
  /** Bulk requests needed when nothing goes wrong. */
  calls: number;
  /** Per account; empty when no key can serve this kind. */
  keys: AccountKeys[];
}

export interface RunTotals {
  found: number;
  notFound: number;
  failed: number;
  skipped: number;
  credits: number;
  calls: number;
}

export interface RunSummary extends RunTotals {
  id: number;
  /** null once the sheet was deleted. */
  sheetId: number | null;
  sheetName: string | null;
  kind: EnrichKind;
  state: RunState;
  rowsAsked: number;
  /** Rows of the run not final yet (pending or in flight). */
  pending: number;
  /** What the user should know about how it ended (all keys out, interrupted with N in flight…). */
  message: string | null;
  startedAt: string;
  endedAt: string | null;
}

export interface RunKeyUse {
  keyId: number;
  mask: string;
  label: string;
  account: string;
  /** Rows of the run this key answered. */
  rows: number;
}

export interface RunDetail extends RunSummary {
  durationSec: number | null;
  keysUsed: RunKeyUse[];
  /** Key status changes during the run, oldest first. */
  keyEvents: KeyEvent[];
}

export interface RunProgress {
  runId: number;
  sheetId: number;
  kind: EnrichKind;
  state: RunState;
  total: number;
  /** Rows final: found + notFound + failed + skipped. */
  done: number;
  found: number;
  notFound: number;
  failed: number;
  skipped: number;
  /** Rows per second over the last seconds of asking. */
  rate: number;
  etaSec: number | null;
  /** Ids of the keys with a request in flight now. */
  keysWorking: number[];
  /** Set while every usable key is cooling: when the first one is back. */
  waitingUntil: string | null;
  waitingEtaSec: number | null;
}

export interface RowPatch {
  rowId: number;
  kind: EnrichKind;
  cell: EnrichmentCell;
}

export interface RunRowsUpdated {
  runId: number;
  sheetId: number;
  rows: RowPatch[];
}

export type ToastTone = 'success' | 'warning' | 'error';

export interface RunFinished {
  run: RunSummary;
  /** e.g. "Phones: 8 found · 2 not found · 0 failed". */
  toast: string;
  tone: ToastTone;
  /** How long the run went on, so the shell can raise an OS notification for long runs. */
  durationMs: number;
  /** Why a stopped run stopped: 'all_keys_out', 'sheet_deleted' or 'error'; null otherwise. */
  stopCode: StopCode | null;
}

export type StopCode = 'all_keys_out' | 'sheet_deleted' | 'error';

// ── Settings ─────────────────────────────────────────────────────────────────────────────────────

export interface SettingsView {
  values: SettingValues;
  defaults: SettingValues;
  /** Settings an environment variable overrides in this session, with the value it imposes. */
  overriddenByEnvironment: { 'lusha.baseUrl'?: string };
}
