// Carries out one run's plan: serves what needs no call, then sends the remaining people in bulk
// requests of up to 100, several at once, and writes each answer as it comes. Pause stops new
// requests and lets those in flight finish; cancel aborts them and puts their rows back to pending;
// when every key is out the run stops and its rows stay pending for a later resume.
import { isAppError } from '../app/errors';
import type { Logger } from '../app/logger';
import type { Emit } from '../app/host';
import type { EnrichKind, EnrichmentCell, RowPatch, RunFinished, RunState, StopCode } from '@shared/domain';
import { MAX_BULK_CONTACTS } from '../lusha/client';
import type { ContactRequest, ContactResult } from '../lusha/types';
import type { EnrichmentStore, Outcome } from './enrichmentStore';
import { isAllKeysOut, type BatchOutcome, type EnrichGateway } from './gateway';
import type { IdentityGroup, Plan } from './plan';
import { RateMeter, Throttle } from './progress';
import type { RunHistory } from './runHistory';
import { finishedReport } from './toast';

const EVENT_INTERVAL_MS = 100;

export const SHEET_DELETED = 'The sheet was deleted while its run was going; the run stopped.';
const UNEXPECTED = 'The run stopped after an unexpected error; the remaining rows are pending. Details are in the log.';

export interface RunnerDeps {
  store: EnrichmentStore;
  history: RunHistory;
  gateway: EnrichGateway;
  emit: Emit;
  logger: Logger;
  now: () => number;
}

export interface RunIdentity {
  id: number;
  sheetId: number;
  kind: EnrichKind;
}

interface Batch {
  groups: IdentityGroup[];
  rowIds: number[];
  controller: AbortController;
  keyId: number | null;
}

type Mode = 'running' | 'paused' | 'ending';

interface Ending {
  state: Exclude<RunState, 'running' | 'paused'>;
  message: string | null;
  stopCode: StopCode | null;
}

const stateCell = (state: 'pending' | 'in_flight'): EnrichmentCell => ({ state, values: [], error: null });

function batchesOf(groups: readonly IdentityGroup[]): IdentityGroup[][] {
  const out: IdentityGroup[][] = [];
  for (let i = 0; i < groups.length; i += MAX_BULK_CONTACTS) out.push(groups.slice(i, i + MAX_BULK_CONTACTS));
  return out;
}

/** An outcome for rows; unless said otherwise: no data, no error, no key, not charged, not fresh. */
const outcome = (rowIds: number[], identity: string | null, fields: Pick<Outcome, 'state'> & Partial<Outcome>): Outcome => ({
  rowIds,
  identity,
  person: null,
  error: null,
  keyId: null,
  charged: false,
  fresh: false,
  ...fields,
});

const NO_ANSWER = { code: 'no_answer', message: 'Lusha returned no answer for this contact' };

/** The answer for one person, as the outcome of every row that is them. */
function outcomeOf(group: IdentityGroup, result: ContactResult | undefined, keyId: number): Outcome {
  const rows = (fields: Pick<Outcome, 'state'> & Partial<Outcome>) => outcome(group.rowIds, group.identity, { keyId, ...fields });
  if (!result) return rows({ state: 'failed', error: NO_ANSWER });
  if (result.outcome === 'found') return rows({ state: 'found', person: result.data, charged: result.charged, fresh: true });
  if (result.outcome === 'not_found') return rows({ state: 'not_found', fresh: true });
  return rows({ state: 'failed', error: { code: result.code, message: result.message } });
}

export class RunExecution {
  readonly finished: Promise<RunFinished>;
  private resolveFinished!: (f: RunFinished) => void;
  private mode: Mode = 'running';
  private ending: Ending | null = null;
  private readonly queue: IdentityGroup[][];
  private readonly active = new Set<Batch>();
  private readonly rowPatches: RowPatch[] = [];
  private readonly rate: RateMeter;
  private readonly events: Throttle;
  private readonly startedAt: number;
  private waitingUntil: number | null = null;
  private closed = false;

  constructor(
    private readonly deps: RunnerDeps,
    readonly run: RunIdentity,
    private readonly plan: Plan,
    private readonly concurrency: number,
  ) {
    this.finished = new Promise((resolve) => (this.resolveFinished = resolve));
    this.queue = batchesOf(plan.toAsk);
    this.rate = new RateMeter(10_000, deps.now);
    this.events = new Throttle(EVENT_INTERVAL_MS, () => this.flushEvents(), deps.now);
    this.startedAt = deps.now();
  }

