// Makes a header row usable as column names: every column needs a name the user can tell apart in
// the grid, the mapping dialog and the exported file.
import { counted, formatCount } from './wording';

export interface CleanHeaders {
  columns: string[];
  /** Plain-language notes on what was renamed, for the import warnings. */
  warnings: string[];
}

/** Blank names become "Column N" (N = 1-based position); repeats become "Email (2)", "Email (3)". */
export function cleanHeaders(raw: readonly string[]): CleanHeaders {
  const trimmed = raw.map((name, i) => (i === 0 ? name.replace(/^\ufeff/, '') : name).trim());
  const taken = new Set(trimmed.filter((n) => n !== '').map(lower));
  const seen = new Set<string>();
  const blanks: string[] = [];
  const renamed: string[] = [];

  const columns = trimmed.map((name, i) => {
    if (name === '') {
      const named = unique(`Column ${i + 1}`, taken);
      blanks.push(named);
      return named;
    }
    if (!seen.has(lower(name))) {
      seen.add(lower(name));
      return name;
    }
    const named = unique(name, taken);
    renamed.push(`"${named}"`);
    return named;
  });

  const warnings: string[] = [];
  if (blanks.length > 0) {
    const was = blanks.length === 1 ? 'was' : 'were';
    warnings.push(`${counted(blanks.length, 'column has', 'columns have')} no name and ${was} named ${list(blanks.map((b) => `"${b}"`))}.`);
  }
  if (renamed.length > 0) {
    warnings.push(`${counted(renamed.length, 'column name is', 'column names are')} repeated; renamed to ${list(renamed)}.`);
  }
  return { columns, warnings };
}

const lower = (s: string) => s.toLowerCase();

/** `base` itself when free, else "base (2)", "base (3)"… — case-insensitively distinct from `taken`. */
function unique(base: string, taken: Set<string>): string {
  let name = base;
  for (let n = 2; taken.has(lower(name)); n++) name = `${base} (${n})`;
  taken.add(lower(name));
  return name;
}

/** At most five names, then "and N more", so a 2,000-column file does not produce a wall of text. */
function list(names: string[]): string {
  const shown = names.slice(0, 5).join(', ');
  return names.length > 5 ? `${shown} and ${formatCount(names.length - 5)} more` : shown;
}
