// Seals a key stored before a vault reset again, keeping its settings and history.
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import type { KeySummary } from '@shared/domain';
import { api } from '../api';
import { Dialog } from '../components/Dialog';
import { DialogFooter } from './DialogFooter';
import { FormError } from './FormRow';
import { keyFormatProblem } from './keyFormat';
import { useKeysStore } from './keysStore';
import { SecretField, useSecret } from './SecretField';
import { useSubmit } from './useSubmit';

export function ReenterKeyDialog({ keySummary: key, onClose }: { keySummary: KeySummary; onClose(): void }) {
  const { t } = useTranslation();
  const secret = useSecret();
  const { busy, error, submit } = useSubmit(async () => {
    const plaintext = secret.take();
    const problem = keyFormatProblem(plaintext);
    if (problem) return problem;
    useKeysStore.getState().put(await api.keys.reenter({ keyId: key.id, key: plaintext }));
    toast.success(t('keys.done.reentered', { mask: key.mask }));
    onClose();
  });

  return (
    <Dialog
      title={t('keys.reenter.title', { label: key.label })}
      onClose={onClose}
      onSubmit={submit}
      footer={<DialogFooter submitLabel={t('keys.reenter.submit')} busy={busy || !secret.filled} onCancel={onClose} />}
    >
      <p className="dialog__intro">{t('keys.reenter.intro', { mask: key.mask })}</p>
      <div className="form-grid">
        <SecretField label={t('keys.fields.key')} secret={secret} autoFocus />
      </div>
      <FormError message={error} />
    </Dialog>
  );
}
