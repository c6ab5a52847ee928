import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SheetSummary } from '@shared/domain';
import { Button } from '../components/Button';
import { PencilIcon, TrashIcon } from '../components/icons';
import { useNavStore } from '../stores/navStore';
import { useSheetsStore } from '../stores/sheetsStore';
import { DeleteSheetDialog } from './DeleteSheetDialog';
import { RenameInput } from './RenameInput';

export function SheetListItem({ sheet, current }: { sheet: SheetSummary; current: boolean }) {
  const { t } = useTranslation();
  const { open, rename, remove } = useSheetsStore.getState();
  const [mode, setMode] = useState<'idle' | 'renaming' | 'deleting'>('idle');
  const idle = () => setMode('idle');

  return (
    <li className={`sheet-item ${current ? 'sheet-item--current' : ''}`} data-sheet-id={sheet.id}>
      {mode === 'renaming' ? (
        <RenameInput
          name={sheet.name}
          onCancel={idle}
          onSave={(name) => {
            idle();
            void rename(sheet.id, name);
          }}
        />
      ) : (
        <button
          type="button"
          className="sheet-item__open"
          aria-current={current ? 'page' : undefined}
          onClick={() => {
            // From another page too: a sheet picked in the sidebar is the page the user wants.
            useNavStore.getState().go('sheets');
            void open(sheet.id);
          }}
          onDoubleClick={() => setMode('renaming')}
        >
          <span className="sheet-item__name" title={sheet.name}>
            {sheet.name}
          </span>
          <span className="sheet-item__meta">{t('sheets.rowCount', { count: sheet.rowCount })}</span>
        </button>
      )}
      {mode !== 'renaming' && (
        <span className="sheet-item__actions">
          <Button
            variant="ghost"
            icon={<PencilIcon size={14} />}
            aria-label={t('sheets.renameSheet', { name: sheet.name })}
            title={t('sheets.rename')}
            onClick={() => setMode('renaming')}
          />
          <Button
            variant="ghost"
            icon={<TrashIcon size={14} />}
            aria-label={t('sheets.deleteSheet', { name: sheet.name })}
            title={t('sheets.delete')}
            onClick={() => setMode('deleting')}
          />
        </span>
      )}
      {mode === 'deleting' && (
        <DeleteSheetDialog
          sheet={sheet}
          onClose={idle}
          onConfirm={() => {
            idle();
            void remove(sheet.id);
          }}
        />
      )}
    </li>
  );
}
