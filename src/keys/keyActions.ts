// What the row actions do: one call to main each, the row updated from its answer, and the outcome said
// in a toast. Failures go through notifyError like everywhere else in the app.
import { toast } from 'sonner';
import type { KeySummary, KeyTestResult } from '@shared/domain';
import { api } from '../api';
import { notifyError } from '../errors';
import { formatNumber, t } from '../i18n';
import { useKeysStore } from './keysStore';

async function attempt<T>(call: () => Promise<T>): Promise<T | null> {
  try {
    return await call();
  } catch (error) {
    notifyError(error);
    return null;
  }
}

const put = (key: KeySummary | null) => key && useKeysStore.getState().put(key);

function announceTest(result: KeyTestResult): void {
  const { mask, outcome, creditsRemaining } = result;
  if (outcome === 'valid') {
    const description =
      creditsRemaining === null ? result.message : t('keys.test.creditsRemaining', { credits: formatNumber(creditsRemaining) });
    toast.success(t('keys.test.valid', { mask }), { description });
    return;
  }
  const notify = outcome === 'invalid' || outcome === 'blocked' ? toast.error : toast.warning;
  notify(t(`keys.test.${outcome}`, { mask }), { description: result.message });
}

export async function testKey(key: KeySummary): Promise<void> {
  const result = await attempt(() => api.keys.test({ keyId: key.id }));
  if (!result) return;
  put({ ...key, status: result.status });
  announceTest(result);
}

export async function setKeyDisabled(key: KeySummary, disabled: boolean): Promise<void> {
  const updated = await attempt(() => api.keys.setDisabled({ keyId: key.id, disabled }));
  put(updated);
  if (updated) toast.success(t(disabled ? 'keys.done.disabled' : 'keys.done.enabled', { mask: key.mask }));
}

export async function resetKey(key: KeySummary): Promise<void> {
  const updated = await attempt(() => api.keys.reset({ keyId: key.id }));
  put(updated);
  if (updated) toast.success(t('keys.done.reset', { mask: key.mask }));
}

export async function setFailover(key: KeySummary, failoverEnabled: boolean): Promise<void> {
  put(await attempt(() => api.keys.update({ keyId: key.id, failoverEnabled })));
}

export async function importEnvironmentKeys(): Promise<void> {
  const result = await attempt(() => api.keys.importEnvironment());
  if (!result) return;
  toast.success(t('keys.done.environmentImported', { count: result.added }));
  void useKeysStore.getState().refresh();
}
