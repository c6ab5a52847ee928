// What a run would cost before it starts: the arithmetic over its plan.
import type { AccountKeys, EnrichKind, ReasonCount, RunEstimate } from '@shared/domain';
import type { Plan } from './plan';
import { MAX_BULK_CONTACTS } from '../lusha/client';

export interface EstimateInput {
  sheetId: number;
  kind: EnrichKind;
  plan: Plan;
  alreadyFound: number;
  accounts: AccountKeys[];
}

function reasonCounts(skipped: Plan['skipped']): ReasonCount[] {
  const counts = new Map<string, number>();
  for (const { reason } of skipped) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  return [...counts].map(([reason, rows]) => ({ reason, rows })).sort((a, b) => b.rows - a.rows);
}

export function estimateRun({ sheetId, kind, plan, alreadyFound, accounts }: EstimateInput): RunEstimate {
  const toAsk = plan.toAsk.length;
  return {
    sheetId,
    kind,
    rows: plan.rowIds.length,
    alreadyFound,
    lacking: reasonCounts(plan.skipped),
    duplicatesFolded: plan.duplicatesFolded,
    cacheHits: plan.cached.reduce((sum, { group }) => sum + group.rowIds.length, 0),
    toAsk,
    // Lusha charges per person found, never for a miss, so each person asked costs at most one credit.
    creditsAtMost: toAsk,
    calls: Math.ceil(toAsk / MAX_BULK_CONTACTS),
    keys: accounts,
  };
}
