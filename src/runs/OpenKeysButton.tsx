// The way out of a run that cannot start for want of keys: close what is open and go to API keys.
import { useTranslation } from 'react-i18next';
import { Button } from '../components/Button';
import { KeyIcon } from '../components/icons';
import { useNavStore } from '../stores/navStore';
import { KEYS_PAGE } from './navigation';

export function OpenKeysButton({ onLeave }: { onLeave(): void }) {
  const { t } = useTranslation();
  const go = useNavStore((s) => s.go);
  const openKeys = () => {
    onLeave();
    go(KEYS_PAGE);
  };
  return (
    <Button icon={<KeyIcon size={14} />} onClick={openKeys}>
      {t('runs.openKeys')}
    </Button>
  );
}
