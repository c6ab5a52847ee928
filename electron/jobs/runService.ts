// The `runs` domain: estimate, start, pause, resume, cancel and the history, for the app and the CLI
// alike. Runs go on in the background; their events reach the renderer through `emit`.
import { AppError } from '../app/errors';
import type { Emit } from '../app/host';
import type { Logger } from '../app/logger';
import type { Db } from '../db/database';
import type { EnrichKind, RunDetail, RunEstimate, RunFinished, RunSummary } from '@shared/domain';
import { EnrichmentStore, type Interrupted, type SheetRow } from './enrichmentStore';
import { estimateRun } from './estimate';
import type { EnrichGateway } from './gateway';
import { cacheLookup, DAY_MS, planRows, selectRows, type Plan, type Selection } from './plan';
import { RunHistory } from './runHistory';
import { readSetting } from '../settings/settingsStore';
import { RunExecution, type RunIdentity } from './runner';
import { finishedReport } from './toast';

export interface RunRequest extends Selection {
  sheetId: number;
  kind: EnrichKind;
}

export interface RunServiceDeps {
  db: Db;
  gateway: EnrichGateway;
  emit: Emit;
  logger: Logger;
  now?: () => number;
  /** Throws a plain AppError when the keys a run needs cannot be used now (a locked vault). */
  keysReady?: () => void;
}

const KIND_NOUN: Record<EnrichKind, string> = { phones: 'phone', emails: 'email' };

/** Runs that can go on where they left off: their rows are still pending under the run's id. */
const RESUMABLE = new Set(['paused', 'interrupted', 'stopped']);

export const CLOSED_MESSAGE = 'EnrichDesk was closed during this run. Resume it to finish the remaining rows.';

export class RunService {
  private readonly live = new Map<number, RunExecution>();
  private readonly store: EnrichmentStore;
  private readonly history: RunHistory;
  private readonly now: () => number;

  constructor(private readonly deps: RunServiceDeps) {
    this.now = deps.now ?? Date.now;
    this.store = new EnrichmentStore(deps.db, this.now);
    this.history = new RunHistory(deps.db, this.now);
  }

  estimate(request: RunRequest): RunEstimate {
    this.requireSheet(request.sheetId);
    this.deps.keysReady?.();
    const { plan, alreadyFound } = this.prepare(request);
    return estimateRun({ ...request, plan, alreadyFound, accounts: this.deps.gateway.accounts(request.kind) });
  }

  start(request: RunRequest): RunSummary {
    const { sheetId, kind } = request;
    this.requireSheet(sheetId);
    this.requireIdle(sheetId, kind);
    this.deps.keysReady?.();
    const { plan, alreadyFound } = this.prepare(request);
    if (plan.rowIds.length === 0) {
      throw new AppError('nothing_to_run', alreadyFound > 0 ? 'Every selected row is found already.' : 'No rows match the selection.');
    }
    const runId = this.store.createRun(sheetId, kind, plan.rowIds);
    this.launch({ id: runId, sheetId, kind }, plan);
    return this.summary(runId);
  }

  pause(runId: number): RunSummary {
    this.liveRun(runId).pause();
    return this.summary(runId);
  }

  /** Resumes a paused run, or one a crash, a closed app or spent keys left with pending rows. */
  resume(runId: number): RunSummary {
    const running = this.live.get(runId);
    if (running) {
      running.resume();
      return this.summary(runId);
    }
    const run = this.requireRun(runId);
    if (!RESUMABLE.has(run.state)) throw new AppError('not_resumable', `This run is ${run.state}; start a new run instead.`);
    if (run.sheet_id === null) throw new AppError('sheet_not_found', 'The sheet of this run was deleted.');
    this.deps.keysReady?.();
    this.requireIdle(run.sheet_id, run.kind);
    const plan = this.planOf(run.sheet_id, run.kind, this.store.unfinishedRows(runId, run.kind), false);
    this.store.setState(runId, 'running');
    this.launch({ id: runId, sheetId: run.sheet_id, kind: run.kind }, plan);
    return this.summary(runId);
  }

  cancel(runId: number): RunSummary {
    const running = this.live.get(runId);
    if (running) running.cancel();
    else if (RESUMABLE.has(this.requireRun(runId).state)) this.store.setState(runId, 'cancelled');
    return this.summary(runId);
  }

