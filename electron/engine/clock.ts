// Time as a dependency: the engine only reads time and waits through a Clock, so tests can drive
// cooldowns, backoff and sweeps by hand instead of sleeping.

export interface Clock {
  /** ms since the epoch */
  now(): number;
  /** Resolves after ms; rejects with the signal's reason if it aborts first. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  /** Calls fn every ms until the returned function is called. */
  every(ms: number, fn: () => void): () => void;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const onAbort = () => {
        clearTimeout(timer);
        reject(signal?.reason);
      };
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      signal?.addEventListener('abort', onAbort, { once: true });
    }),
  every: (ms, fn) => {
    const timer = setInterval(fn, ms);
    // A background sweep must never keep the process (CLI, tests) alive on its own.
    timer.unref();
    return () => clearInterval(timer);
  },
};

interface Timer {
  at: number;
  seq: number;
  fire: () => void;
  /** Intervals re-arm themselves; sleeps fire once. */
  period: number | null;
}

/** Lets queued callbacks, promise chains and finished I/O run before time moves again. */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A clock that moves only when a test says so. */
export class ManualClock implements Clock {
  private t: number;
  private seq = 0;
  private readonly timers = new Set<Timer>();

  constructor(start = Date.UTC(2025, 0, 1)) {
    this.t = start;
  }

  now(): number {
    return this.t;
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const onAbort = () => {
        this.timers.delete(timer);
        reject(signal?.reason);
      };
      const timer: Timer = {
        at: this.t + Math.max(0, ms),
        seq: this.seq++,
        period: null,
        fire: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
      };
      this.timers.add(timer);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  every(ms: number, fn: () => void): () => void {
    const timer: Timer = { at: this.t + ms, seq: this.seq++, period: ms, fire: fn };
    this.timers.add(timer);
    return () => this.timers.delete(timer);
  }

  /** Moves time forward by ms, firing every timer that falls due on the way, in order. */
  async advance(ms: number): Promise<void> {
    await this.advanceTo(this.t + ms);
  }

  async advanceTo(target: number): Promise<void> {
    for (let next = this.earliest(); next && next.at <= target; next = this.earliest()) {
      this.t = Math.max(this.t, next.at);
      this.fire(next);
      await turn();
    }
    this.t = Math.max(this.t, target);
    await turn();
  }

  /**
   * Drives time until p settles: whenever nothing is busy (busy() lets a test report real I/O in
   * flight), jumps straight to the earliest pending sleep.
   */
  async settle<T>(p: Promise<T>, busy: () => boolean = () => false): Promise<T> {
    let done = false;
    p.then(
      () => (done = true),
      () => (done = true),
    );
    while (!done) {
      await turn();
      if (done || busy()) continue;
      const next = this.earliestSleep();
      if (next) await this.advanceTo(next.at);
    }
    return p;
  }

  private fire(timer: Timer): void {
    if (timer.period === null) this.timers.delete(timer);
    else timer.at += timer.period;
    timer.fire();
  }

  private earliest(): Timer | undefined {
    return this.pick(() => true);
  }

  private earliestSleep(): Timer | undefined {
    return this.pick((timer) => timer.period === null);
  }

  private pick(accept: (timer: Timer) => boolean): Timer | undefined {
    let best: Timer | undefined;
    for (const timer of this.timers) {
      if (!accept(timer)) continue;
      if (!best || timer.at < best.at || (timer.at === best.at && timer.seq < best.seq)) best = timer;
    }
    return best;
  }
}
