// One logger for the main process and the CLI. Everything it writes passes through redact(), which
// replaces any registered secret with its …ABCD mask, so a key cannot reach a log by accident.
import fs from 'node:fs';
import path from 'node:path';

export interface Logger {
  info(message: string, detail?: unknown): void;
  warn(message: string, detail?: unknown): void;
  error(message: string, detail?: unknown): void;
}

const secrets = new Set<string>();

export const mask = (secret: string) => `…${secret.slice(-4)}`;

/** Registers a plaintext secret so that any later log line containing it is masked. */
export function registerSecret(secret: string): void {
  if (secret.length >= 8) secrets.add(secret);
}

export function redact(text: string): string {
  let out = text;
  for (const s of secrets) if (out.includes(s)) out = out.split(s).join(mask(s));
  return out;
}

const describe = (detail: unknown): string => {
  if (detail === undefined) return '';
  if (detail instanceof Error) return ` ${detail.stack ?? detail.message}`;
  try {
    return ` ${JSON.stringify(detail)}`;
  } catch {
    return ` ${String(detail)}`;
  }
};

/** A logger appending to <profileDir>/logs/main.log, and echoing warnings and errors to stderr. */
export function createFileLogger(profileDir: string, echo = process.env.ENRICHDESK_LOG_ECHO === '1'): Logger {
  const dir = path.join(profileDir, 'logs');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'main.log');
  const write = (level: string, message: string, detail?: unknown) => {
    const line = redact(`${new Date().toISOString()} ${level} ${message}${describe(detail)}`);
    fs.appendFileSync(file, `${line}\n`);
    if (echo || level !== 'INFO') process.stderr.write(`${line}\n`);
  };
  return {
    info: (m, d) => write('INFO', m, d),
    warn: (m, d) => write('WARN', m, d),
    error: (m, d) => write('ERROR', m, d),
  };
}
