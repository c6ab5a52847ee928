// Key ids as the command line writes them: stored keys by number, this session's environment keys
// as e1, e2… (a bare -1 would read as an option).
import { EXIT } from './exitCodes';
import { CliError } from './command';

export const formatKeyId = (id: number): string => (id < 0 ? `e${-id}` : String(id));

export function parseKeyId(text: string): number {
  const env = /^e([1-9]\d*)$/i.exec(text);
  if (env) return -Number(env[1]);
  if (/^[1-9]\d*$/.test(text)) return Number(text);
  throw new CliError(EXIT.usage, `Not a key id: use a number, or e1, e2… for environment keys.`);
}
