// Guesses a CSV's delimiter and line ending from the start of its text. Both scans honour quotes,
// because a quoted address ("Main St, Suite 4") or a quoted line break must not sway the guess.

export const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];
export type Newline = '\r\n' | '\n' | '\r';

export interface Dialect {
  delimiter: Delimiter;
  newline: Newline;
}

const QUOTE = '"';
/** Records looked at per candidate; enough to see a pattern, cheap on a 64 KB sample. */
const MAX_RECORDS = 200;

/**
 * @param sample the first characters of the file (BOM already removed)
 * @param complete true when the sample is the whole file, so its last record is whole too
 */
export function detectDialect(sample: string, complete: boolean): Dialect {
  return { delimiter: detectDelimiter(sample, complete), newline: detectNewline(sample) };
}

/** The first line break outside quotes; '\n' when the sample has none (a one-line file). */
export function detectNewline(sample: string): Newline {
  let quoted = false;
  for (let i = 0; i < sample.length; i++) {
    const c = sample[i];
    if (c === QUOTE) quoted = !quoted;
    else if (!quoted && c === '\r') return sample[i + 1] === '\n' ? '\r\n' : '\r';
    else if (!quoted && c === '\n') return '\n';
  }
  return '\n';
}

/**
 * The candidate whose per-record count is the same on the most records (the header's count being
 * the reference), ties going to the one that splits into more columns. A file with none of them is
 * one column wide, read with ','.
 */
export function detectDelimiter(sample: string, complete: boolean): Delimiter {
  let best: { delimiter: Delimiter; score: number; columns: number } | null = null;
  for (const delimiter of DELIMITERS) {
    const counts = countPerRecord(sample, delimiter, complete);
    const header = counts[0] ?? 0;
    if (header === 0) continue;
    const score = counts.filter((n) => n === header).length / counts.length;
    if (!best || score > best.score || (score === best.score && header > best.columns)) {
      best = { delimiter, score, columns: header };
    }
  }
  return best?.delimiter ?? ',';
}

/**
 * How many times `delimiter` separates fields in each record. A quote opens a quoted field only at
 * the start of a field, as in papaparse, so `5" screen` does not start one.
 */
function countPerRecord(sample: string, delimiter: string, complete: boolean): number[] {
  const counts: number[] = [];
  let count = 0;
  let quoted = false;
  let fieldStart = true;
  for (let i = 0; i < sample.length && counts.length < MAX_RECORDS; i++) {
    const c = sample[i];
    if (quoted) {
      if (c === QUOTE) {
        if (sample[i + 1] === QUOTE) i++;
        else quoted = false;
      }
      continue;
    }
    if (c === QUOTE && fieldStart) {
      quoted = true;
      fieldStart = false;
    } else if (c === delimiter) {
      count++;
      fieldStart = true;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && sample[i + 1] === '\n') i++;
      counts.push(count);
      count = 0;
      fieldStart = true;
    } else {
      fieldStart = false;
    }
  }
  // The sample's last record is only whole when the sample is the whole file — or it is all there is
  // (a header longer than the sample).
  const pending = count > 0 || !fieldStart;
  if ((complete && pending && counts.length < MAX_RECORDS) || counts.length === 0) counts.push(count);
  return counts;
}
