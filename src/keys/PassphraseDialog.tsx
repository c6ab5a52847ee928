// Sets up a master passphrase (no keychain) or unlocks a vault protected by one.
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { api } from '../api';
import { Dialog } from '../components/Dialog';
import { DialogFooter } from './DialogFooter';
import { FormError } from './FormRow';
import { NewPassphraseFields, passphrasesDiffer, useNewPassphrase } from './NewPassphraseFields';
import { SecretField, useSecret } from './SecretField';
import { useSubmit } from './useSubmit';
import { adoptVault } from './vaultActions';

export function SetupPassphraseDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const value = useNewPassphrase();
  const { busy, error, submit } = useSubmit(async () => {
    if (passphrasesDiffer(value)) return t('keys.vault.mismatch');
    value.confirm.take();
    adoptVault(await api.keys.setupPassphrase({ passphrase: value.passphrase.take() }));
    toast.success(t('keys.vault.setUp'));
    onClose();
  });
  return (
    <Dialog
      title={t('keys.vault.setupTitle')}
      onClose={onClose}
      onSubmit={submit}
      footer={<DialogFooter submitLabel={t('keys.vault.setupSubmit')} busy={busy || !value.passphrase.filled} onCancel={onClose} />}
    >
      <p className="dialog__intro">{t('keys.vault.setupIntro')}</p>
      <NewPassphraseFields value={value} />
      <FormError message={error} />
    </Dialog>
  );
}

export function UnlockDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const passphrase = useSecret();
  const { busy, error, submit } = useSubmit(async () => {
    adoptVault(await api.keys.unlock({ passphrase: passphrase.take() }));
    toast.success(t('keys.vault.unlocked'));
    onClose();
  });
  return (
    <Dialog
      title={t('keys.vault.unlockTitle')}
      onClose={onClose}
      onSubmit={submit}
      footer={<DialogFooter submitLabel={t('keys.vault.unlockSubmit')} busy={busy || !passphrase.filled} onCancel={onClose} />}
    >
      <div className="form-grid">
        <SecretField label={t('keys.vault.passphrase')} secret={passphrase} autoFocus />
      </div>
      <FormError message={error} />
    </Dialog>
  );
}
