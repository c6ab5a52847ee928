import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import type { KeySummary } from '@shared/domain';
import { api } from '../api';
import { Dialog } from '../components/Dialog';
import { DialogFooter } from './DialogFooter';
import { FormError } from './FormRow';
import { useKeysStore } from './keysStore';
import { useSubmit } from './useSubmit';

export function DeleteKeyDialog({ keySummary: key, onClose }: { keySummary: KeySummary; onClose(): void }) {
  const { t } = useTranslation();
  const { busy, error, submit } = useSubmit(async () => {
    await api.keys.remove({ keyId: key.id });
    toast.success(t('keys.done.deleted', { mask: key.mask }));
    void useKeysStore.getState().refresh();
    onClose();
  });
  return (
    <Dialog
      title={t('keys.delete.title')}
      onClose={onClose}
      onSubmit={submit}
      width={420}
      footer={<DialogFooter submitLabel={t('keys.delete.submit')} busy={busy} onCancel={onClose} variant="danger" />}
    >
      <p>{t('keys.delete.body', { label: key.label, mask: key.mask })}</p>
      <FormError message={error} />
    </Dialog>
  );
}
