// Adds one key. The plaintext goes to main once and the field is emptied at that moment, whatever
// main answers: it never lingers in the renderer.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { api } from '../api';
import { Dialog } from '../components/Dialog';
import { DialogFooter } from './DialogFooter';
import { KeyFields, metaOf, NEW_KEY_VALUES, type KeyFieldValues } from './KeyFields';
import { FormError } from './FormRow';
import { keyFormatProblem } from './keyFormat';
import { useKeysStore } from './keysStore';
import { SecretField, useSecret } from './SecretField';
import { useSubmit } from './useSubmit';

export function AddKeyDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const secret = useSecret();
  const [values, setValues] = useState<KeyFieldValues>(NEW_KEY_VALUES);
  const { busy, error, submit } = useSubmit(async () => {
    const plaintext = secret.take();
    const problem = keyFormatProblem(plaintext);
    if (problem) return problem;
    const added = await api.keys.add({ key: plaintext, ...metaOf(values) });
    useKeysStore.getState().put(added);
    toast.success(t('keys.done.added', { mask: added.mask }));
    onClose();
  });

  return (
    <Dialog
      title={t('keys.add.title')}
      onClose={onClose}
      onSubmit={submit}
      width={520}
      footer={<DialogFooter submitLabel={t('keys.add.submit')} busy={busy || !secret.filled} onCancel={onClose} />}
    >
      <p className="dialog__intro">{t('keys.add.intro')}</p>
      <div className="form-grid">
        <SecretField label={t('keys.fields.key')} secret={secret} autoFocus />
      </div>
      <FormError message={error} />
      <KeyFields values={values} onChange={(patch) => setValues((v) => ({ ...v, ...patch }))} />
    </Dialog>
  );
}
