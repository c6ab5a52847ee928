// The SQL of a run. Every change of a row's state is written together with what caused it — the
// result, the lookup cache entry and the run's totals — in one transaction, so a crash can never
// leave a row found without its result, or a person paid for without a cache entry.
import type { Db } from '../db/database';
import type { ColumnMap, EnrichKind, EnrichState, RowPatch, RunState } from '@shared/domain';
import type { PersonData } from '../lusha/types';
import { toEnrichmentCell } from '../sheets/enrichmentText';
import { LookupCache } from './lookupCache';
import { currentOwner, ownerAlive } from './runOwner';

export interface SheetRow {
  id: number;
  cells: string[];
  /** The row's enrichment state for the kind; null when it was never enriched. */
  state: EnrichState | null;
}

export type FinalState = Exclude<EnrichState, 'pending' | 'in_flight'>;

/** One answer, applied to every row of the run that is the same person. */
export interface Outcome {
  rowIds: number[];
  identity: string | null;
  state: FinalState;
  person: PersonData | null;
  error: { code: string; message: string } | null;
  keyId: number | null;
  /** Whether Lusha charged for this person; booked on the first row only. */
  charged: boolean;
  /** A fresh answer from Lusha (not the cache): worth remembering. */
  fresh: boolean;
}

export interface RunRecord {
  id: number;
  sheet_id: number | null;
  kind: EnrichKind;
  rows_asked: number;
  state: RunState;
  found: number;
  not_found: number;
  failed: number;
  skipped: number;
  credits: number;
  calls: number;
  message: string | null;
  owner: string | null;
  started_at: number;
  ended_at: number | null;
}

export interface Interrupted {
  runId: number;
  /** Rows a request had left for when the process died: they may have been charged. */
  inFlight: number;
}

const TOTAL_COLUMN: Record<FinalState, 'found' | 'not_found' | 'failed' | 'skipped'> = {
  found: 'found',
  not_found: 'not_found',
  failed: 'failed',
  skipped: 'skipped',
};

const interruptedMessage = (inFlight: number) =>
  inFlight === 0
    ? 'EnrichDesk stopped during this run. Resume it to finish the remaining rows.'
    : `EnrichDesk stopped during this run with ${inFlight} ${inFlight === 1 ? 'row' : 'rows'} in flight (Lusha may have charged for them). Resume it to finish the remaining rows.`;

export class EnrichmentStore {
  private readonly cache: LookupCache;
  private readonly upsertFinal;
  private readonly claimRow;
  private readonly flightRow;
  private readonly releaseRow;

  constructor(
    private readonly db: Db,
    private readonly now: () => number = Date.now,
  ) {
    this.cache = new LookupCache(db);
    // Rows deleted with their sheet mid-run are passed over (EXISTS), not an error.
    this.upsertFinal = db.prepare(
      `INSERT INTO enrichments (row_id, kind, state, result, error_code, error_message, key_id, run_id, charged, attempts, updated_at)
       SELECT @rowId, @kind, @state, @result, @errorCode, @errorMessage, (SELECT id FROM keys WHERE id = @keyId), @runId, @charged, 0, @at
       WHERE EXISTS (SELECT 1 FROM rows WHERE id = @rowId)
       ON CONFLICT (row_id, kind) DO UPDATE SET state = excluded.state, result = excluded.result,
         error_code = excluded.error_code, error_message = excluded.error_message,
         key_id = coalesce(excluded.key_id, key_id), run_id = excluded.run_id, charged = excluded.charged, updated_at = excluded.updated_at`,
    );
    this.claimRow = db.prepare(
      `INSERT INTO enrichments (row_id, kind, state, run_id, updated_at) VALUES (?, ?, 'pending', ?, ?)
       ON CONFLICT (row_id, kind) DO UPDATE SET state = 'pending', run_id = excluded.run_id, error_code = NULL,
         error_message = NULL, updated_at = excluded.updated_at`,
    );
    // Only rows the run still holds: a row the user re-ran elsewhere meanwhile is not ours to touch.
    this.flightRow = db.prepare(
      `UPDATE enrichments SET state = 'in_flight', key_id = (SELECT id FROM keys WHERE id = ?), attempts = attempts + 1, updated_at = ?
       WHERE row_id = ? AND kind = ? AND run_id = ? AND state IN ('pending', 'in_flight')`,
    );
    this.releaseRow = db.prepare(
      `UPDATE enrichments SET state = 'pending', updated_at = ? WHERE row_id = ? AND kind = ? AND run_id = ? AND state = 'in_flight'`,
    );
  }

  sheetExists(sheetId: number): boolean {
    // A sheet being deleted is already 'importing' (hidden) while its rows go.
    return this.db.prepare(`SELECT 1 FROM sheets WHERE id = ? AND state = 'ready'`).get(sheetId) !== undefined;
  }

  columnMap(sheetId: number): ColumnMap {
    const row = this.db.prepare('SELECT column_map FROM sheets WHERE id = ?').get(sheetId) as { column_map: string } | undefined;
    return row ? (JSON.parse(row.column_map) as ColumnMap) : {};
  }

  /** Every row of the sheet in file order, with its state for the kind. */
  sheetRows(sheetId: number, kind: EnrichKind): SheetRow[] {
    return this.readRows(
      `SELECT r.id, r.cells, e.state FROM rows r LEFT JOIN enrichments e ON e.row_id = r.id AND e.kind = ?
       WHERE r.sheet_id = ? ORDER BY r.idx`,
      kind,
      sheetId,
    );
  }

