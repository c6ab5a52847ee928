// Past and present runs as the renderer and the CLI read them: one summary per run, and a detail view
// with the keys that answered and what happened to keys while the run went on.
import type { Db } from '../db/database';
import type { KeyEvent, RunDetail, RunKeyUse, RunSummary } from '@shared/domain';
import { isoTime as iso } from '../db/isoTime';
import { toKeyEvent, type EventRow } from '../keys/keyRows';
import type { RunRecord } from './enrichmentStore';

interface SummaryRecord extends RunRecord {
  sheet_name: string | null;
  pending: number;
}

const SUMMARY_SQL = `
  SELECT runs.*, sheets.name AS sheet_name,
    (SELECT count(*) FROM enrichments e WHERE e.run_id = runs.id AND e.state IN ('pending', 'in_flight')) AS pending
  FROM runs LEFT JOIN sheets ON sheets.id = runs.sheet_id`;

function toSummary(r: SummaryRecord): RunSummary {
  return {
    id: r.id,
    sheetId: r.sheet_id,
    sheetName: r.sheet_name,
    kind: r.kind,
    state: r.state,
    rowsAsked: r.rows_asked,
    pending: r.pending,
    found: r.found,
    notFound: r.not_found,
    failed: r.failed,
    skipped: r.skipped,
    credits: r.credits,
    calls: r.calls,
    message: r.message,
    startedAt: iso(r.started_at),
    endedAt: iso(r.ended_at),
  };
}

export class RunHistory {
  constructor(
    private readonly db: Db,
    private readonly now: () => number = Date.now,
  ) {}

  summary(runId: number): RunSummary | undefined {
    const row = this.db.prepare(`${SUMMARY_SQL} WHERE runs.id = ?`).get(runId) as SummaryRecord | undefined;
    return row && toSummary(row);
  }

  /** Newest first; one sheet's runs, or every run. */
  list(sheetId?: number): RunSummary[] {
    const rows = (
      sheetId === undefined
        ? this.db.prepare(`${SUMMARY_SQL} ORDER BY runs.id DESC`).all()
        : this.db.prepare(`${SUMMARY_SQL} WHERE runs.sheet_id = ? ORDER BY runs.id DESC`).all(sheetId)
    ) as SummaryRecord[];
    return rows.map(toSummary);
  }

  interrupted(): RunSummary[] {
    return (this.db.prepare(`${SUMMARY_SQL} WHERE runs.state = 'interrupted' ORDER BY runs.id DESC`).all() as SummaryRecord[]).map(
      toSummary,
    );
  }

  detail(runId: number): RunDetail | undefined {
    const summary = this.summary(runId);
    if (!summary) return undefined;
    const run = this.db.prepare('SELECT started_at, ended_at FROM runs WHERE id = ?').get(runId) as Pick<
      RunRecord,
      'started_at' | 'ended_at'
    >;
    return {
      ...summary,
      durationSec: run.ended_at === null ? null : (run.ended_at - run.started_at) / 1000,
      keysUsed: this.keysUsed(runId),
      keyEvents: this.keyEvents(runId, run.started_at, run.ended_at ?? this.now()),
    };
  }

  private keysUsed(runId: number): RunKeyUse[] {
    const rows = this.db
      .prepare(
        `SELECT k.id, k.last4, k.label, k.account, count(*) AS n FROM enrichments e JOIN keys k ON k.id = e.key_id
         WHERE e.run_id = ? GROUP BY k.id ORDER BY n DESC, k.id`,
      )
      .all(runId) as { id: number; last4: string; label: string; account: string; n: number }[];
    return rows.map((r) => ({ keyId: r.id, mask: `…${r.last4}`, label: r.label, account: r.account, rows: r.n }));
  }

  /** Events the engine tagged with the run, and any other key event while it went on. */
  private keyEvents(runId: number, from: number, to: number): KeyEvent[] {
    const rows = this.db
      .prepare('SELECT * FROM key_events WHERE run_id = ? OR (at BETWEEN ? AND ?) ORDER BY at, id')
      .all(runId, from, to) as EventRow[];
    return rows.map(toKeyEvent);
  }
}
