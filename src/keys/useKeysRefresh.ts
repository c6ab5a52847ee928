// Keeps the page live: a first load, then one refresh per burst of keys.changed events (the engine can
// move many keys within a few milliseconds during a run).
import { useEffect } from 'react';
import { api } from '../api';
import { useKeysStore } from './keysStore';

const DEBOUNCE_MS = 250;

export function useKeysRefresh(): void {
  useEffect(() => {
    const { refresh } = useKeysStore.getState();
    void refresh();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = api.on('keys.changed', () => {
      clearTimeout(timer);
      timer = setTimeout(() => void refresh(), DEBOUNCE_MS);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, []);
}