  /** Writes what needs no call (skipped rows, cache hits), then starts asking. */
  start(): void {
    const { plan } = this;
    this.patch(plan.rowIds.map((rowId) => ({ rowId, kind: this.run.kind, cell: stateCell('pending') })));
    const skipped = plan.skipped.map(({ rowId, reason }) =>
      outcome([rowId], null, { state: 'skipped', error: { code: 'no_identifier', message: reason } }),
    );
    const cached = plan.cached.map(({ group, hit }) => outcome(group.rowIds, group.identity, { state: hit.outcome, person: hit.result }));
    // Not through record(): answers that cost no call must not count towards the asking rate.
    this.patch(this.deps.store.record(this.run.id, this.run.kind, [...skipped, ...cached], 0));
    this.pump();
  }

  pause(): void {
    if (this.mode !== 'running') return;
    this.mode = 'paused';
    this.deps.store.setState(this.run.id, 'paused');
    this.events.poke();
  }

  resume(): void {
    if (this.mode !== 'paused') return;
    this.mode = 'running';
    this.deps.store.setState(this.run.id, 'running');
    this.rate.restart();
    this.pump();
  }

  cancel(): void {
    this.end({ state: 'cancelled', message: null, stopCode: null }, true);
  }

  /**
   * The app is closing: synchronously, because the database closes right after. Requests are aborted,
   * their rows put back to pending, and anything that still arrives is ignored: the next start offers
   * to resume the run.
   */
  interrupt(message: string): void {
    if (this.closed) return;
    for (const batch of this.active) {
      batch.controller.abort();
      this.deps.store.release(this.run.id, this.run.kind, batch.rowIds);
    }
    this.end({ state: 'interrupted', message, stopCode: null }, false);
    this.finish();
  }

  get state(): RunState {
    return this.mode === 'ending' ? (this.ending?.state ?? 'running') : this.mode;
  }

  private pump(): void {
    if (this.closed) return;
    if (this.mode === 'running' && !this.deps.store.sheetExists(this.run.sheetId)) {
      this.end({ state: 'stopped', message: SHEET_DELETED, stopCode: 'sheet_deleted' }, true);
    }
    while (this.mode === 'running' && this.active.size < this.concurrency && this.queue.length > 0) {
      void this.send(this.queue.shift() as IdentityGroup[]);
    }
    if (this.active.size === 0) this.settle();
  }

  private async send(groups: IdentityGroup[]): Promise<void> {
    const batch: Batch = { groups, rowIds: groups.flatMap((g) => g.rowIds), controller: new AbortController(), keyId: null };
    const contacts: ContactRequest[] = groups.map((g, i) => ({ ref: String(i + 1), query: g.query }));
    this.active.add(batch);
    try {
      const answer = await this.deps.gateway.enrichBatch(this.run.kind, contacts, {
        signal: batch.controller.signal,
        runId: this.run.id,
        onDispatch: (keyId) => this.dispatched(batch, keyId),
        onWaiting: (until) => {
          // While it waits for a key the batch is on none.
          if (until !== null) batch.keyId = null;
          this.waitingUntil = until;
          this.events.poke();
        },
      });
      this.answered(batch, answer);
    } catch (error) {
      this.unanswered(batch, error);
    } finally {
      this.active.delete(batch);
      // The key is no longer working on this batch: tell the renderer even if nothing else changes.
      if (!this.closed) this.events.poke();
      this.pump();
    }
  }

  private dispatched(batch: Batch, keyId: number): void {
    if (this.closed) return;
    batch.keyId = keyId;
    this.waitingUntil = null;
    this.deps.store.markInFlight(this.run.id, this.run.kind, batch.rowIds, keyId);
    this.patch(batch.rowIds.map((rowId) => ({ rowId, kind: this.run.kind, cell: stateCell('in_flight') })));
  }

