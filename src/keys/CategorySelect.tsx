import { useTranslation } from 'react-i18next';
import { KEY_CATEGORIES, type KeyCategory } from '@shared/domain';

interface CategorySelectProps {
  id: string;
  value: KeyCategory;
  onChange(category: KeyCategory): void;
}

export function CategorySelect({ id, value, onChange }: CategorySelectProps) {
  const { t } = useTranslation();
  return (
    <select id={id} className="select" value={value} onChange={(e) => onChange(e.target.value as KeyCategory)}>
      {KEY_CATEGORIES.map((category) => (
        <option key={category} value={category}>
          {t(`keys.categoryOption.${category}`)}
        </option>
      ))}
    </select>
  );
}
