import { useTranslation } from 'react-i18next';
import { Button } from '../components/Button';

interface DialogFooterProps {
  submitLabel: string;
  busy: boolean;
  onCancel(): void;
  variant?: 'primary' | 'danger';
}

/** Cancel and the dialog's submit button, the same in every keys dialog. */
export function DialogFooter({ submitLabel, busy, onCancel, variant = 'primary' }: DialogFooterProps) {
  const { t } = useTranslation();
  return (
    <>
      <Button onClick={onCancel}>{t('common.cancel')}</Button>
      <Button type="submit" variant={variant} disabled={busy}>
        {submitLabel}
      </Button>
    </>
  );
}
