// Inline rename in the sheets list: Enter saves, Escape or leaving the field without a change cancels.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface RenameInputProps {
  name: string;
  onSave(name: string): void;
  onCancel(): void;
}

export function RenameInput({ name, onSave, onCancel }: RenameInputProps) {
  const { t } = useTranslation();
  const [value, setValue] = useState(name);
  // Enter ends editing and unmounts the field, which may fire blur too: act once.
  const done = useRef(false);
  const finish = (action: () => void) => {
    if (done.current) return;
    done.current = true;
    action();
  };
  const commit = () => {
    const trimmed = value.trim();
    finish(() => (trimmed && trimmed !== name ? onSave(trimmed) : onCancel()));
  };
  return (
    <input
      className="input sheet-item__rename"
      aria-label={t('sheets.renameInput', { name })}
      value={value}
      maxLength={200}
      autoFocus
      onFocus={(e) => e.target.select()}
      onChange={(e) => setValue(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
        if (e.key === 'Escape') finish(onCancel);
      }}
    />
  );
}
