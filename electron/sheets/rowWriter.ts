// Writes an import's row batches on a worker thread with its own connection to the profile file
// (WAL lets it write beside the main connection): the main thread parses the next batches while the
// worker commits the last ones, so an import takes about max(parse, write) rather than their sum, and
// the WAL checkpoints its commits trigger stall the worker, not the app's event loop.
import { Worker } from 'node:worker_threads';
import { AppError } from '../app/errors';
import { INSERT_ROWS_SQL } from './sheetStore';

/** The profile's SQLite file and, in the Electron app, the better-sqlite3 binary built for Electron. */
export interface RowDatabase {
  file: string;
  nativeBinding?: string;
}

/**
 * Batches sent but not yet committed before write() waits: enough that the worker always has the
 * next batch ready, few enough that a slow disk cannot pile parsed rows up in memory.
 */
export const MAX_QUEUED_BATCHES = 3;

// The Electron bundle defines import.meta.url as main.cjs's own URL; build-electron.mjs copies the worker beside it.
const WORKER_URL = new URL('./rowWriter.worker.cjs', import.meta.url);

type WorkerReply = { written: true } | { failed: string };

export class RowWriter {
  private readonly worker: Worker;
  private readonly exited: Promise<void>;
  private queued = 0;
  private closing = false;
  private failure: AppError | null = null;
  /** Wakes a write() or finish() waiting for an acknowledgement, a failure or the thread's end. */
  private wake: () => void = () => {};

  constructor(
    database: RowDatabase,
    private readonly fileName: string,
  ) {
    this.worker = new Worker(WORKER_URL, { workerData: { ...database, insertSql: INSERT_ROWS_SQL } });
    this.worker.on('message', (reply: WorkerReply) => {
      if ('failed' in reply) this.fail(reply.failed);
      else this.queued--;
      this.wake();
    });
    // A worker that cannot start (the file or the binary cannot be opened) reports here, then exits.
    this.worker.on('error', (error) => this.fail(error.message));
    this.exited = new Promise((resolve) => {
      this.worker.once('exit', () => {
        if (!this.closing) this.fail('the writer stopped unexpectedly');
        resolve();
        this.wake();
      });
    });
  }

  /** Sends rows firstIdx, firstIdx + 1, … to be committed as one transaction; resolves once there is room for another batch. */
  async write(sheetId: number, firstIdx: number, rows: readonly (readonly string[])[]): Promise<void> {
    this.throwIfFailed();
    // One JSON text per batch: cheaper to send than the arrays, and what the insert reads anyway.
    this.worker.postMessage({ sheetId, firstIdx, rowsJson: JSON.stringify(rows) });
    this.queued++;
    while (this.queued >= MAX_QUEUED_BATCHES && this.failure === null) await this.nextEvent();
    this.throwIfFailed();
  }

  /** Waits for every batch sent to be committed, then ends the thread; throws the first write failure. */
  async finish(): Promise<void> {
    await this.stop();
    this.throwIfFailed();
  }

  /** Ends the thread once it has handled what was sent (a few batches at most); never throws. */
  async stop(): Promise<void> {
    this.closing = true;
    this.worker.postMessage('close');
    await this.exited;
  }

  private nextEvent(): Promise<void> {
    return new Promise((resolve) => (this.wake = resolve));
  }

  private fail(reason: string): void {
    this.failure ??= new AppError('import_write_failed', `Could not save "${this.fileName}" in EnrichDesk's database: ${reason}.`);
  }

  private throwIfFailed(): void {
    if (this.failure) throw this.failure;
  }
}
