// What `enrichdesk enrich` does: import, estimate, run with a progress bar, export, and an exit code
// a script can act on. The export goes through the sheets service exactly as in the app, with --out
// answering its save dialog.
import fs from 'node:fs';
import path from 'node:path';
import { resolveProfileDir } from '../app/paths';
import type { Api } from '@shared/createApi';
import type { EnrichKind, RunEstimate, RunFinished, RunProgress } from '@shared/domain';
import { CliError, type CommandContext } from '../cli/command';
import { EXIT, type ExitCode } from '../cli/exitCodes';
import type { CliIo } from '../cli/io';
import { ensureVaultOpen } from '../cli/vaultAccess';
import { openCliSession, type CliSession } from '../cli/session';
import type { Simulator } from '../lusha/simulator/server';
import { ensureSandboxKeys, openSandboxVault, sandboxEnv, startSandboxSimulator } from '../app/sandboxProfile';

export interface EnrichArgs {
  input: string;
  out: string;
  kind: EnrichKind;
  sandbox: boolean;
}

/** The app's sandbox profile (<profile>/sandbox) with its simulator, so nothing real mixes in. */
async function startSandbox(env: NodeJS.ProcessEnv): Promise<{ sim: Simulator; env: NodeJS.ProcessEnv }> {
  const sim = await startSandboxSimulator();
  return { sim, env: sandboxEnv(env, resolveProfileDir(undefined, env), sim.url) };
}

async function prepareSandbox(api: Api): Promise<void> {
  await openSandboxVault(api);
  await ensureSandboxKeys(api);
}

const n = (v: number) => v.toLocaleString('en-US');

function describeEstimate(e: RunEstimate): string {
  const parts = [`${n(e.rows)} rows`, `${n(e.toAsk)} people to ask`];
  if (e.duplicatesFolded > 0) parts.push(`${n(e.duplicatesFolded)} duplicates folded`);
  if (e.cacheHits > 0) parts.push(`${n(e.cacheHits)} from the cache`);
  if (e.alreadyFound > 0) parts.push(`${n(e.alreadyFound)} found before`);
  parts.push(`at most ${n(e.creditsAtMost)} credits`);
  const usable = e.keys.reduce((sum, a) => sum + a.usable, 0);
  parts.push(`${usable} usable ${usable === 1 ? 'key' : 'keys'} in ${e.keys.length} ${e.keys.length === 1 ? 'account' : 'accounts'}`);
  const lacking = e.lacking.map((l) => `  ${n(l.rows)} skipped: ${l.reason}`);
  return [parts.join(' · '), ...lacking].join('\n');
}

const BAR_WIDTH = 30;

/** One line redrawn in place on a terminal; nothing when stderr is a file or a pipe. */
function progressLine(p: RunProgress): string {
  const share = p.total === 0 ? 1 : p.done / p.total;
  const filled = Math.round(share * BAR_WIDTH);
  const tail =
    p.waitingEtaSec !== null
      ? `waiting for keys · back in ${p.waitingEtaSec}s`
      : `${p.rate.toFixed(0)} rows/s${p.etaSec !== null ? ` · ETA ${p.etaSec}s` : ''}${p.state === 'paused' ? ' · paused' : ''}`;
  return `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${(share * 100).toFixed(0).padStart(3)}% ${n(p.done)}/${n(p.total)} · ${tail}`;
}

function exitCodeOf(finished: RunFinished): ExitCode {
  switch (finished.run.state) {
    case 'done':
      return EXIT.ok;
    case 'cancelled':
      return EXIT.cancelled;
    default:
      return finished.stopCode === 'all_keys_out' ? EXIT.allKeysOut : EXIT.failure;
  }
}

async function enrich(session: CliSession, io: CliIo, kind: EnrichKind, input: string): Promise<ExitCode> {
  const { api } = session;
  // Ctrl-C from here on cancels the run, even when it comes before the run has started.
  let runId: number | null = null;
  let cancelled = false;
  const cancel = () => {
    cancelled = true;
    if (runId !== null) void api.runs.cancel({ runId });
  };
  process.on('SIGINT', cancel);
  try {
    const imported = await api.sheets.import({ importId: `cli-enrich-${process.pid}`, path: input });
    if (!imported) throw new CliError(EXIT.failure, `Could not import ${input}.`);
    imported.warnings.forEach((w) => io.err(`warning: ${w}`));
    const sheetId = imported.sheet.id;
    io.err(describeEstimate(await api.runs.estimate({ sheetId, kind })));

    const tty = process.stderr.isTTY === true;
    if (tty) session.on('runs.progress', (p) => process.stderr.write(`\r\x1b[K${progressLine(p)}`));
    const finished = new Promise<RunFinished>((resolve) => session.on('runs.finished', resolve));
    runId = (await api.runs.start({ sheetId, kind })).id;
    if (cancelled) await api.runs.cancel({ runId });
    const result = await finished;
    if (tty) process.stderr.write('\n');

    const exported = await api.sheets.export({ sheetId, scope: 'all', excelFriendly: false });
    io.out(result.toast);
    if (exported) io.err(`Wrote ${n(exported.rows)} rows to ${exported.path}`);
    return exitCodeOf(result);
  } finally {
    process.off('SIGINT', cancel);
  }
}

export async function runEnrich(ctx: CommandContext, args: EnrichArgs): Promise<ExitCode> {
  const input = path.resolve(args.input);
  if (!fs.existsSync(input)) throw new CliError(EXIT.failure, `Cannot read ${args.input}: no such file.`);
  const { version } = await ctx.api.app.info({});
  const sandbox = args.sandbox ? await startSandbox(ctx.env) : null;
  const env = sandbox?.env ?? ctx.env;
  try {
    const session = openCliSession(env, version, { saveTo: path.resolve(args.out) });
    try {
      if (sandbox) await prepareSandbox(session.api);
      await ensureVaultOpen(session.api, ctx.io, env);
      return await enrich(session, ctx.io, args.kind, input);
    } finally {
      session.close();
    }
  } finally {
    await sandbox?.sim.close();
  }
}
