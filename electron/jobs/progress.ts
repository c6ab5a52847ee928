// Keeps a run's events within what the renderer can use: at most one flush per interval, with every
// row change since the last flush in it, and a rate measured over the last seconds of asking.

/** Calls `flush` at most once per interval; a poke inside the interval schedules one at its end. */
export class Throttle {
  private last = -Infinity;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly intervalMs: number,
    private readonly flush: () => void,
    private readonly now: () => number = Date.now,
  ) {}

  poke(): void {
    if (this.timer) return;
    const wait = this.last + this.intervalMs - this.now();
    if (wait <= 0) this.fire();
    else this.timer = setTimeout(() => this.fire(), wait);
  }

  /** Flushes at once, e.g. for the final state. */
  flushNow(): void {
    this.fire();
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private fire(): void {
    this.stop();
    this.last = this.now();
    this.flush();
  }
}

/** Rows per second over a sliding window, so a pause or a cache burst fades out of the figure. */
export class RateMeter {
  private samples: { at: number; rows: number }[] = [];
  private since: number;

  constructor(
    private readonly windowMs = 10_000,
    private readonly now: () => number = Date.now,
  ) {
    this.since = now();
  }

  /** Starts measuring again, e.g. on resume, so the pause does not count as slow asking. */
  restart(): void {
    this.samples = [];
    this.since = this.now();
  }

  add(rows: number): void {
    this.samples.push({ at: this.now(), rows });
  }

  rate(): number {
    const now = this.now();
    this.samples = this.samples.filter((s) => s.at > now - this.windowMs);
    const span = Math.min(this.windowMs, now - this.since);
    if (span <= 0) return 0;
    return (this.samples.reduce((sum, s) => sum + s.rows, 0) * 1000) / span;
  }
}
