// The view the user left (theme, lanes, timeline window), read once at start and saved as it changes.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ViewState } from '../../../electron/shared/contract';
import { api } from '../api';

export function useViewState(): { view: ViewState | null; update: (patch: Partial<ViewState>) => void } {
  const [view, setView] = useState<ViewState | null>(null);
  const latest = useRef<ViewState>({});
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    api()
      .getViewState({})
      .then((v) => {
        latest.current = v;
        setView(v);
      })
      .catch(() => setView({}));
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, []);

  const update = useCallback((patch: Partial<ViewState>) => {
    latest.current = { ...latest.current, ...patch };
    setView(latest.current);
    // Window changes arrive at every pan step: save once things settle.
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      void api().setViewState({ view: latest.current }).catch(() => undefined);
    }, 400);
  }, []);

  return { view, update };
}
