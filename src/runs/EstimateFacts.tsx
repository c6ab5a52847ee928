// The estimate as the user reads it: what the run will take, what it will not ask again, and what it
// may cost. Rows lacking identifiers list their reasons, since fixing the column map may rescue them.
import { useTranslation } from 'react-i18next';
import type { RunEstimate } from '@shared/domain';
import { formatNumber } from '../i18n';

function Fact({ label, value, strong = false }: { label: string; value: number; strong?: boolean }) {
  return (
    <div className={`estimate__fact ${strong ? 'estimate__fact--strong' : ''}`}>
      <dt>{label}</dt>
      <dd>{formatNumber(value)}</dd>
    </div>
  );
}

export function EstimateFacts({ estimate }: { estimate: RunEstimate }) {
  const { t } = useTranslation();
  const lacking = estimate.lacking.reduce((sum, r) => sum + r.rows, 0);
  return (
    <dl className="estimate" aria-label={t('runs.estimate.factsLabel')}>
      <Fact label={t('runs.estimate.rows')} value={estimate.rows} />
      <Fact label={t('runs.estimate.alreadyFound')} value={estimate.alreadyFound} />
      <Fact label={t('runs.estimate.duplicates')} value={estimate.duplicatesFolded} />
      <Fact label={t('runs.estimate.cacheHits')} value={estimate.cacheHits} />
      <Fact label={t('runs.estimate.lacking')} value={lacking} />
      {estimate.lacking.map(({ reason, rows }) => (
        <div key={reason} className="estimate__reason">
          <dt>{reason}</dt>
          <dd>{formatNumber(rows)}</dd>
        </div>
      ))}
      <Fact label={t('runs.estimate.toAsk')} value={estimate.toAsk} />
      <Fact label={t('runs.estimate.calls')} value={estimate.calls} />
      <Fact label={t('runs.estimate.credits')} value={estimate.creditsAtMost} strong />
    </dl>
  );
}
