// The actions a key offers depend on where it lives: a stored key has them all; an environment key can
// be tested or imported into the vault; a key waiting for re-entry must be entered again first.
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeySummary } from '@shared/domain';
import { Button } from '../components/Button';
import { LockIcon, PauseIcon, PencilIcon, PlayIcon, PulseIcon, ResetIcon, TrashIcon } from '../components/icons';
import { importEnvironmentKeys, resetKey, setKeyDisabled, testKey } from './keyActions';
import { useKeysDialog } from './keysDialogStore';

/** Disables a row's buttons while one of its calls is in flight, so a slow test cannot be fired twice. */
function useBusy(): [boolean, (task: () => Promise<void>) => void] {
  const [busy, setBusy] = useState(false);
  const run = (task: () => Promise<void>) => {
    setBusy(true);
    void task().finally(() => setBusy(false));
  };
  return [busy, run];
}

function IconAction({ label, icon, onClick, disabled }: { label: string; icon: ReactNode; onClick(): void; disabled?: boolean }) {
  return <Button variant="ghost" icon={icon} title={label} aria-label={label} disabled={disabled} onClick={onClick} />;
}

export function KeyRowActions({ keySummary: key }: { keySummary: KeySummary }) {
  const { t } = useTranslation();
  const show = useKeysDialog((s) => s.show);
  const [busy, run] = useBusy();
  const mask = key.mask;
  const test = (
    <IconAction
      label={t('keys.actions.test', { mask })}
      icon={<PulseIcon size={14} />}
      disabled={busy}
      onClick={() => run(() => testKey(key))}
    />
  );

  if (key.source === 'environment') {
    return (
      <div className="key-actions">
        {test}
        <Button variant="ghost" icon={<LockIcon size={14} />} disabled={busy} onClick={() => run(importEnvironmentKeys)}>
          {t('keys.actions.importEnvironment')}
        </Button>
      </div>
    );
  }

  const disabled = key.status === 'disabled';
  return (
    <div className="key-actions">
      {key.needsReentry ? (
        <Button variant="secondary" onClick={() => show({ kind: 'reenter', key })}>
          {t('keys.actions.reenter')}
        </Button>
      ) : (
        test
      )}
      <IconAction label={t('keys.actions.edit', { mask })} icon={<PencilIcon size={14} />} onClick={() => show({ kind: 'edit', key })} />
      <IconAction
        label={t(disabled ? 'keys.actions.enable' : 'keys.actions.disable', { mask })}
        icon={disabled ? <PlayIcon size={14} /> : <PauseIcon size={14} />}
        disabled={busy}
        onClick={() => run(() => setKeyDisabled(key, !disabled))}
      />
      <IconAction
        label={t('keys.actions.reset', { mask })}
        icon={<ResetIcon size={14} />}
        disabled={busy}
        onClick={() => run(() => resetKey(key))}
      />
      <IconAction label={t('keys.actions.delete', { mask })} icon={<TrashIcon size={14} />} onClick={() => show({ kind: 'delete', key })} />
    </div>
  );
}
