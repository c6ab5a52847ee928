import { useTranslation } from 'react-i18next';
import type { SheetSummary } from '@shared/domain';
import { Button } from '../components/Button';
import { Dialog } from '../components/Dialog';

interface DeleteSheetDialogProps {
  sheet: SheetSummary;
  onConfirm(): void;
  onClose(): void;
}

export function DeleteSheetDialog({ sheet, onConfirm, onClose }: DeleteSheetDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog
      title={t('sheets.deleteTitle')}
      onClose={onClose}
      width={420}
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button variant="danger" onClick={onConfirm} autoFocus>
            {t('sheets.deleteConfirm')}
          </Button>
        </>
      }
    >
      <p>{t('sheets.deleteBody', { name: sheet.name, count: sheet.rowCount })}</p>
    </Dialog>
  );
}
