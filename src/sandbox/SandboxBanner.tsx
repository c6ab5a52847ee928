// Across the top of the main area for as long as the sandbox is open, so sample data and simulated
// keys are never taken for the real thing.
import { Trans, useTranslation } from 'react-i18next';
import { Button } from '../components/Button';
import { useIsSandbox, useModeStore } from './modeStore';
import './sandbox.css';

export function SandboxBanner() {
  const { t } = useTranslation();
  const sandbox = useIsSandbox();
  const leaving = useModeStore((s) => s.switchingTo === 'real');
  const switchTo = useModeStore((s) => s.switchTo);
  if (!sandbox) return null;
  return (
    <div className="sandbox-banner" role="status">
      <span className="sandbox-banner__dot" aria-hidden="true" />
      <span className="sandbox-banner__text">
        <Trans i18nKey="sandbox.bannerText" components={{ strong: <strong /> }} />
      </span>
      <Button variant="secondary" disabled={leaving} onClick={() => void switchTo('real')}>
        {leaving ? t('sandbox.leaving') : t('sandbox.backToReal')}
      </Button>
    </div>
  );
}
