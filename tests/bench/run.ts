// `npm run bench`: runs every benchmark in BENCHES and prints its figures — a table by default, one
// JSON line per benchmark with --json. `--rows N` overrides every bench's size; naming benches
// (`npm run bench -- import`) runs only those. To add a benchmark, implement Bench and append it.
import { enrichBench } from './enrich';
import { gridOpenBench } from './gridOpen';
import { importBench } from './import';
import { keySelectBench } from './keySelect';
import type { Bench, BenchResult } from './lib/types';

const BENCHES: Bench[] = [importBench, gridOpenBench, keySelectBench, enrichBench];

interface Options {
  json: boolean;
  rows: number | null;
  only: string[];
}

function parseArgs(argv: string[]): Options {
  const options: Options = { json: false, rows: null, only: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') options.json = true;
    else if (arg === '--rows') options.rows = positiveInt(argv[++i]);
    else if (arg.startsWith('--rows=')) options.rows = positiveInt(arg.slice('--rows='.length));
    else if (arg.startsWith('-')) throw new Error(`Unknown option ${arg}. Usage: bench [--json] [--rows N] [bench…]`);
    else options.only.push(arg);
  }
  const unknown = options.only.filter((name) => !BENCHES.some((b) => b.name === name));
  if (unknown.length > 0) throw new Error(`Unknown bench ${unknown.join(', ')}; known: ${BENCHES.map((b) => b.name).join(', ')}`);
  return options;
}

function positiveInt(text: string | undefined): number {
  const n = Number(text?.replace(/[_,]/g, ''));
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--rows needs a positive whole number, got "${text}"`);
  return n;
}

function printTable(result: BenchResult): void {
  const entries = Object.entries(result).filter(([key]) => key !== 'bench');
  const width = Math.max(...entries.map(([key]) => key.length));
  console.log(`\n${result.bench}`);
  for (const [key, value] of entries) {
    console.log(`  ${key.padEnd(width)}  ${typeof value === 'number' ? value.toLocaleString('en-US') : value}`);
  }
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const selected = options.only.length > 0 ? BENCHES.filter((b) => options.only.includes(b.name)) : BENCHES;
  for (const bench of selected) {
    const result = await bench.run({ rows: options.rows ?? bench.defaultRows });
    if (options.json) console.log(JSON.stringify(result));
    else printTable(result);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
