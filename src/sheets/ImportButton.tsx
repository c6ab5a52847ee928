import { useTranslation } from 'react-i18next';
import { Button } from '../components/Button';
import { UploadIcon } from '../components/icons';
import { useImportStore } from '../stores/importStore';

export function ImportButton({ variant = 'primary' }: { variant?: 'primary' | 'secondary' }) {
  const { t } = useTranslation();
  const busy = useImportStore((s) => s.active !== null);
  const start = useImportStore((s) => s.start);
  return (
    <Button variant={variant} icon={<UploadIcon />} disabled={busy} onClick={() => void start()}>
      {t('import.button')}
    </Button>
  );
}
