// The sheets list in the sidebar, under the Sheets navigation entry.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSheetsStore } from '../stores/sheetsStore';
import { SheetListItem } from './SheetListItem';

export function SheetsNav() {
  const { t } = useTranslation();
  const sheets = useSheetsStore((s) => s.sheets);
  const currentId = useSheetsStore((s) => s.currentId);
  const refresh = useSheetsStore((s) => s.refresh);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  if (sheets.length === 0) return null;
  return (
    <ul className="sheet-list" aria-label={t('sheets.listLabel')}>
      {sheets.map((sheet) => (
        <SheetListItem key={sheet.id} sheet={sheet} current={sheet.id === currentId} />
      ))}
    </ul>
  );
}
