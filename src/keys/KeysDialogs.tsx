// Renders whichever keys dialog is open.
import { AddKeyDialog } from './AddKeyDialog';
import { DeleteKeyDialog } from './DeleteKeyDialog';
import { EditKeyDialog } from './EditKeyDialog';
import { ImportKeysDialog } from './ImportKeysDialog';
import { useKeysDialog } from './keysDialogStore';
import { useKeysStore } from './keysStore';
import { SetupPassphraseDialog, UnlockDialog } from './PassphraseDialog';
import { ReenterKeyDialog } from './ReenterKeyDialog';
import { ResetVaultDialog } from './ResetVaultDialog';

export function KeysDialogs() {
  const open = useKeysDialog((s) => s.open);
  const close = useKeysDialog((s) => s.close);
  const vault = useKeysStore((s) => s.vault);
  switch (open?.kind) {
    case undefined:
      return null;
    case 'add':
      return <AddKeyDialog onClose={close} />;
    case 'import':
      return <ImportKeysDialog onClose={close} />;
    case 'edit':
      return <EditKeyDialog keySummary={open.key} onClose={close} />;
    case 'reenter':
      return <ReenterKeyDialog keySummary={open.key} onClose={close} />;
    case 'delete':
      return <DeleteKeyDialog keySummary={open.key} onClose={close} />;
    case 'setupPassphrase':
      return <SetupPassphraseDialog onClose={close} />;
    case 'unlock':
      return <UnlockDialog onClose={close} />;
    case 'resetVault':
      return vault && <ResetVaultDialog vault={vault} onClose={close} />;
  }
}
