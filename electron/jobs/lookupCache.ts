// Identity × kind → what Lusha said about that person, kept for a TTL so the same person is never
// paid for twice across sheets and runs. Writes happen inside the enrichment store's transactions,
// next to the row states they explain.
import type { Db } from '../db/database';
import type { EnrichKind } from '@shared/domain';
import type { PersonData } from '../lusha/types';

export type LookupOutcome = 'found' | 'not_found';

export interface CachedLookup {
  outcome: LookupOutcome;
  result: PersonData | null;
}

export class LookupCache {
  private readonly read;
  private readonly write;
  private readonly expire;

  constructor(db: Db) {
    this.read = db.prepare('SELECT outcome, result FROM lookup_cache WHERE identity = ? AND kind = ? AND fetched_at >= ?');
    this.write = db.prepare(
      `INSERT INTO lookup_cache (identity, kind, outcome, result, fetched_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (identity, kind) DO UPDATE SET outcome = excluded.outcome, result = excluded.result, fetched_at = excluded.fetched_at`,
    );
    this.expire = db.prepare('DELETE FROM lookup_cache WHERE fetched_at < ?');
  }

  /** The entry for one identity, if it was fetched at or after `freshSince` (ms epoch). */
  get(identity: string, kind: EnrichKind, freshSince: number): CachedLookup | undefined {
    const row = this.read.get(identity, kind, freshSince) as { outcome: LookupOutcome; result: string | null } | undefined;
    return row && { outcome: row.outcome, result: row.result ? (JSON.parse(row.result) as PersonData) : null };
  }

  /** Drops entries fetched before `staleBefore` (ms epoch); returns how many. */
  prune(staleBefore: number): number {
    return this.expire.run(staleBefore).changes;
  }

  put(identity: string, kind: EnrichKind, entry: CachedLookup, at: number): void {
    this.write.run(identity, kind, entry.outcome, entry.result ? JSON.stringify(entry.result) : null, at);
  }
}
