// The sidebar's way in and out of the sandbox, at the foot of the navigation.
import { useTranslation } from 'react-i18next';
import { useModeStore } from './modeStore';
import './sandbox.css';

export function SandboxToggle() {
  const { t } = useTranslation();
  const mode = useModeStore((s) => s.mode);
  const switchingTo = useModeStore((s) => s.switchingTo);
  const switchTo = useModeStore((s) => s.switchTo);
  const on = mode === 'sandbox';
  return (
    <div className="sidebar__footer">
      <button
        type="button"
        role="switch"
        aria-checked={on}
        className="sandbox-toggle"
        disabled={mode === null || switchingTo !== null}
        onClick={() => void switchTo(on ? 'real' : 'sandbox')}
      >
        <span className="sandbox-toggle__text">
          <span className="sandbox-toggle__label">{t('sandbox.toggle')}</span>
          <span className="sandbox-toggle__hint">{switchingTo ? t('sandbox.switching') : t('sandbox.toggleHint')}</span>
        </span>
        <span className="switch" aria-hidden="true">
          <span className="switch__thumb" />
        </span>
      </button>
    </div>
  );
}
