// The API keys page, which is also the key health panel: stats, the vault's state, every key with its
// live status and timeline, and the dialogs that change them.
import { useTranslation } from 'react-i18next';
import { Button } from '../components/Button';
import { EmptyState } from '../components/EmptyState';
import { KeyIcon, PlusIcon, UploadIcon } from '../components/icons';
import { KeysDialogs } from './KeysDialogs';
import { useKeysDialog } from './keysDialogStore';
import { useKeysStore } from './keysStore';
import { KeysTable } from './KeysTable';
import { StatCards } from './StatCards';
import { useKeysRefresh } from './useKeysRefresh';
import { VaultBanner } from './VaultBanner';
import './keys.css';

function AddButtons() {
  const { t } = useTranslation();
  const show = useKeysDialog((s) => s.show);
  return (
    <>
      <Button icon={<UploadIcon size={14} />} onClick={() => show({ kind: 'import' })}>
        {t('keys.importButton')}
      </Button>
      <Button variant="primary" icon={<PlusIcon size={14} />} onClick={() => show({ kind: 'add' })}>
        {t('keys.addButton')}
      </Button>
    </>
  );
}

function NoKeys() {
  const { t } = useTranslation();
  return (
    <EmptyState icon={<KeyIcon size={28} />} title={t('keys.emptyTitle')} body={t('keys.emptyBody')}>
      <div className="keys-empty__actions">
        <AddButtons />
      </div>
    </EmptyState>
  );
}

export function KeysPage() {
  const { t } = useTranslation();
  useKeysRefresh();
  const { keys, stats, vault, loaded } = useKeysStore();
  return (
    <div className="keys-page">
      <div className="toolbar">
        <div className="toolbar__title">
          <h1>{t('keys.title')}</h1>
          {stats && <span className="toolbar__meta">{t('keys.count', { count: stats.total })}</span>}
        </div>
        <div className="toolbar__actions">{keys.length > 0 && <AddButtons />}</div>
      </div>
      <div className="keys-page__body">
        {vault && <VaultBanner vault={vault} />}
        {loaded && keys.length === 0 ? (
          <NoKeys />
        ) : (
          <>
            {stats && <StatCards stats={stats} />}
            <KeysTable keys={keys} />
          </>
        )}
      </div>
      <KeysDialogs />
    </div>
  );
}
