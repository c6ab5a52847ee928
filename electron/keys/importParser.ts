// Reads a pasted or uploaded key list: one key a line, `label,key,category` lines, or a .env file
// with LUSHA_API_KEY* entries. Pure: it only says what each line holds; the store decides what to add.
import { API_KEY_PATTERN, KEY_CATEGORIES, type KeyCategory } from '@shared/domain';
import { mask } from '../app/logger';

export type ParsedEntry =
  | { line: number; kind: 'key'; key: string; label: string | null; category: KeyCategory | null }
  | { line: number; kind: 'malformed'; mask: string | null; message: string }
  | { line: number; kind: 'ignored'; message: string };

const ENV_LINE = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/;
const LUSHA_VAR = /^LUSHA_API_KEY/i;
const LIST_VAR = /^LUSHA_API_KEYS$/i;

export function parseKeyList(text: string): ParsedEntry[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .flatMap((raw, i) => parseLine(raw.trim(), i + 1));
}

function parseLine(text: string, line: number): ParsedEntry[] {
  if (text === '' || text.startsWith('#')) return [];
  if (API_KEY_PATTERN.test(text)) return [{ line, kind: 'key', key: text, label: null, category: null }];
  const env = ENV_LINE.exec(text);
  if (env) return parseEnvEntry(env[1], env[2], line);
  if (text.includes(',')) return [parseCsvLine(text, line)];
  return [malformed(line, null, "Expected one key, 'label,key,category', or LUSHA_API_KEY=… on this line.")];
}

function parseEnvEntry(name: string, rawValue: string, line: number): ParsedEntry[] {
  if (!LUSHA_VAR.test(name)) return [{ line, kind: 'ignored', message: `${name} is not a LUSHA_API_KEY entry.` }];
  const value = envValue(rawValue);
  const keys = LIST_VAR.test(name)
    ? value
        .split(',')
        .map((k) => k.trim())
        .filter(Boolean)
    : [value];
  if (keys.length === 0) return [malformed(line, null, `${name} has no value.`)];
  return keys.map((key, i) => {
    const label = keys.length > 1 ? `${name} #${i + 1}` : name;
    return API_KEY_PATTERN.test(key)
      ? { line, kind: 'key', key, label, category: null }
      : malformed(line, maskOf(key), `The value of ${name} is not an API key.`);
  });
}

/** A .env value: quotes removed, or an unquoted value up to a trailing comment. */
function envValue(raw: string): string {
  const quoted = /^(['"])(.*)\1\s*(?:#.*)?$/.exec(raw);
  if (quoted) return quoted[2].trim();
  return raw.replace(/\s+#.*$/, '').trim();
}

function parseCsvLine(text: string, line: number): ParsedEntry {
  const fields = text.split(',').map((f) =>
    f
      .trim()
      .replace(/^"(.*)"$/, '$1')
      .trim(),
  );
  if (fields.length < 2 || fields.length > 3) {
    return malformed(line, null, "Expected 'label,key' or 'label,key,category'.");
  }
  const [label, key, category] = fields;
  if (key.toLowerCase() === 'key') return { line, kind: 'ignored', message: 'Header line.' };
  if (!API_KEY_PATTERN.test(key)) return malformed(line, maskOf(key), 'The second field is not an API key.');
  const cat = category === undefined || category === '' ? null : category.toLowerCase();
  if (cat !== null && !isCategory(cat)) {
    return malformed(line, mask(key), `Unknown category; use ${KEY_CATEGORIES.join(', ')}.`);
  }
  return { line, kind: 'key', key, label: label === '' ? null : label.slice(0, 200), category: cat };
}

const isCategory = (value: string): value is KeyCategory => (KEY_CATEGORIES as readonly string[]).includes(value);

/** Masks only what could be a secret; a value too short to mask safely is not shown at all. */
const maskOf = (value: string): string | null => (value.length >= 8 ? mask(value) : null);

const malformed = (line: number, m: string | null, message: string): ParsedEntry => ({ line, kind: 'malformed', mask: m, message });
