// Bulk import: pasted text, a file, or this session's environment keys. Every line gets a result
// (added / duplicate / malformed / ignored) that names the key only by its mask.
import fs from 'node:fs/promises';
import { AppError } from '../app/errors';
import { mask } from '../app/logger';
import type { Dialogs } from '../app/host';
import type { ImportLineResult, KeyCategory, KeyImportResult } from '@shared/domain';
import { parseKeyList, type ParsedEntry } from './importParser';
import type { AddOutcome, KeyStore } from './keyStore';

/** A key list is a few kilobytes; anything far bigger is the wrong file. */
const MAX_FILE_BYTES = 1024 * 1024;

export class KeyImporter {
  constructor(
    private readonly store: KeyStore,
    private readonly dialogs: Dialogs,
  ) {}

  importText(text: string, category: KeyCategory): KeyImportResult {
    return this.importEntries(parseKeyList(text), category);
  }

  /** Without a path, asks the user for the file; null when they cancel. */
  async importFile(path: string | undefined, category: KeyCategory): Promise<KeyImportResult | null> {
    const chosen = path ?? (await this.dialogs.openKeysFile());
    if (chosen === null) return null;
    return this.importText(await readKeyFile(chosen), category);
  }

  /** Stores this session's LUSHA_API_KEYS in the vault, so they outlive the session. */
  importEnvironment(): KeyImportResult {
    const entries: ParsedEntry[] = this.store
      .environmentKeys()
      .map((k, i) => ({ line: i + 1, kind: 'key', key: k.key, label: k.label, category: null }));
    return this.importEntries(entries, 'any');
  }

  private importEntries(entries: ParsedEntry[], category: KeyCategory): KeyImportResult {
    const lines = entries.map((entry) => this.importEntry(entry, category));
    const added = lines.filter((l) => l.outcome === 'added');
    if (added.length > 0)
      this.store.changed(
        'imported',
        added.map((l) => l.keyId as number),
      );
    return {
      lines,
      added: added.length,
      duplicates: lines.filter((l) => l.outcome === 'duplicate').length,
      malformed: lines.filter((l) => l.outcome === 'malformed').length,
    };
  }

  private importEntry(entry: ParsedEntry, category: KeyCategory): ImportLineResult {
    if (entry.kind === 'malformed')
      return { line: entry.line, outcome: 'malformed', mask: entry.mask, keyId: null, message: entry.message };
    if (entry.kind === 'ignored') return { line: entry.line, outcome: 'ignored', mask: null, keyId: null, message: entry.message };
    const result = this.store.store({ key: entry.key, label: entry.label, category: entry.category ?? category });
    return { line: entry.line, outcome: result.outcome, mask: mask(entry.key), keyId: result.id, message: describe(result) };
  }
}

const describe = (r: AddOutcome) =>
  r.outcome === 'added' ? `Added ${r.mask} as key #${r.id}.` : `${r.mask} is already stored as key #${r.id}.`;

async function readKeyFile(path: string): Promise<string> {
  try {
    const stat = await fs.stat(path);
    if (!stat.isFile()) throw new AppError('import_failed', `${path} is not a file.`);
    if (stat.size > MAX_FILE_BYTES) throw new AppError('import_failed', `${path} is too large for a key list (over 1 MB).`);
    return await fs.readFile(path, 'utf8');
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('import_failed', `Cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? 'read error'}.`);
  }
}
