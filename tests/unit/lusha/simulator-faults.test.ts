import { describe, expect, it } from 'vitest';
import { FaultBook } from '../../../electron/lusha/simulator/faults';

const faultsOf = (book: FaultBook, n: number, key = 'k1', account = 'a1') =>
  Array.from({ length: n }, () => book.decide('v3_enrich', key, account).fault);

describe('fault plans', () => {
  it('plays a script in order, with pass steps, then falls back to probabilities', () => {
    const book = new FaultBook(1);
    book.set({ script: ['rate_burst', 'pass', 'server_502'] });
    expect(faultsOf(book, 4)).toEqual(['rate_burst', undefined, 'server_502', undefined]);
  });

  it('lets the most specific scope decide alone: key over account over global', () => {
    const book = new FaultBook(1);
    book.set({ probabilities: { server_500: 1 } });
    book.set({ probabilities: { no_credits: 1 } }, { account: 'a1' });
    book.set({ probabilities: { invalid_key: 1 } }, { key: 'k1' });
    expect(book.decide('v2_bulk', 'k1', 'a1').fault).toBe('invalid_key');
    expect(book.decide('v2_bulk', 'k2', 'a1').fault).toBe('no_credits');
    expect(book.decide('v2_bulk', 'k3', 'a2').fault).toBe('server_500');
    book.set(null, { key: 'k1' });
    expect(book.decide('v2_bulk', 'k1', 'a1').fault).toBe('no_credits');
  });

  it('affects only the endpoints it names', () => {
    const book = new FaultBook(1);
    book.set({ probabilities: { hang: 1 }, endpoints: ['v3_usage'] });
    expect(book.decide('v3_enrich', 'k', 'a').fault).toBeUndefined();
    expect(book.decide('v3_usage', 'k', 'a').fault).toBe('hang');
  });

  it('replays the same faults for the same seed', () => {
    const run = (seed: number) => {
      const book = new FaultBook(seed);
      book.set({ probabilities: { rate_burst: 0.1, server_503: 0.1, reset: 0.05 } });
      return faultsOf(book, 200);
    };
    expect(run(3)).toEqual(run(3));
    expect(run(3)).not.toEqual(run(4));
    const hits = run(3).filter(Boolean).length;
    expect(hits).toBeGreaterThan(20);
    expect(hits).toBeLessThan(80);
  });

  it('draws latency within mean ± jitter', () => {
    const book = new FaultBook(1);
    book.set({ latency: { meanMs: 100, jitterMs: 30 } });
    const latencies = Array.from({ length: 100 }, () => book.decide('v2_single', 'k', 'a').latencyMs);
    expect(Math.min(...latencies)).toBeGreaterThanOrEqual(70);
    expect(Math.max(...latencies)).toBeLessThanOrEqual(130);
  });

  it('rejects probabilities outside 0..1 and unknown kinds', () => {
    const book = new FaultBook(1);
    expect(() => book.set({ probabilities: { server_500: 1.5 } })).toThrow(RangeError);
    expect(() => book.set({ probabilities: { teapot: 0.1 } as never })).toThrow(RangeError);
  });
});
