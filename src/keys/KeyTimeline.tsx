// A key's status history (keys.history), shown under its row. It reloads with every refresh of the
// page, so a key the engine moves while it is open gains its new line.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyEvent } from '@shared/domain';
import { api } from '../api';
import { errorMessage } from '../errors';
import { useKeysStore } from './keysStore';
import { StatusBadge } from './StatusBadge';
import { formatDateTime } from './time';

const HISTORY_LIMIT = 50;

type Loaded = { events: KeyEvent[] } | { error: string } | null;

function useHistory(keyId: number): Loaded {
  const revision = useKeysStore((s) => s.revision);
  const [loaded, setLoaded] = useState<Loaded>(null);
  useEffect(() => {
    let current = true;
    api.keys
      .history({ keyId, limit: HISTORY_LIMIT })
      .then((events) => current && setLoaded({ events }))
      .catch((error: unknown) => current && setLoaded({ error: errorMessage(error) }));
    return () => {
      current = false;
    };
  }, [keyId, revision]);
  return loaded;
}

export function KeyTimeline({ keyId }: { keyId: number }) {
  const { t } = useTranslation();
  const loaded = useHistory(keyId);
  if (!loaded) return <p className="key-timeline__note">{t('keys.timeline.loading')}</p>;
  if ('error' in loaded) return <p className="key-timeline__note key-timeline__note--error">{loaded.error}</p>;
  if (loaded.events.length === 0) return <p className="key-timeline__note">{t('keys.timeline.empty')}</p>;
  return (
    <table className="key-timeline" aria-label={t('keys.timeline.label')}>
      <thead>
        <tr>
          <th>{t('keys.timeline.at')}</th>
          <th>{t('keys.timeline.change')}</th>
          <th>{t('keys.timeline.cause')}</th>
          <th className="keys-num">{t('keys.timeline.http')}</th>
          <th className="key-timeline__message">{t('keys.timeline.message')}</th>
          <th>{t('keys.timeline.actor')}</th>
        </tr>
      </thead>
      <tbody>
        {loaded.events.map((event) => (
          <tr key={event.id}>
            <td className="key-timeline__time">{formatDateTime(event.at)}</td>
            <td className="key-timeline__change">
              {event.fromStatus && <StatusBadge status={event.fromStatus} />}
              {event.fromStatus && <span className="key-timeline__arrow">→</span>}
              <StatusBadge status={event.toStatus} />
            </td>
            <td>{event.cause}</td>
            <td className="keys-num">{event.httpStatus ?? '—'}</td>
            <td className="key-timeline__message">{event.message ?? '—'}</td>
            <td>{t(`keys.actor.${event.actor}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
