// The runner's gateway on the real parts: the rotation engine picks and rotates keys, the Lusha client
// sends each attempt through the bulk endpoint. Each attempt tells the runner its key before it leaves,
// so the rows can be marked in flight on that key first.
import type { RotationEngine } from '../engine/engine';
import { tallyEnrich } from '../engine/engine';
import { isUsable, serves } from '../engine/types';
import type { AccountKeys, EnrichKind } from '@shared/domain';
import type { LushaClient } from '../lusha/client';
import type { Reveal } from '../lusha/types';
import type { EnrichGateway } from './gateway';

const REVEAL: Record<EnrichKind, Reveal> = {
  phones: { phones: true, emails: false },
  emails: { phones: false, emails: true },
};

export function createEngineGateway(engine: RotationEngine, client: LushaClient): EnrichGateway {
  return {
    async enrichBatch(kind, contacts, options) {
      const result = await engine.execute(
        kind,
        (target, keyId) => {
          options.onDispatch(keyId);
          return client.enrich(target, contacts, REVEAL[kind]);
        },
        { signal: options.signal, runId: options.runId, tally: tallyEnrich, onWaiting: options.onWaiting },
      );
      if (!result.ok)
        return { ok: false, rowOutcome: result.rowOutcome, error: { code: result.error.kind, message: result.error.message } };
      return { ok: true, results: result.value.results, keyId: result.keyId, creditsCharged: result.value.creditsCharged };
    },

    accounts(kind) {
      const byAccount = new Map<string, AccountKeys>();
      for (const key of engine.snapshot()) {
        if (!serves(key.category, kind)) continue;
        const entry = byAccount.get(key.account) ?? { account: key.account, usable: 0, total: 0 };
        entry.total += 1;
        if (key.role === 'active' && isUsable(key.status)) entry.usable += 1;
        byAccount.set(key.account, entry);
      }
      return [...byAccount.values()];
    },
  };
}
