// The app and the CLI may open one profile at once: starting one must not declare the other's live
// run interrupted; a run whose process died is recovered as before.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../electron/db/database';
import { EnrichmentStore } from '../../../electron/jobs/enrichmentStore';
import { ownerAlive } from '../../../electron/jobs/runOwner';

const dirs: string[] = [];
const children: ChildProcess[] = [];

afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function profileWithRunOwnedBy(owner: string): Db {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'enrichdesk-owner-'));
  dirs.push(dir);
  const db = openDatabase(path.join(dir, 'p.sqlite'));
  db.prepare(`INSERT INTO sheets (id, name, columns, created_at, updated_at) VALUES (1, 's', '[]', 0, 0)`).run();
  db.prepare(`INSERT INTO runs (id, sheet_id, kind, rows_asked, state, owner, started_at) VALUES (1, 1, 'phones', 0, 'running', ?, 0)`).run(
    owner,
  );
  return db;
}

const exited = (child: ChildProcess) => new Promise((resolve) => child.once('exit', resolve));
const stateOf = (db: Db) => (db.prepare('SELECT state FROM runs WHERE id = 1').get() as { state: string }).state;

describe('run ownership at start-up', () => {
  it('leaves a run alone while the process that owns it is alive, and recovers it once it has died', async () => {
    const owner = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)']);
    children.push(owner);
    const db = profileWithRunOwnedBy(`${os.hostname()}:${owner.pid}`);
    const store = new EnrichmentStore(db);

    expect(store.recoverInterrupted()).toEqual([]);
    expect(stateOf(db)).toBe('running');

    owner.kill('SIGKILL');
    await exited(owner);
    expect(store.recoverInterrupted()).toEqual([{ runId: 1, inFlight: 0 }]);
    expect(stateOf(db)).toBe('interrupted');
    db.close();
  });

  it('recovers runs of this same process (a profile reopened after a mode switch or in tests)', () => {
    const db = profileWithRunOwnedBy(`${os.hostname()}:${process.pid}`);
    expect(new EnrichmentStore(db).recoverInterrupted()).toEqual([{ runId: 1, inFlight: 0 }]);
    db.close();
  });

  it.runIf(process.platform === 'linux')('counts a killed process still waiting to be reaped (a zombie) as gone', async () => {
    // `exec sleep` replaces the shell, so nothing ever reaps the short-lived child: it stays a zombie.
    const parent = spawn('sh', ['-c', 'sleep 0.05 & echo $!; exec sleep 60']);
    children.push(parent);
    const pid = Number(await new Promise<string>((resolve) => parent.stdout!.once('data', (d: Buffer) => resolve(d.toString()))));
    const state = () => fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1][0];
    while (state() !== 'Z') await new Promise((r) => setTimeout(r, 20));
    expect(ownerAlive(`${os.hostname()}:${pid}`)).toBe(false);
    expect(ownerAlive(`${os.hostname()}:${parent.pid}`)).toBe(true);
  });
});
