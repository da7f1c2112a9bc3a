// The view the user left (theme, lanes, timeline window), read once at start and saved as it changes.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ViewState } from '../../../electron/shared/contract';
import { api } from '../api';

export function useViewState(): { view: ViewState | null; update: (patch: Partial<ViewState>) => void } {
  const [view, setView] = useState<ViewState | null>(null);
  const latest = useRef<ViewState>({});
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // Changes made before the saved state arrives are applied on top of it, never saved in its place.
  const loaded = useRef(false);

  useEffect(() => {
    api()
      .getViewState({})
      .catch(() => ({}))
      .then((v) => {
        latest.current = { ...v, ...latest.current };
        loaded.current = true;
        setView(latest.current);
      });
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, []);

  const update = useCallback((patch: Partial<ViewState>) => {
    latest.current = { ...latest.current, ...patch };
    setView(latest.current);
    if (!loaded.current) return;
    // Window changes arrive at every pan step: save once things settle.
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      void api().setViewState({ view: latest.current }).catch(() => undefined);
    }, 400);
  }, []);

  return { view, update };
}
