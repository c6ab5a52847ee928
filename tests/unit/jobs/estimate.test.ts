import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/db/database';
import { LookupCache } from '../../../electron/jobs/lookupCache';
import { estimateRun } from '../../../electron/jobs/estimate';
import { cacheLookup, DAY_MS, planRows, selectRows, type CacheLookup } from '../../../electron/jobs/plan';
import { SKIP_REASONS } from '../../../electron/jobs/identity';
import type { SheetRow } from '../../../electron/jobs/enrichmentStore';
import type { ColumnMap, EnrichState } from '@shared/domain';

const MAP: ColumnMap = { email: 0, fullName: 1, companyName: 2 };
let nextId = 1;
const r = (cells: string[], state: EnrichState | null = null): SheetRow => ({ id: nextId++, cells, state });
const noCache: CacheLookup = () => undefined;

describe('estimate', () => {
  it('counts rows, folded duplicates, cache hits, rows lacking identifiers, credits and calls', () => {
    const rows = [
      ...Array.from({ length: 150 }, (_, i) => r([`p${i}@acme.com`])),
      r(['P0@ACME.com ']), // the same person as p0
      r(['p1@acme.com']),
      r(['', 'Jane Doe', '']),
      r(['', '', '']),
      r(['', '', '']),
      r(['cached@acme.com']),
      r(['found@acme.com'], 'found'),
    ];
    const cache: CacheLookup = (id) => (id === 'email:cached@acme.com' ? { outcome: 'found', result: null } : undefined);
    const { selected, alreadyFound } = selectRows(rows, {});
    const plan = planRows(selected, MAP, cache);
    expect(estimateRun({ sheetId: 1, kind: 'emails', plan, alreadyFound, accounts: [{ account: 'a', usable: 2, total: 3 }] })).toEqual({
      sheetId: 1,
      kind: 'emails',
      rows: 156,
      alreadyFound: 1,
      lacking: [
        { reason: SKIP_REASONS.nothing, rows: 2 },
        { reason: SKIP_REASONS.noCompany, rows: 1 },
      ],
      duplicatesFolded: 2,
      cacheHits: 1,
      toAsk: 150,
      creditsAtMost: 150,
      calls: 2,
      keys: [{ account: 'a', usable: 2, total: 3 }],
    });
  });

  it('selects rows by id and by state; found rows are never taken again', () => {
    const rows = [r(['a@x.io'], 'failed'), r(['b@x.io'], 'not_found'), r(['c@x.io']), r(['d@x.io'], 'found'), r(['e@x.io'], 'skipped')];
    const ids = (sel: Parameters<typeof selectRows>[1]) => selectRows(rows, sel).selected.map((row) => row.cells[0]);
    expect(ids({})).toEqual(['a@x.io', 'b@x.io', 'c@x.io', 'e@x.io']);
    expect(ids({ onlyStates: ['failed', 'not_found'] })).toEqual(['a@x.io', 'b@x.io']);
    expect(ids({ onlyStates: ['pending'] })).toEqual(['c@x.io']);
    expect(ids({ rowIds: [rows[0].id, rows[3].id] })).toEqual(['a@x.io']);
    expect(selectRows(rows, { rowIds: [rows[3].id] }).alreadyFound).toBe(1);
  });

  it('asks again about people the cache only knows as not found when the user re-runs misses', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'enrichdesk-cache-'));
    const db = openDatabase(path.join(dir, 'p.sqlite'));
    try {
      const cache = new LookupCache(db);
      const now = Date.now();
      cache.put('email:miss@x.io', 'phones', { outcome: 'not_found', result: null }, now);
      cache.put('email:hit@x.io', 'phones', { outcome: 'found', result: null }, now);
      cache.put('email:old@x.io', 'phones', { outcome: 'found', result: null }, now - 31 * DAY_MS);
      const rows = [r(['miss@x.io']), r(['hit@x.io']), r(['old@x.io'])];
      const plain = planRows(rows, MAP, cacheLookup(cache, 'phones', 30, now, false));
      const rerun = planRows(rows, MAP, cacheLookup(cache, 'phones', 30, now, true));
      const emails = planRows(rows, MAP, cacheLookup(cache, 'emails', 30, now, false));
      expect([plain.cached.length, plain.toAsk.length]).toEqual([2, 1]);
      expect([rerun.cached.length, rerun.toAsk.length]).toEqual([1, 2]);
      expect(emails.toAsk.length).toBe(3);
      expect(planRows(rows, MAP, noCache).toAsk.length).toBe(3);
    } finally {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
