// The pool at a glance, from keys.stats. Timed benches (cooling, quota) count as one card, and so do
// the keys Lusha refuses (invalid, blocked): the badges in the table tell them apart.
import { useTranslation } from 'react-i18next';
import type { KeyStats } from '@shared/domain';
import { formatNumber } from '../i18n';

type Tone = 'neutral' | 'good' | 'warn' | 'bad' | 'failover';

type CardId = 'total' | 'healthy' | 'cooling' | 'exhausted' | 'invalid' | 'failoverEnabled' | 'standby';

interface Card {
  id: CardId;
  value: number;
  tone: Tone;
}

function cards(stats: KeyStats): Card[] {
  const s = stats.byStatus;
  return [
    { id: 'total', value: stats.total, tone: 'neutral' },
    { id: 'healthy', value: s.healthy, tone: 'good' },
    { id: 'cooling', value: s.cooling + s.quota, tone: 'warn' },
    { id: 'exhausted', value: s.exhausted, tone: 'bad' },
    { id: 'invalid', value: s.invalid + s.blocked, tone: 'bad' },
    { id: 'failoverEnabled', value: stats.failoverEnabled, tone: 'failover' },
    { id: 'standby', value: stats.standby, tone: 'neutral' },
  ];
}

export function StatCards({ stats }: { stats: KeyStats }) {
  const { t } = useTranslation();
  return (
    <dl className="stat-cards">
      {cards(stats).map((card) => (
        <div
          key={card.id}
          className={`stat-card ${card.value > 0 ? `stat-card--${card.tone}` : ''}`}
          title={t(`keys.statHints.${card.id}`)}
          data-testid={`stat-${card.id}`}
        >
          <dt>{t(`keys.stats.${card.id}`)}</dt>
          <dd>{formatNumber(card.value)}</dd>
        </div>
      ))}
    </dl>
  );
}
