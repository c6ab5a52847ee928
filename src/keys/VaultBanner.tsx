// When the vault is not open, main's own explanation and the one action that moves it forward.
import { useTranslation } from 'react-i18next';
import type { VaultOverview } from '@shared/domain';
import { Button } from '../components/Button';
import { AlertIcon, LockIcon } from '../components/icons';
import { useKeysDialog } from './keysDialogStore';

export function VaultBanner({ vault }: { vault: VaultOverview }) {
  const { t } = useTranslation();
  const show = useKeysDialog((s) => s.show);
  if (vault.state === 'unlocked') return null;
  const serious = vault.state === 'unreadable';
  return (
    <div className={`vault-banner ${serious ? 'vault-banner--serious' : ''}`} role="alert">
      <span className="vault-banner__icon">{serious ? <AlertIcon size={16} /> : <LockIcon size={16} />}</span>
      <div className="vault-banner__text">
        <strong>{t(`keys.vault.state.${vault.state}`)}</strong>
        <span>{vault.message}</span>
        {vault.storedKeys > 0 && <span className="vault-banner__count">{t('keys.vault.storedKeys', { count: vault.storedKeys })}</span>}
      </div>
      <div className="vault-banner__actions">
        {vault.state === 'needs_passphrase' && (
          <Button variant="primary" onClick={() => show({ kind: 'setupPassphrase' })}>
            {t('keys.vault.setupAction')}
          </Button>
        )}
        {vault.state === 'locked' && (
          <Button variant="primary" onClick={() => show({ kind: 'unlock' })}>
            {t('keys.vault.unlockAction')}
          </Button>
        )}
        {/* A forgotten passphrase ends the same way as an unreadable vault. */}
        {(vault.state === 'locked' || vault.state === 'unreadable') && (
          <Button variant={serious ? 'danger' : 'ghost'} onClick={() => show({ kind: 'resetVault' })}>
            {t('keys.vault.resetAction')}
          </Button>
        )}
      </div>
    </div>
  );
}
