// The Sheets page: the open sheet, or an empty state that leads to an import.
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../components/EmptyState';
import { SheetIcon, UploadIcon } from '../components/icons';
import { useCurrentSheet, useSheetsStore } from '../stores/sheetsStore';
import { TrySampleButton } from '../sandbox/TrySampleButton';
import { ImportButton } from './ImportButton';
import { SheetView } from './SheetView';
import './sheets.css';

function NoSheets() {
  const { t } = useTranslation();
  return (
    <EmptyState icon={<UploadIcon size={28} />} title={t('sheets.emptyTitle')} body={t('sheets.emptyBody')}>
      <div className="empty-state__actions">
        <ImportButton />
        <TrySampleButton />
      </div>
      <p className="empty-state__hint">{t('sheets.dropHint')}</p>
    </EmptyState>
  );
}

function NoneOpen() {
  const { t } = useTranslation();
  return (
    <EmptyState icon={<SheetIcon size={28} />} title={t('sheets.noneOpenTitle')} body={t('sheets.noneOpenBody')}>
      <ImportButton variant="secondary" />
    </EmptyState>
  );
}

export function SheetsPage() {
  const loaded = useSheetsStore((s) => s.loaded);
  const hasSheets = useSheetsStore((s) => s.sheets.length > 0);
  const sheet = useCurrentSheet();
  // Remount per sheet: fresh rows, selection and column sizes.
  if (sheet) return <SheetView key={sheet.id} sheet={sheet} />;
  if (!loaded) return null;
  return hasSheets ? <NoneOpen /> : <NoSheets />;
}
