// "Try it with sample data": the empty state's way into the sandbox for someone without a Lusha
// account yet. Not offered inside the sandbox itself.
import { useTranslation } from 'react-i18next';
import { Button } from '../components/Button';
import { useModeStore } from './modeStore';

export function TrySampleButton() {
  const { t } = useTranslation();
  const mode = useModeStore((s) => s.mode);
  const opening = useModeStore((s) => s.switchingTo === 'sandbox');
  const switchTo = useModeStore((s) => s.switchTo);
  if (mode !== 'real') return null;
  return (
    <Button variant="secondary" disabled={opening} title={t('sandbox.trySampleHint')} onClick={() => void switchTo('sandbox')}>
      {opening ? t('sandbox.opening') : t('sandbox.trySample')}
    </Button>
  );
}