  /** Resolves when the run ends (done, stopped, cancelled or interrupted), at once if it has. */
  finished(runId: number): Promise<RunFinished> {
    const running = this.live.get(runId);
    if (running) return running.finished;
    const run = this.summary(runId);
    const durationMs = run.endedAt === null ? 0 : Date.parse(run.endedAt) - Date.parse(run.startedAt);
    return Promise.resolve(finishedReport(run, durationMs));
  }

  list(sheetId?: number): RunSummary[] {
    return this.history.list(sheetId);
  }

  get(runId: number): RunDetail {
    const detail = this.history.detail(runId);
    if (!detail) throw new AppError('run_not_found', 'That run no longer exists.');
    return detail;
  }

  /** Runs a crash or a closed app left behind, for the start-up offer to resume them. */
  interrupted(): RunSummary[] {
    return this.history.interrupted();
  }

  /** At start-up, before any run starts: runs a dead process left going become interrupted. */
  recoverInterrupted(): Interrupted[] {
    const interrupted = this.store.recoverInterrupted();
    for (const { runId, inFlight } of interrupted) this.deps.logger.warn(`run ${runId} was interrupted with ${inFlight} rows in flight`);
    return interrupted;
  }

  /**
   * Lookups older than the cache's lifetime can never be served again; dropping them keeps people's
   * phones and emails from piling up on disk long after they stopped being useful.
   */
  pruneExpiredLookups(): number {
    const ttlDays = readSetting(this.deps.db, 'jobs.cacheTtlDays');
    return this.store.lookupCache().prune(this.now() - ttlDays * DAY_MS);
  }

  /** The app is closing: requests in flight are aborted and their runs left to resume. */
  shutdown(): void {
    for (const run of this.live.values()) run.interrupt(CLOSED_MESSAGE);
  }

  private launch(run: RunIdentity, plan: Plan): void {
    const execution = new RunExecution(
      {
        store: this.store,
        history: this.history,
        gateway: this.deps.gateway,
        emit: this.deps.emit,
        logger: this.deps.logger,
        now: this.now,
      },
      run,
      plan,
      readSetting(this.deps.db, 'jobs.concurrency'),
    );
    this.live.set(run.id, execution);
    void execution.finished.then(() => this.live.delete(run.id));
    execution.start();
  }

  private prepare(request: RunRequest): { plan: Plan; alreadyFound: number } {
    const { selected, alreadyFound } = selectRows(this.store.sheetRows(request.sheetId, request.kind), request);
    const refreshMisses = request.onlyStates?.includes('not_found') ?? false;
    return { plan: this.planOf(request.sheetId, request.kind, selected, refreshMisses), alreadyFound };
  }

  private planOf(sheetId: number, kind: EnrichKind, rows: SheetRow[], refreshMisses: boolean): Plan {
    const ttlDays = readSetting(this.deps.db, 'jobs.cacheTtlDays');
    const lookup = cacheLookup(this.store.lookupCache(), kind, ttlDays, this.now(), refreshMisses);
    return planRows(rows, this.store.columnMap(sheetId), lookup);
  }

  private summary(runId: number): RunSummary {
    const summary = this.history.summary(runId);
    if (!summary) throw new AppError('run_not_found', 'That run no longer exists.');
    return summary;
  }

  private requireRun(runId: number) {
    const run = this.store.run(runId);
    if (!run) throw new AppError('run_not_found', 'That run no longer exists.');
    return run;
  }

  private liveRun(runId: number): RunExecution {
    const run = this.live.get(runId);
    if (!run) throw new AppError('run_not_active', 'That run is not going on any more.');
    return run;
  }

  private requireSheet(sheetId: number): void {
    if (!this.store.sheetExists(sheetId)) throw new AppError('sheet_not_found', 'That sheet no longer exists.');
  }

  private requireIdle(sheetId: number, kind: EnrichKind): void {
    for (const run of this.live.values()) {
      if (run.run.sheetId === sheetId && run.run.kind === kind) {
        throw new AppError('run_active', `A ${KIND_NOUN[kind]} run is already going on this sheet; pause or cancel it first.`);
      }
    }
  }
}