  /** The rows a run still has to finish (pending, or in flight when it was interrupted). */
  unfinishedRows(runId: number, kind: EnrichKind): SheetRow[] {
    return this.readRows(
      `SELECT r.id, r.cells, e.state FROM enrichments e JOIN rows r ON r.id = e.row_id
       WHERE e.run_id = ? AND e.kind = ? AND e.state IN ('pending', 'in_flight') ORDER BY r.idx`,
      runId,
      kind,
    );
  }

  unfinishedCount(runId: number): number {
    return (
      this.db.prepare(`SELECT count(*) AS n FROM enrichments WHERE run_id = ? AND state IN ('pending', 'in_flight')`).get(runId) as {
        n: number;
      }
    ).n;
  }

  /** Creates the run and claims its rows as pending, so a resume after a crash knows them. */
  createRun(sheetId: number, kind: EnrichKind, rowIds: readonly number[]): number {
    return this.db.transaction(() => {
      const at = this.now();
      const { lastInsertRowid } = this.db
        .prepare(`INSERT INTO runs (sheet_id, kind, rows_asked, state, owner, started_at) VALUES (?, ?, ?, 'running', ?, ?)`)
        .run(sheetId, kind, rowIds.length, currentOwner(), at);
      const runId = Number(lastInsertRowid);
      for (const rowId of rowIds) this.claimRow.run(rowId, kind, runId, at);
      return runId;
    })();
  }

  run(runId: number): RunRecord | undefined {
    return this.db.prepare('SELECT * FROM runs WHERE id = ?').get(runId) as RunRecord | undefined;
  }

  activeRuns(): RunRecord[] {
    return this.db.prepare(`SELECT * FROM runs WHERE state IN ('running', 'paused') ORDER BY id`).all() as RunRecord[];
  }

  setState(runId: number, state: RunState, message: string | null = null): void {
    const ended = state === 'running' || state === 'paused' || state === 'interrupted' ? null : this.now();
    // Whoever sets a run going owns it from then on (a resume in another process takes it over).
    const owner = state === 'running' ? currentOwner() : null;
    this.db
      .prepare('UPDATE runs SET state = ?, message = ?, ended_at = ?, owner = coalesce(?, owner) WHERE id = ?')
      .run(state, message, ended, owner, runId);
  }

  /** Right before a request leaves: its rows are in flight on that key, and the call is counted. */
  markInFlight(runId: number, kind: EnrichKind, rowIds: readonly number[], keyId: number): void {
    this.db.transaction(() => {
      const at = this.now();
      for (const rowId of rowIds) this.flightRow.run(keyId, at, rowId, kind, runId);
      this.db.prepare('UPDATE runs SET calls = calls + 1 WHERE id = ?').run(runId);
    })();
  }

  /** Rows whose request was cancelled or never answered go back to pending. */
  release(runId: number, kind: EnrichKind, rowIds: readonly number[]): void {
    this.db.transaction(() => {
      const at = this.now();
      for (const rowId of rowIds) this.releaseRow.run(at, rowId, kind, runId);
    })();
  }

  /** Writes outcomes, their cache entries and the run's totals at once; returns the grid patches. */
  record(runId: number, kind: EnrichKind, outcomes: readonly Outcome[], credits: number): RowPatch[] {
    return this.db.transaction(() => {
      const at = this.now();
      const patches: RowPatch[] = [];
      const totals: Record<string, number> = { found: 0, not_found: 0, failed: 0, skipped: 0 };
      for (const o of outcomes) {
        const result = o.person ? JSON.stringify(o.person) : null;
        const error = o.error?.message ?? null;
        const cell = toEnrichmentCell(kind, { state: o.state, result, error });
        o.rowIds.forEach((rowId, i) => {
          const written = this.upsertFinal.run({
            rowId,
            kind,
            state: o.state,
            result,
            errorCode: o.error?.code ?? null,
            errorMessage: error,
            keyId: o.keyId,
            runId,
            charged: o.charged && i === 0 ? 1 : 0,
            at,
          }).changes;
          if (written === 0) return;
          totals[TOTAL_COLUMN[o.state]] += 1;
          if (cell) patches.push({ rowId, kind, cell });
        });
        if (o.fresh && o.identity && (o.state === 'found' || o.state === 'not_found')) {
          this.cache.put(o.identity, kind, { outcome: o.state, result: o.person }, at);
        }
      }
      this.db
        .prepare(
          'UPDATE runs SET found = found + ?, not_found = not_found + ?, failed = failed + ?, skipped = skipped + ?, credits = credits + ? WHERE id = ?',
        )
        .run(totals.found, totals.not_found, totals.failed, totals.skipped, credits, runId);
      return patches;
    })();
  }

  /** At start-up: runs a dead process left going become interrupted, their in-flight rows pending. */
  recoverInterrupted(): Interrupted[] {
    return this.db.transaction(() => {
      const at = this.now();
      const orphaned = this.activeRuns().filter((run) => !ownerAlive(run.owner));
      return orphaned.map(({ id }) => {
        const inFlight = this.db
          .prepare(`UPDATE enrichments SET state = 'pending', updated_at = ? WHERE run_id = ? AND state = 'in_flight'`)
          .run(at, id).changes;
        this.setState(id, 'interrupted', interruptedMessage(inFlight));
        return { runId: id, inFlight };
      });
    })();
  }

  lookupCache(): LookupCache {
    return this.cache;
  }

  private readRows(sql: string, ...params: unknown[]): SheetRow[] {
    const rows = this.db.prepare(sql).all(...params) as { id: number; cells: string; state: EnrichState | null }[];
    return rows.map((r) => ({ id: r.id, cells: JSON.parse(r.cells) as string[], state: r.state }));
  }
}
