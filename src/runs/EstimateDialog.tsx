// The step before a run: main's estimate of the rows, the calls and the credits, the keys that can
// serve it, and Start. Mounted app-wide; it opens for whatever request is in useEnrichRequestStore.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { Button } from '../components/Button';
import { Dialog } from '../components/Dialog';
import { notifyError } from '../errors';
import { useEnrichRequestStore, type EnrichRequest } from './enrichRequest';
import { EstimateFacts } from './EstimateFacts';
import { EstimateKeys } from './EstimateKeys';
import { useRunsStore } from './runsStore';
import { usableKeys, useEstimate } from './useEstimate';
import { OpenKeysButton } from './OpenKeysButton';

function scopeText(t: ReturnType<typeof useTranslation>['t'], { scope, sheetName }: EnrichRequest): string {
  switch (scope.type) {
    case 'selected':
      return t('runs.scope.selected', { count: scope.count, name: sheetName });
    case 'all':
      return t('runs.scope.all', { count: scope.count, name: sheetName });
    case 'rerun':
      return t('runs.scope.rerun', { name: sheetName });
  }
}

function EstimateBody({ request, onClose }: { request: EnrichRequest; onClose(): void }) {
  const { t } = useTranslation();
  const result = useEstimate(request);
  const track = useRunsStore((s) => s.track);
  const [starting, setStarting] = useState(false);
  const ready = result.status === 'ready' ? result.estimate : null;
  const canStart = ready !== null && ready.rows > 0 && usableKeys(ready) > 0 && !starting;

  const start = async () => {
    setStarting(true);
    try {
      const { sheetId, kind, rowIds, onlyStates } = request;
      track(await api.runs.start({ sheetId, kind, rowIds, onlyStates }));
      onClose();
    } catch (error) {
      notifyError(error);
      setStarting(false);
    }
  };

  const title =
    request.scope.type === 'rerun' ? t('runs.estimate.rerunTitle', { context: request.kind }) : t('runs.enrich', { context: request.kind });
  return (
    <Dialog
      title={title}
      onClose={onClose}
      onSubmit={() => void start()}
      width={460}
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary" disabled={!canStart}>
            {t('runs.estimate.start')}
          </Button>
        </>
      }
    >
      <p className="dialog__intro">{scopeText(t, request)}</p>
      {result.status === 'loading' && <p className="estimate__loading">{t('runs.estimate.loading')}</p>}
      {result.status === 'error' && (
        <div className="notice notice--error" role="alert">
          <p>{result.message}</p>
          {result.code?.startsWith('vault_') && <OpenKeysButton onLeave={onClose} />}
        </div>
      )}
      {ready && (
        <>
          <EstimateFacts estimate={ready} />
          {ready.rows === 0 && (
            <p className="notice">{t('runs.estimate.nothing', { context: request.scope.type === 'rerun' ? 'rerun' : undefined })}</p>
          )}
          <EstimateKeys estimate={ready} kind={request.kind} onLeave={onClose} />
        </>
      )}
    </Dialog>
  );
}

export function EstimateDialog() {
  const request = useEnrichRequestStore((s) => s.request);
  const close = useEnrichRequestStore((s) => s.close);
  return request ? <EstimateBody request={request} onClose={close} /> : null;
}
