// Asks main for a request's estimate once the dialog opens; a request replaced meanwhile is ignored.
import { useEffect, useState } from 'react';
import type { RunEstimate } from '@shared/domain';
import { api } from '../api';
import { errorCode, errorMessage } from '../errors';
import type { EnrichRequest } from './enrichRequest';

export type EstimateResult =
  { status: 'loading' } | { status: 'ready'; estimate: RunEstimate } | { status: 'error'; message: string; code: string | null };

export function useEstimate({ sheetId, kind, rowIds, onlyStates }: EnrichRequest): EstimateResult {
  const [result, setResult] = useState<EstimateResult>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    setResult({ status: 'loading' });
    api.runs
      .estimate({ sheetId, kind, rowIds, onlyStates })
      .then((estimate) => current && setResult({ status: 'ready', estimate }))
      .catch((error: unknown) => current && setResult({ status: 'error', message: errorMessage(error), code: errorCode(error) }));
    return () => {
      current = false;
    };
  }, [sheetId, kind, rowIds, onlyStates]);
  return result;
}

export const usableKeys = (estimate: RunEstimate) => estimate.keys.reduce((sum, account) => sum + account.usable, 0);
