// `enrichdesk enrich` through the real command line entry (main), a real profile folder, the vault on a
// passphrase, and the simulator as Lusha: the output file, the summary line and the exit codes.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../../electron/cli';
import type { CliIo } from '../../../electron/cli/io';
import type { Simulator } from '../../../electron/lusha/simulator/server';
import { HEADER, PASSPHRASE, sheetRows, simulator } from './harness';

const KEY = 'sim-cli-key-0000000042';
const BIN = fileURLToPath(new URL('../../../bin/enrichdesk.mjs', import.meta.url));

let sim: Simulator;
let home: string;
let env: NodeJS.ProcessEnv;

function capture(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    stdout,
    stderr,
    out: (t) => stdout.push(t),
    err: (t) => stderr.push(t),
    interactive: false,
    readStdin: async () => '',
    promptSecret: async () => PASSPHRASE,
  };
}

function csv(rows: string[][]): string {
  const file = path.join(home, `in-${Math.random().toString(36).slice(2)}.csv`);
  fs.writeFileSync(file, [HEADER, ...rows].map((r) => r.join(',')).join('\n'));
  return file;
}

beforeEach(async () => {
  sim = await simulator({ accounts: [{ id: 'solo', plan: 'scale', credits: 100_000 }], keys: [{ key: KEY, account: 'solo' }] });
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'enrichdesk-cli-'));
  env = { ENRICHDESK_HOME: home, ENRICHDESK_KEYCHAIN: 'off', ENRICHDESK_PASSPHRASE: PASSPHRASE, LUSHA_BASE_URL: sim.url };
  expect(await main(['vault', 'setup-passphrase'], capture(), env)).toBe(0);
  expect(await main(['keys', 'add', '--label', 'solo', '--category', 'phones', '--key', KEY], capture(), env)).toBe(0);
});

afterEach(async () => {
  await sim.close();
  fs.rmSync(home, { recursive: true, force: true });
});

describe('enrichdesk enrich', () => {
  it('enriches a CSV, writes the output and prints the summary line', async () => {
    const io = capture();
    const out = path.join(home, 'out.csv');
    expect(await main(['enrich', csv(sheetRows(sim, 120, { missShare: 0.1 })), '--phones', '--out', out], io, env)).toBe(0);
    expect(io.stdout).toHaveLength(1);
    expect(io.stdout[0]).toMatch(/^Phones: \d+ found · \d+ not found · 0 failed$/);
    const lines = fs.readFileSync(out, 'utf8').trim().split('\n');
    expect(lines[0]).toBe([...HEADER, 'Phones', 'Phones status'].join(','));
    expect(lines).toHaveLength(121);
    expect(io.stderr.join('\n')).toContain('120 rows · 120 people to ask');
  });

  it('exits 5 with the keys-out message when every key is out, rows left pending', async () => {
    sim.setKeyState(KEY, 'invalid');
    const io = capture();
    const code = await main(['enrich', csv(sheetRows(sim, 30)), '--phones', '--out', path.join(home, 'out.csv')], io, env);
    expect(code).toBe(5);
    expect(io.stdout).toEqual(['The only phone key is invalid — add more API keys · 30 rows left pending']);
  });

  it('cancels on Ctrl-C: exit 130, the rows not done left pending, the output written', { timeout: 60_000 }, async () => {
    sim.setFaults({ latency: { meanMs: 300, jitterMs: 0 } });
    const out = path.join(home, 'out.csv');
    const child = spawn(process.execPath, [BIN, 'enrich', csv(sheetRows(sim, 2_000)), '--phones', '--out', out], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += String(d)));
    // The estimate is printed right before the run starts.
    for await (const line of readline.createInterface({ input: child.stderr })) {
      if (line.includes('people to ask')) break;
    }
    child.kill('SIGINT');
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(code).toBe(130);
    expect(stdout.trim()).toMatch(/^Phones cancelled: \d+ found · \d+ not found · 0 failed · \d+ rows left pending$/);
    expect(fs.readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(2_001);
  });

  it('refuses a command line without exactly one kind', async () => {
    const io = capture();
    expect(await main(['enrich', 'in.csv', '--out', 'out.csv'], io, env)).toBe(1);
    expect(io.stderr.join('\n')).toContain('exactly one of --phones or --emails');
  });
});
