// Bulk import: pasted text or a file main opens with its own dialog. The pasted text is emptied as soon
// as it is sent; what stays on screen is the per-line result, with masks only.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyCategory, KeyImportResult } from '@shared/domain';
import { api } from '../api';
import { Button } from '../components/Button';
import { Dialog } from '../components/Dialog';
import { UploadIcon } from '../components/icons';
import { CategorySelect } from './CategorySelect';
import { DialogFooter } from './DialogFooter';
import { FormError, FormRow } from './FormRow';
import { ImportResults } from './ImportResults';
import { useKeysStore } from './keysStore';
import { useSecret } from './SecretField';
import { useSubmit } from './useSubmit';

export function ImportKeysDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const text = useSecret<HTMLTextAreaElement>();
  const [category, setCategory] = useState<KeyCategory>('any');
  const [result, setResult] = useState<KeyImportResult | null>(null);

  const finish = (imported: KeyImportResult | null) => {
    if (!imported) return;
    setResult(imported);
    void useKeysStore.getState().refresh();
  };
  const paste = useSubmit(async () => {
    finish(await api.keys.importText({ text: text.take(), category }));
  });
  const file = useSubmit(async () => finish(await api.keys.importFile({ category })));
  const busy = paste.busy || file.busy;

  const footer = result ? (
    <>
      <Button onClick={() => setResult(null)}>{t('keys.import.again')}</Button>
      <Button type="submit" variant="primary">
        {t('keys.import.done')}
      </Button>
    </>
  ) : (
    <DialogFooter submitLabel={t('keys.import.submit')} busy={busy || !text.filled} onCancel={onClose} />
  );

  return (
    <Dialog title={t('keys.import.title')} onClose={onClose} onSubmit={result ? onClose : paste.submit} width={620} footer={footer}>
      {result ? (
        <ImportResults result={result} />
      ) : (
        <>
          <p className="dialog__intro">{t('keys.import.intro')}</p>
          <textarea
            className="input keys-import-text"
            aria-label={t('keys.import.textLabel')}
            placeholder={t('keys.import.placeholder')}
            spellCheck={false}
            autoComplete="off"
            autoFocus
            ref={text.ref}
            onInput={text.onInput}
          />
          <div className="keys-import-options">
            <div className="form-grid">
              <FormRow label={t('keys.import.category')}>
                {(id) => <CategorySelect id={id} value={category} onChange={setCategory} />}
              </FormRow>
            </div>
            <Button icon={<UploadIcon size={14} />} disabled={busy} onClick={file.submit}>
              {t('keys.import.chooseFile')}
            </Button>
          </div>
          <FormError message={paste.error ?? file.error} />
        </>
      )}
    </Dialog>
  );
}
