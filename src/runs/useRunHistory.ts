// The run history, reloaded whenever a run starts or ends so the page never shows a stale state.
import { useEffect, useState } from 'react';
import type { RunDetail, RunSummary } from '@shared/domain';
import { api } from '../api';
import { notifyError } from '../errors';
import { useRunsStore } from './runsStore';

export function useRunList(): RunSummary[] | null {
  const [runs, setRuns] = useState<RunSummary[] | null>(null);
  const endedCount = useRunsStore((s) => s.endedCount);
  const liveIds = useRunsStore((s) => Object.keys(s.live).join(','));
  useEffect(() => {
    let current = true;
    api.runs
      .list()
      .then((list) => current && setRuns(list))
      .catch(notifyError);
    return () => {
      current = false;
    };
  }, [endedCount, liveIds]);
  return runs;
}

export interface RunDetailView {
  detail: RunDetail;
  /** Key id → "…ABCD": keys that changed status during the run may not have answered any of its rows. */
  masks: Map<number, string>;
}

export function useRunDetail(runId: number | null): RunDetailView | null {
  const [view, setView] = useState<RunDetailView | null>(null);
  const endedCount = useRunsStore((s) => s.endedCount);
  useEffect(() => {
    if (runId === null) return;
    let current = true;
    // The key list only adds masks; a locked vault must not hide the run itself.
    Promise.all([api.runs.get({ runId }), api.keys.list().catch(() => [])])
      .then(([detail, keys]) => {
        if (!current) return;
        const masks = new Map(keys.map((k) => [k.id, k.mask]));
        for (const used of detail.keysUsed) masks.set(used.keyId, used.mask);
        setView({ detail, masks });
      })
      .catch(notifyError);
    return () => {
      current = false;
    };
  }, [runId, endedCount]);
  // Until the newly chosen run arrives, show nothing rather than the previous one.
  return view?.detail.id === runId ? view : null;
}
