// A dialog's submit: busy while main works, and main's message kept for the dialog to show inline.
import { useState } from 'react';
import { errorMessage } from '../errors';

/** The task may answer with a message of its own (a check the renderer makes) to show the same way. */
export function useSubmit(task: () => Promise<string | void>) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      const problem = await task();
      if (problem) setError(problem);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, submit: () => void submit() };
}
