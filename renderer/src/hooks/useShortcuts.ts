// Keyboard shortcuts of the window (the menu has the same ones): + and - zoom, 0 fits,
// / or Ctrl/Cmd+F goes to search. Keys typed into a field stay in the field.
import { useEffect, useRef } from 'react';

export interface ShortcutActions {
  zoomIn(): void;
  zoomOut(): void;
  fit(): void;
  find(): void;
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Which action a key press asks for, or null. */
export function shortcutFor(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>, typing: boolean): keyof ShortcutActions | null {
  if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'f') return 'find';
  if (typing || e.ctrlKey || e.metaKey || e.altKey) return null;
  switch (e.key) {
    case '+':
    case '=':
      return 'zoomIn';
    case '-':
    case '_':
      return 'zoomOut';
    case '0':
      return 'fit';
    case '/':
      return 'find';
    default:
      return null;
  }
}

export function useShortcuts(actions: ShortcutActions): void {
  const latest = useRef(actions);
  latest.current = actions;
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.defaultPrevented) return;
      const action = shortcutFor(e, isTyping(e.target));
      if (!action) return;
      e.preventDefault();
      latest.current[action]();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