  private answered(batch: Batch, answer: BatchOutcome): void {
    if (this.closed) return;
    // An answer that arrived is kept even after a cancel: it may have been paid for.
    if (answer.ok) {
      const byRef = new Map(answer.results.map((r) => [r.ref, r]));
      const outcomes = batch.groups.map((g, i) => outcomeOf(g, byRef.get(String(i + 1)), answer.keyId));
      this.record(outcomes, answer.creditsCharged);
      return;
    }
    if (batch.controller.signal.aborted) {
      this.release(batch);
      return;
    }
    const outcomes = batch.groups.map((g) =>
      outcome(g.rowIds, g.identity, { state: answer.rowOutcome, error: answer.error, keyId: batch.keyId }),
    );
    this.record(outcomes, 0);
  }

  private unanswered(batch: Batch, error: unknown): void {
    if (this.closed) return;
    this.release(batch);
    if (isAllKeysOut(error)) this.end({ state: 'stopped', message: error.message, stopCode: 'all_keys_out' }, false);
    else if (isAppError(error)) {
      // Written for the user (e.g. the vault was locked meanwhile): say it instead of "unexpected".
      this.deps.logger.warn(`run ${this.run.id} stopped: ${error.message}`);
      this.end({ state: 'stopped', message: `${error.message} The remaining rows are pending.`, stopCode: 'error' }, true);
    } else if (!batch.controller.signal.aborted) {
      this.deps.logger.error(`run ${this.run.id}: a bulk request failed unexpectedly`, error);
      this.end({ state: 'stopped', message: UNEXPECTED, stopCode: 'error' }, true);
    }
  }

  private release(batch: Batch): void {
    this.deps.store.release(this.run.id, this.run.kind, batch.rowIds);
    this.patch(batch.rowIds.map((rowId) => ({ rowId, kind: this.run.kind, cell: stateCell('pending') })));
  }

  private record(outcomes: Outcome[], credits: number): void {
    const patches = this.deps.store.record(this.run.id, this.run.kind, outcomes, credits);
    this.rate.add(patches.length);
    this.patch(patches);
  }

  private patch(patches: readonly RowPatch[]): void {
    this.rowPatches.push(...patches);
    this.events.poke();
  }

  /** The first reason to end wins; `abort` also cancels what is in flight. */
  private end(ending: Ending, abort: boolean): void {
    if (this.mode === 'ending') return;
    this.mode = 'ending';
    this.ending = ending;
    if (abort) for (const batch of this.active) batch.controller.abort();
    if (this.active.size === 0) this.settle();
  }

  /** Nothing in flight: the run is paused, or it is over. */
  private settle(): void {
    if (this.mode === 'paused' || (this.mode === 'running' && this.queue.length > 0)) return;
    this.mode = 'ending';
    this.ending ??= { state: 'done', message: null, stopCode: null };
    this.finish();
  }

  private finish(): void {
    if (this.closed || !this.ending) return;
    this.closed = true;
    const { state, message, stopCode } = this.ending;
    this.deps.store.setState(this.run.id, state, message);
    this.events.stop();
    this.flushEvents();
    const run = this.deps.history.summary(this.run.id);
    if (!run) return;
    const finished = finishedReport(run, this.deps.now() - this.startedAt, stopCode);
    this.deps.emit('runs.finished', finished);
    this.resolveFinished(finished);
  }

  private flushEvents(): void {
    if (this.rowPatches.length > 0) {
      this.deps.emit('runs.rowsUpdated', { runId: this.run.id, sheetId: this.run.sheetId, rows: this.rowPatches.splice(0) });
    }
    const r = this.deps.store.run(this.run.id);
    if (!r) return;
    const done = r.found + r.not_found + r.failed + r.skipped;
    const rate = this.rate.rate();
    const now = this.deps.now();
    const waiting = this.waitingUntil !== null && this.waitingUntil > now ? this.waitingUntil : null;
    this.deps.emit('runs.progress', {
      runId: r.id,
      sheetId: this.run.sheetId,
      kind: r.kind,
      state: this.state,
      total: r.rows_asked,
      done,
      found: r.found,
      notFound: r.not_found,
      failed: r.failed,
      skipped: r.skipped,
      rate,
      etaSec: rate > 0 ? Math.ceil((r.rows_asked - done) / rate) : null,
      keysWorking: [...new Set([...this.active].flatMap((b) => (b.keyId === null ? [] : [b.keyId])))],
      waitingUntil: waiting === null ? null : new Date(waiting).toISOString(),
      waitingEtaSec: waiting === null ? null : Math.ceil((waiting - now) / 1000),
    });
  }
}
