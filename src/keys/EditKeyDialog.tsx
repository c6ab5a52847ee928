import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import type { KeySummary } from '@shared/domain';
import { api } from '../api';
import { Dialog } from '../components/Dialog';
import { DialogFooter } from './DialogFooter';
import { KeyFields, metaOf, valuesOf, type KeyFieldValues } from './KeyFields';
import { FormError } from './FormRow';
import { useKeysStore } from './keysStore';
import { useSubmit } from './useSubmit';

export function EditKeyDialog({ keySummary: key, onClose }: { keySummary: KeySummary; onClose(): void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<KeyFieldValues>(() => valuesOf(key));
  const { busy, error, submit } = useSubmit(async () => {
    useKeysStore.getState().put(await api.keys.update({ keyId: key.id, ...metaOf(values) }));
    toast.success(t('keys.done.updated', { mask: key.mask }));
    onClose();
  });

  return (
    <Dialog
      title={t('keys.edit.title', { mask: key.mask })}
      onClose={onClose}
      onSubmit={submit}
      width={520}
      footer={<DialogFooter submitLabel={t('common.save')} busy={busy} onCancel={onClose} />}
    >
      <FormError message={error} />
      <KeyFields values={values} onChange={(patch) => setValues((v) => ({ ...v, ...patch }))} required />
    </Dialog>
  );
}
