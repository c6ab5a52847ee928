// One run in full: its totals, how it ended, the keys that answered it and what happened to keys
// while it went on.
import { useTranslation } from 'react-i18next';
import type { KeyEvent, RunDetail } from '@shared/domain';
import { formatNumber } from '../i18n';
import { formatClock, formatDateTime, formatTime } from './format';
import { RunActions } from './RunActions';
import { RunStatePill } from './RunStatePill';
import type { RunDetailView } from './useRunHistory';

function Totals({ detail }: { detail: RunDetail }) {
  const { t } = useTranslation();
  const figures = [
    ['rowsAsked', detail.rowsAsked],
    ['found', detail.found],
    ['notFound', detail.notFound],
    ['failed', detail.failed],
    ['skipped', detail.skipped],
    ['pending', detail.pending],
    ['credits', detail.credits],
    ['calls', detail.calls],
  ] as const;
  return (
    <dl className="run-totals">
      {figures.map(([name, value]) => (
        <div key={name}>
          <dt>{t(`runs.detail.totals.${name}`)}</dt>
          <dd>{formatNumber(value)}</dd>
        </div>
      ))}
      <div>
        <dt>{t('runs.detail.totals.duration')}</dt>
        <dd>{detail.durationSec === null ? '—' : formatClock(detail.durationSec)}</dd>
      </div>
    </dl>
  );
}

function KeysUsed({ detail }: { detail: RunDetail }) {
  const { t } = useTranslation();
  if (detail.keysUsed.length === 0) return <p className="run-detail__empty">{t('runs.detail.noKeysUsed')}</p>;
  return (
    <table className="runs-table runs-table--compact">
      <thead>
        <tr>
          <th scope="col">{t('runs.detail.keyColumns.key')}</th>
          <th scope="col">{t('runs.detail.keyColumns.label')}</th>
          <th scope="col">{t('runs.detail.keyColumns.account')}</th>
          <th scope="col" className="num">
            {t('runs.detail.keyColumns.rows')}
          </th>
        </tr>
      </thead>
      <tbody>
        {detail.keysUsed.map((key) => (
          <tr key={key.keyId}>
            <td className="mono">{key.mask}</td>
            <td>{key.label}</td>
            <td>{key.account}</td>
            <td className="num">{formatNumber(key.rows)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function KeyEventItem({ event, mask }: { event: KeyEvent; mask: string }) {
  const { t } = useTranslation();
  return (
    <li className="key-event">
      <time dateTime={event.at}>{formatTime(event.at)}</time>
      <span className="mono">{mask}</span>
      <span className="key-event__change">
        {event.fromStatus ? `${t(`runs.keyStatus.${event.fromStatus}`)} → ` : ''}
        <strong>{t(`runs.keyStatus.${event.toStatus}`)}</strong>
        {event.httpStatus !== null && <span className="key-event__http">HTTP {event.httpStatus}</span>}
      </span>
      <span className="key-event__message">{event.message ?? event.cause}</span>
    </li>
  );
}

export function RunDetailPanel({ view }: { view: RunDetailView }) {
  const { t } = useTranslation();
  const { detail, masks } = view;
  return (
    <section className="run-detail" aria-label={t('runs.detail.label')}>
      <header className="run-detail__header">
        <h2>{t('runs.detail.title', { context: detail.kind, name: detail.sheetName ?? t('runs.history.deletedSheet') })}</h2>
        <RunStatePill state={detail.state} />
      </header>
      <p className="run-detail__meta">{t('runs.detail.started', { time: formatDateTime(detail.startedAt) })}</p>
      {detail.message && <p className="notice">{detail.message}</p>}
      <Totals detail={detail} />
      <RunActions run={detail} />
      <h3>{t('runs.detail.keysUsed')}</h3>
      <KeysUsed detail={detail} />
      <h3>{t('runs.detail.keyEvents')}</h3>
      {detail.keyEvents.length === 0 ? (
        <p className="run-detail__empty">{t('runs.detail.noKeyEvents')}</p>
      ) : (
        <ul className="key-events">
          {detail.keyEvents.map((event) => (
            <KeyEventItem key={event.id} event={event} mask={masks.get(event.keyId) ?? `#${event.keyId}`} />
          ))}
        </ul>
      )}
    </section>
  );
}
