// The command line's streams: where output goes, and how a secret is read — from a pipe, or typed at
// a terminal without being echoed.
import readline from 'node:readline';
import { Writable } from 'node:stream';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** True when a person is typing at a terminal (so a prompt makes sense). */
  interactive: boolean;
  /** Everything piped in, trimmed. */
  readStdin(): Promise<string>;
  /** Asks at the terminal without echoing what is typed. */
  promptSecret(question: string): Promise<string>;
}

export function processIo(): CliIo {
  return {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    interactive: Boolean(process.stdin.isTTY),
    readStdin,
    promptSecret,
  };
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString('utf8').trim();
}

async function promptSecret(question: string): Promise<string> {
  process.stderr.write(question);
  const silent = new Writable({ write: (_chunk, _encoding, done) => done() });
  const rl = readline.createInterface({ input: process.stdin, output: silent, terminal: true });
  try {
    return await new Promise<string>((resolve) => rl.question('', resolve));
  } finally {
    rl.close();
    process.stderr.write('\n');
  }
}
