// Light or dark: follows the system unless the user chose; applied as data-theme on <html>.
import { useEffect, useState } from 'react';

export type ThemeChoice = 'system' | 'light' | 'dark';

const query = (): MediaQueryList | null => (typeof window.matchMedia === 'function' ? window.matchMedia('(prefers-color-scheme: dark)') : null);

/** Whether the page is dark now, given the user's choice and the system setting. */
export function useResolvedDark(choice: ThemeChoice): boolean {
  const [systemDark, setSystemDark] = useState(() => query()?.matches ?? false);
  useEffect(() => {
    const mq = query();
    if (!mq) return;
    const onChange = (e: MediaQueryListEvent): void => setSystemDark(e.matches);
    mq.addEventListener('change', onChange);
    return () => mq.removeEventListener('change', onChange);
  }, []);
  useEffect(() => {
    if (choice === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = choice;
  }, [choice]);
  return choice === 'system' ? systemDark : choice === 'dark';
}
