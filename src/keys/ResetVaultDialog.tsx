// Starts a new vault. Nothing is deleted: stored keys keep their settings and history and wait to be
// entered again, which the dialog says before the user confirms.
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import type { VaultOverview } from '@shared/domain';
import { api } from '../api';
import { Dialog } from '../components/Dialog';
import { DialogFooter } from './DialogFooter';
import { FormError } from './FormRow';
import { NewPassphraseFields, passphrasesDiffer, useNewPassphrase } from './NewPassphraseFields';
import { useSubmit } from './useSubmit';
import { adoptVault, resetNeedsPassphrase } from './vaultActions';

export function ResetVaultDialog({ vault, onClose }: { vault: VaultOverview; onClose(): void }) {
  const { t } = useTranslation();
  const withPassphrase = resetNeedsPassphrase(vault);
  const value = useNewPassphrase();
  const { busy, error, submit } = useSubmit(async () => {
    if (withPassphrase && passphrasesDiffer(value)) return t('keys.vault.mismatch');
    value.confirm.take();
    const passphrase = value.passphrase.take();
    adoptVault(await api.keys.resetVault({ confirm: true, passphrase: withPassphrase ? passphrase : undefined }));
    toast.success(t('keys.vault.resetDone', { count: vault.storedKeys }));
    onClose();
  });
  return (
    <Dialog
      title={t('keys.vault.resetTitle')}
      onClose={onClose}
      onSubmit={submit}
      footer={
        <DialogFooter
          submitLabel={t('keys.vault.resetSubmit')}
          busy={busy || (withPassphrase && !value.passphrase.filled)}
          onCancel={onClose}
          variant="danger"
        />
      }
    >
      <p>{t('keys.vault.resetBody', { count: vault.storedKeys })}</p>
      {withPassphrase && (
        <>
          <p className="dialog__intro">{t('keys.vault.resetPassphraseIntro')}</p>
          <NewPassphraseFields value={value} />
        </>
      )}
      <FormError message={error} />
    </Dialog>
  );
}
