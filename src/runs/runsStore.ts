// Runs going on now (latest progress of each), runs a crash left behind, and the controls. Fed by the
// runs.* events wherever the user is, so a sheet opened mid-run shows its bar at once.
import { create } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { RunFinished, RunProgress, RunState, RunSummary } from '@shared/domain';
import { api } from '../api';
import { notifyError } from '../errors';

export type RunControl = 'pause' | 'resume' | 'cancel';

interface RunsState {
  /** Runs going on or paused, by run id. */
  live: Record<number, RunProgress>;
  /** Interrupted runs the user has not resumed or dismissed yet. */
  interrupted: RunSummary[];
  /** Bumped by every run that ends, so lists of runs know to reload. */
  endedCount: number;
  onProgress(progress: RunProgress): void;
  onFinished(finished: RunFinished): void;
  /** A run main just started or resumed: shown before its first progress event arrives. */
  track(run: RunSummary): void;
  control(runId: number, action: RunControl): Promise<void>;
  loadInterrupted(): Promise<void>;
  dismissInterrupted(runId: number): void;
}

const GOING: ReadonlySet<RunState> = new Set(['running', 'paused']);

function progressOf(run: RunSummary, sheetId: number): RunProgress {
  return {
    runId: run.id,
    sheetId,
    kind: run.kind,
    state: run.state,
    total: run.rowsAsked,
    done: run.found + run.notFound + run.failed + run.skipped,
    found: run.found,
    notFound: run.notFound,
    failed: run.failed,
    skipped: run.skipped,
    rate: 0,
    etaSec: null,
    keysWorking: [],
    waitingUntil: null,
    waitingEtaSec: null,
  };
}

function without<T>(record: Record<number, T>, id: number): Record<number, T> {
  const rest = { ...record };
  delete rest[id];
  return rest;
}

export const useRunsStore = create<RunsState>()((set, get) => ({
  live: {},
  interrupted: [],
  endedCount: 0,

  onProgress: (progress) =>
    set((s) => ({
      live: GOING.has(progress.state) ? { ...s.live, [progress.runId]: progress } : without(s.live, progress.runId),
    })),

  onFinished: ({ run }) => set((s) => ({ live: without(s.live, run.id), endedCount: s.endedCount + 1 })),

  track: (run) => {
    if (run.sheetId === null || !GOING.has(run.state)) return;
    const sheetId = run.sheetId;
    set((s) => ({
      live: { ...s.live, [run.id]: s.live[run.id] ?? progressOf(run, sheetId) },
      interrupted: s.interrupted.filter((r) => r.id !== run.id),
    }));
  },

  control: async (runId, action) => {
    try {
      const run = await api.runs[action]({ runId });
      // Events follow, but the button should flip now; an ended run is left for runs.finished to clear.
      set((s) => {
        const current = s.live[run.id];
        return current && GOING.has(run.state) ? { live: { ...s.live, [run.id]: { ...current, state: run.state } } } : s;
      });
      if (action === 'resume') get().track(run);
    } catch (error) {
      notifyError(error);
    }
  },

  loadInterrupted: async () => {
    try {
      set({ interrupted: await api.runs.interrupted() });
    } catch (error) {
      notifyError(error);
    }
  },

  dismissInterrupted: (runId) => set((s) => ({ interrupted: s.interrupted.filter((r) => r.id !== runId) })),
}));

/** One sheet's runs going on now, phones before emails. */
export const useSheetRuns = (sheetId: number): RunProgress[] =>
  useRunsStore(
    useShallow((s) =>
      Object.values(s.live)
        .filter((p) => p.sheetId === sheetId)
        .sort((a, b) => b.kind.localeCompare(a.kind)),
    ),
  );
