// The filter box over all columns. Typing is debounced so a 1M-row grid is not re-filtered per key.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchIcon } from '../components/icons';

const DEBOUNCE_MS = 200;

export function QuickFilter({ onChange }: { onChange(text: string): void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => onChange(text), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, onChange]);
  return (
    <label className="search">
      <SearchIcon size={14} />
      <input
        type="search"
        className="search__input"
        placeholder={t('grid.quickFilter')}
        aria-label={t('grid.quickFilterLabel')}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
    </label>
  );
}
