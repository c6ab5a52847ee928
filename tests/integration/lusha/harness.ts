// A simulator on 127.0.0.1 with a hand-driven clock, and a client pointed at it.
import { createLushaClient, type LushaClient } from '../../../electron/lusha/client';
import type { Person } from '../../../electron/lusha/simulator/directory';
import { startSimulator, type Simulator, type SimulatorOptions } from '../../../electron/lusha/simulator/server';
import type { CallTarget, ContactRequest } from '../../../electron/lusha/types';

/** Noon UTC: a minute, an hour and half a day from the next window boundaries. */
export const NOON = Date.parse('2025-06-02T12:00:00.000Z');

export interface Harness {
  sim: Simulator;
  client: LushaClient;
  target(apiKey: string, extra?: Partial<CallTarget>): CallTarget;
  advance(ms: number): void;
  /** Back to NOON, for tests that share one simulator. */
  resetClock(): void;
  close(): Promise<void>;
}

export async function startHarness(options: SimulatorOptions = {}): Promise<Harness> {
  let now = NOON;
  const sim = await startSimulator({ seed: 42, now: () => now, ...options });
  return {
    sim,
    // Generous, so a loaded machine never turns an ordinary call into a timeout; hang tests set their own.
    client: createLushaClient({ timeoutMs: 10_000 }),
    target: (apiKey, extra) => ({ apiKey, baseUrl: sim.url, ...extra }),
    advance: (ms) => {
      now += ms;
    },
    resetClock: () => {
      now = NOON;
    },
    close: () => sim.close(),
  };
}

/** The first `count` people (from `from`) that satisfy `pred`. */
export function people(sim: Simulator, count: number, pred: (p: Person) => boolean, from = 0): Person[] {
  const found: Person[] = [];
  for (let i = from; found.length < count; i++) {
    const p = sim.directory.person(i);
    if (pred(p)) found.push(p);
  }
  return found;
}

export const hasPhones = (p: Person) => !p.gdprBlocked && p.phones.length > 0;
export const hasEmails = (p: Person) => !p.gdprBlocked && p.emails.length > 0;
export const hasBoth = (p: Person) => hasPhones(p) && hasEmails(p);

export const byLinkedin = (p: Person, ref = String(p.index)): ContactRequest => ({ ref, query: { linkedinUrl: p.linkedinUrl } });

export const unknownContact = (ref: string): ContactRequest => ({
  ref,
  query: { linkedinUrl: `https://www.linkedin.com/in/no-body-${ref}` },
});

export const REVEAL_BOTH = { phones: true, emails: true } as const;
export const REVEAL_PHONES = { phones: true, emails: false } as const;

/** Resolves once `condition` holds, checking between event-loop turns (no timers involved). */
export async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setImmediate(resolve));
}
