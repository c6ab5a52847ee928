// A key's status as a coloured badge. Timed benches (cooling, quota) count down to `until`; the reason
// main recorded is the tooltip.
import { useTranslation } from 'react-i18next';
import type { KeyStatus } from '../../electron/ipc/types';
import { formatCountdown } from './time';
import { useNow } from './useNow';

interface StatusBadgeProps {
  status: KeyStatus;
  reason?: string | null;
  until?: string | null;
}

export function StatusBadge({ status, reason = null, until = null }: StatusBadgeProps) {
  const { t } = useTranslation();
  const now = useNow(until ? 1000 : null);
  const left = until ? Date.parse(until) - now : null;
  return (
    <span className={`key-status key-status--${status}`} title={reason ?? undefined}>
      <span className="key-status__dot" aria-hidden="true" />
      {t(`keys.status.${status}`)}
      {left !== null && left > 0 && <span className="key-status__countdown">{formatCountdown(left)}</span>}
    </span>
  );
}
