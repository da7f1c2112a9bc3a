// Runs one call to main at a time for a form: busy while it runs, the error message when it fails.
import { useCallback, useState } from 'react';

export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(async <T,>(work: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    setError(null);
    try {
      return await work();
    } catch (e) {
      // Errors from main arrive wrapped ("Error invoking remote method ..."): keep the last clause.
      const message = e instanceof Error ? e.message : String(e);
      setError(message.replace(/^.*?Error: /, ''));
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, run, clearError: () => setError(null) };
}
