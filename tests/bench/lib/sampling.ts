// Measures what a user would feel while something runs: the process's peak resident memory and the
// event loop's delay (the main process's loop is the app's responsiveness).
import { monitorEventLoopDelay } from 'node:perf_hooks';

export interface Sampled<T> {
  value: T;
  peakRssMb: number;
  loopDelayP99Ms: number;
}

const mb = (bytes: number) => bytes / (1024 * 1024);

/** Runs `work` while sampling RSS every few milliseconds and recording event-loop delay. */
export async function sampled<T>(work: () => Promise<T>): Promise<Sampled<T>> {
  let peak = process.memoryUsage.rss();
  const sampleRss = () => {
    peak = Math.max(peak, process.memoryUsage.rss());
  };
  const timer = setInterval(sampleRss, 5);
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  try {
    const value = await work();
    sampleRss();
    return { value, peakRssMb: round(mb(peak)), loopDelayP99Ms: round(delay.percentile(99) / 1e6) };
  } finally {
    delay.disable();
    clearInterval(timer);
  }
}

export const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
