// The failover flag as a switch in the table: a one-click setting, so no dialog.
import { useTranslation } from 'react-i18next';
import type { KeySummary } from '@shared/domain';
import { setFailover } from './keyActions';

export function FailoverToggle({ keySummary: key }: { keySummary: KeySummary }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      role="switch"
      className="switch switch--failover"
      aria-checked={key.failoverEnabled}
      aria-label={t('keys.failoverFor', { mask: key.mask })}
      // Environment keys live for this session only: main refuses to change them.
      disabled={key.source === 'environment'}
      onClick={() => void setFailover(key, !key.failoverEnabled)}
    >
      <span className="switch__thumb" />
    </button>
  );
}
