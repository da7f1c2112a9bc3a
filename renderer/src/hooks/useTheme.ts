// Light or dark: follows the system unless the user chose; applied as data-theme on <html>.
import { useEffect, useState } from 'react';

export type ThemeChoice = 'system' | 'light' | 'dark';

const query = (): MediaQueryList | null => (typeof window.matchMedia === 'function' ? window.matchMedia('(prefers-color-scheme: dark)') : null);

/** The choice a dark-mode toggle makes: the opposite of what shows now, or "system" again when that
 * opposite is what the system asks for (so the app goes back to following it). */
export function toggledTheme(dark: boolean, systemDark: boolean): ThemeChoice {
  const wantDark = !dark;
  return wantDark === systemDark ? 'system' : wantDark ? 'dark' : 'light';
}

/** Whether the page is dark now, given the user's choice and the system setting. */
export function useResolvedDark(choice: ThemeChoice): { readonly dark: boolean; readonly systemDark: boolean } {
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
  return { dark: choice === 'system' ? systemDark : choice === 'dark', systemDark };
}
