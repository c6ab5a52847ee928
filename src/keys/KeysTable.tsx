// The key pool as a plain table: a few dozen keys at most, so no grid is needed.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeySummary } from '@shared/domain';
import { KeyRow } from './KeyRow';
import { useNow } from './useNow';

const COLUMNS = ['key', 'status', 'category', 'account', 'priority', 'failover', 'usage', 'lastUsed', 'actions'] as const;

export function KeysTable({ keys }: { keys: KeySummary[] }) {
  const { t } = useTranslation();
  // "Last used 3 minutes ago" has to age even when nothing else changes.
  const now = useNow(30_000);
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());
  const toggle = (id: number) =>
    setExpanded((open) => {
      const next = new Set(open);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  return (
    <div className="keys-table-wrap">
      <table className="keys-table" aria-label={t('keys.tableLabel')}>
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th key={column} className={`keys-table__${column}`}>
                {/* The actions column is self-evident on screen; screen readers still get its name. */}
                <span className={column === 'actions' ? 'keys-sr-only' : undefined}>{t(`keys.columns.${column}`)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {keys.map((key) => (
            <KeyRow
              key={key.id}
              keySummary={key}
              now={now}
              expanded={expanded.has(key.id)}
              onToggle={() => toggle(key.id)}
              columns={COLUMNS.length}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
