// A child process running a job is killed with SIGKILL at random points and started again until the
// run is done. Rows must all end final, nobody may be paid for twice, and the credits the simulator
// charged may exceed the found rows by at most the rows that were in flight at the kills.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/db/database';
import type { Simulator } from '../../../electron/lusha/simulator/server';
import { seededRng } from '../../../electron/app/random';
import { CRASH_ACCOUNTS, CRASH_KEYS } from './fixtures/crashSetup';
import { HEADER, MAP, Profile, sheetRows, simulator, totalCharged } from './harness';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CHILD = fileURLToPath(new URL('./fixtures/runJob.ts', import.meta.url));
const ROWS = 3_000;
const KILLS = 12;

interface Line {
  type: 'recovered' | 'started' | 'progress' | 'finished';
  interrupted?: { runId: number; inFlight: number }[];
  run?: { state: string; found: number };
}

let sim: Simulator;
let home: string;

beforeAll(async () => {
  sim = await simulator({
    accounts: CRASH_ACCOUNTS,
    keys: CRASH_KEYS.map(({ key, account }) => ({ key, account })),
    faults: { latency: { meanMs: 40, jitterMs: 30 } },
  });
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'enrichdesk-crash-'));
  const profile = await Profile.open({ dir: home, baseUrl: sim.url, keys: CRASH_KEYS });
  await profile.importSheet(HEADER, sheetRows(sim, ROWS, { missShare: 0.05 }), MAP);
  await profile.close();
});

afterAll(async () => {
  await sim?.close();
  fs.rmSync(home, { recursive: true, force: true });
});

function startChild(): { child: ChildProcess; lines: AsyncIterableIterator<Line>; stderr: string[] } {
  // Its own process group: npx and tsx start the real process as a grandchild, and the kill must reach it.
  const child = spawn('npx', ['tsx', CHILD, home, sim.url], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const stderr: string[] = [];
  child.stderr?.on('data', (d) => stderr.push(String(d)));
  const rl = readline.createInterface({ input: child.stdout as NodeJS.ReadableStream });
  async function* parse() {
    for await (const line of rl) if (line.startsWith('{')) yield JSON.parse(line) as Line;
  }
  return { child, lines: parse(), stderr };
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) =>
    child.exitCode !== null || child.signalCode !== null ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code)),
  );

function rowsInFlight(): number {
  const db = openDatabase(path.join(home, 'enrichdesk.sqlite'));
  try {
    return (db.prepare(`SELECT count(*) AS n FROM enrichments WHERE state = 'in_flight'`).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe('crash safety', () => {
  it('resumes after SIGKILL at random points without paying twice', { timeout: 240_000 }, async () => {
    const random = seededRng(20_261_122);
    let inFlightAtKills = 0;
    let reportedInFlight = 0;

    for (let kill = 0; kill < KILLS; kill++) {
      const { child, lines } = startChild();
      // Killed right after start (requests just left) or after 1–3 answered batches.
      const answersBeforeKill = Math.floor(random() * 4);
      let answers = 0;
      for await (const line of lines) {
        if (line.type === 'recovered') reportedInFlight += line.interrupted?.reduce((sum, i) => sum + i.inFlight, 0) ?? 0;
        if (line.type === 'progress') answers += 1;
        if (line.type === 'finished') break;
        if ((line.type === 'started' && answersBeforeKill === 0) || (line.type === 'progress' && answers >= answersBeforeKill)) {
          process.kill(-(child.pid as number), 'SIGKILL');
          break;
        }
      }
      await exited(child);
      inFlightAtKills += rowsInFlight();
    }

    const last = startChild();
    let finished: Line | undefined;
    for await (const line of last.lines) {
      if (line.type === 'recovered') reportedInFlight += line.interrupted?.reduce((sum, i) => sum + i.inFlight, 0) ?? 0;
      if (line.type === 'finished') finished = line;
    }
    expect(await exited(last.child), last.stderr.join('')).toBe(0);
    expect(finished?.run?.state).toBe('done');
    expect(reportedInFlight).toBe(inFlightAtKills);

    const db = openDatabase(path.join(home, 'enrichdesk.sqlite'));
    try {
      const states = db.prepare(`SELECT state, count(*) AS n FROM enrichments GROUP BY state`).all() as { state: string; n: number }[];
      const byState = Object.fromEntries(states.map((s) => [s.state, s.n]));
      expect(Object.keys(byState).sort()).toEqual(expect.arrayContaining(['found']));
      expect(Object.keys(byState).every((s) => ['found', 'not_found', 'failed', 'skipped'].includes(s))).toBe(true);
      expect(Object.values(byState).reduce((a, b) => a + b, 0)).toBe(ROWS);
      const found = byState.found;
      const charged = totalCharged(sim);
      expect(charged).toBeGreaterThanOrEqual(found);
      expect(charged).toBeLessThanOrEqual(found + inFlightAtKills);
      const runs = db.prepare('SELECT state, found FROM runs').all() as { state: string; found: number }[];
      expect(runs).toHaveLength(1);
      expect(runs[0]).toMatchObject({ state: 'done', found });
    } finally {
      db.close();
    }
  });
});
