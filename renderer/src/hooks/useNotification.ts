// Subscribes to a main -> renderer notification for the component's lifetime; the latest handler
// is always the one called, so callers need not memoise it.
import { useEffect, useRef } from 'react';
import type { NotifyChannel, NotifyContract } from '../../../electron/shared/contract';
import { api } from '../api';

export function useNotification<N extends NotifyChannel>(channel: N, handler: (payload: NotifyContract[N]) => void): void {
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => api().on(channel, (payload) => latest.current(payload)), [channel]);
}
