// App-wide: progress and endings of every run reach the store (and the end its toast) whichever page
// is showing; runs a crash left behind are asked for once at start-up.
import { useEffect } from 'react';
import { api } from '../api';
import { showFinishedToast } from './finishedToast';
import { useRunsStore } from './runsStore';

export function useRunEvents(): void {
  useEffect(() => {
    const { onProgress, onFinished, loadInterrupted } = useRunsStore.getState();
    void loadInterrupted();
    const offProgress = api.on('runs.progress', onProgress);
    const offFinished = api.on('runs.finished', (finished) => {
      onFinished(finished);
      showFinishedToast(finished);
    });
    return () => {
      offProgress();
      offFinished();
    };
  }, []);
}
