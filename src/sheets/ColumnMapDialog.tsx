// Which column plays which role. Opens with main's guesses preselected (right after an import, or
// from the toolbar later); saving stores the corrected map with the sheet.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COLUMN_ROLES, type ColumnMap, type ColumnRole, type SheetDetail } from '@shared/domain';
import { Button } from '../components/Button';
import { Dialog } from '../components/Dialog';
import { useSheetsStore } from '../stores/sheetsStore';

const NOT_MAPPED = '';

interface RoleSelectProps {
  role: ColumnRole;
  columns: string[];
  value: number | undefined;
  onChange(value: number | undefined): void;
}

function RoleSelect({ role, columns, value, onChange }: RoleSelectProps) {
  const { t } = useTranslation();
  const id = `column-role-${role}`;
  return (
    <div className="form-row">
      <label htmlFor={id}>{t(`columnMap.roles.${role}`)}</label>
      <select
        id={id}
        className="select"
        value={value === undefined ? NOT_MAPPED : String(value)}
        onChange={(e) => onChange(e.target.value === NOT_MAPPED ? undefined : Number(e.target.value))}
      >
        <option value={NOT_MAPPED}>{t('columnMap.notMapped')}</option>
        {columns.map((column, index) => (
          <option key={index} value={index}>
            {column}
          </option>
        ))}
      </select>
    </div>
  );
}

interface ColumnMapDialogProps {
  sheet: SheetDetail;
  onClose(): void;
}

export function ColumnMapDialog({ sheet, onClose }: ColumnMapDialogProps) {
  const { t } = useTranslation();
  const saveColumnMap = useSheetsStore((s) => s.saveColumnMap);
  const [map, setMap] = useState<ColumnMap>(sheet.columnMap);
  const [saving, setSaving] = useState(false);

  const setRole = (role: ColumnRole, index: number | undefined) =>
    setMap((current) => {
      const next = { ...current };
      if (index === undefined) delete next[role];
      else next[role] = index;
      return next;
    });

  const submit = async () => {
    setSaving(true);
    const saved = await saveColumnMap(sheet.id, map);
    setSaving(false);
    if (saved) onClose();
  };

  return (
    <Dialog
      title={t('columnMap.title')}
      onClose={onClose}
      onSubmit={() => void submit()}
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary" disabled={saving}>
            {t('common.save')}
          </Button>
        </>
      }
    >
      <p className="dialog__intro">{t('columnMap.intro')}</p>
      <div className="form-grid">
        {COLUMN_ROLES.map((role) => (
          <RoleSelect key={role} role={role} columns={sheet.columns} value={map[role]} onChange={(index) => setRole(role, index)} />
        ))}
      </div>
    </Dialog>
  );
}
