// A key's status as a coloured badge. Timed benches (cooling, quota) count down to `until`; the reason
// main recorded is the tooltip. While the vault is locked or unreadable a stored key shows "Locked"
// instead: its last status (say, Healthy) would promise a key that cannot be used.
import { useTranslation } from 'react-i18next';
import type { KeyStatus } from '@shared/domain';
import { formatCountdown } from './time';
import { useNow } from './useNow';

interface StatusBadgeProps {
  status: KeyStatus;
  reason?: string | null;
  until?: string | null;
  locked?: boolean;
}

export function StatusBadge({ status, reason = null, until = null, locked = false }: StatusBadgeProps) {
  const { t } = useTranslation();
  const now = useNow(until && !locked ? 1000 : null);
  if (locked) {
    return (
      <span className="key-status key-status--disabled" title={t('keys.lockedHint')}>
        <span className="key-status__dot" aria-hidden="true" />
        {t('keys.locked')}
      </span>
    );
  }
  const left = until ? Date.parse(until) - now : null;
  return (
    <span className={`key-status key-status--${status}`} title={reason ?? undefined}>
      <span className="key-status__dot" aria-hidden="true" />
      {t(`keys.status.${status}`)}
      {left !== null && left > 0 && <span className="key-status__countdown">{formatCountdown(left)}</span>}
    </span>
  );
}
