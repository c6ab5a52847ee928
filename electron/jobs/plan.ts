// What a run will do with its rows, decided before anything is sent: which rows it takes, which are
// skipped for want of identifiers, which people they are (duplicates folded), and which of those the
// lookup cache already answers. The estimate shows this plan; the runner carries it out.
import type { ColumnMap, EnrichKind, RerunnableState } from '@shared/domain';
import type { ContactQuery } from '../lusha/types';
import type { SheetRow } from './enrichmentStore';
import { identify } from './identity';
import type { CachedLookup, LookupCache } from './lookupCache';

export const DAY_MS = 86_400_000;

export interface Selection {
  /** None = every row of the sheet. */
  rowIds?: readonly number[];
  /** None = every row not found yet. */
  onlyStates?: readonly RerunnableState[];
}

/** One person, and every row of the run that is them. */
export interface IdentityGroup {
  identity: string;
  query: ContactQuery;
  rowIds: number[];
}

export interface Plan {
  /** Every row the run takes, skipped ones included. */
  rowIds: number[];
  skipped: { rowId: number; reason: string }[];
  cached: { group: IdentityGroup; hit: CachedLookup }[];
  toAsk: IdentityGroup[];
  /** Rows that are the same person as an earlier row of the run. */
  duplicatesFolded: number;
}

export type CacheLookup = (identity: string) => CachedLookup | undefined;

/** The rows a run takes, and how many selected rows it leaves out because they are found already. */
export function selectRows(rows: readonly SheetRow[], selection: Selection): { selected: SheetRow[]; alreadyFound: number } {
  const wanted = selection.rowIds ? new Set(selection.rowIds) : null;
  const states = selection.onlyStates ? new Set<string>(selection.onlyStates) : null;
  const inScope = wanted ? rows.filter((r) => wanted.has(r.id)) : rows;
  const eligible = (r: SheetRow) => (states ? states.has(r.state ?? 'pending') : r.state !== 'found');
  return { selected: inScope.filter(eligible), alreadyFound: inScope.filter((r) => r.state === 'found').length };
}

/**
 * Answers from the cache while fresh. A user who re-runs not-found rows on purpose wants Lusha asked
 * again, so then only found entries count.
 */
export function cacheLookup(cache: LookupCache, kind: EnrichKind, ttlDays: number, now: number, refreshMisses: boolean): CacheLookup {
  const freshSince = now - ttlDays * DAY_MS;
  return (identity) => {
    const hit = cache.get(identity, kind, freshSince);
    return hit && (hit.outcome === 'found' || !refreshMisses) ? hit : undefined;
  };
}

export function planRows(rows: readonly SheetRow[], map: ColumnMap, lookup: CacheLookup): Plan {
  const skipped: Plan['skipped'] = [];
  const groups = new Map<string, IdentityGroup>();
  for (const row of rows) {
    const who = identify(row.cells, map);
    if (!who.ok) {
      skipped.push({ rowId: row.id, reason: who.reason });
      continue;
    }
    const group = groups.get(who.identity);
    if (group) group.rowIds.push(row.id);
    else groups.set(who.identity, { identity: who.identity, query: who.query, rowIds: [row.id] });
  }
  const cached: Plan['cached'] = [];
  const toAsk: IdentityGroup[] = [];
  for (const group of groups.values()) {
    const hit = lookup(group.identity);
    if (hit) cached.push({ group, hit });
    else toAsk.push(group);
  }
  const identified = rows.length - skipped.length;
  return { rowIds: rows.map((r) => r.id), skipped, cached, toAsk, duplicatesFolded: identified - groups.size };
}
