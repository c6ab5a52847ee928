// Which accounts can serve the run now, or, when none can, the way to the API keys page.
import { useTranslation } from 'react-i18next';
import type { EnrichKind, RunEstimate } from '@shared/domain';
import { OpenKeysButton } from './OpenKeysButton';
import { usableKeys } from './useEstimate';

interface EstimateKeysProps {
  estimate: RunEstimate;
  kind: EnrichKind;
  onLeave(): void;
}

export function EstimateKeys({ estimate, kind, onLeave }: EstimateKeysProps) {
  const { t } = useTranslation();
  if (usableKeys(estimate) === 0) {
    return (
      <div className="notice notice--error" role="alert">
        <p>{t('runs.estimate.noKeys', { context: kind })}</p>
        <OpenKeysButton onLeave={onLeave} />
      </div>
    );
  }
  return (
    <div className="estimate-keys">
      <h3>{t('runs.estimate.keysTitle')}</h3>
      <ul>
        {estimate.keys.map((account) => (
          <li key={account.account}>
            <span className="estimate-keys__account">{account.account}</span>
            <span className={account.usable === 0 ? 'estimate-keys__none' : undefined}>
              {t('runs.estimate.usableKeys', { usable: account.usable, count: account.total })}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
