// Shared behaviour of the Documents view's native modal dialogs: shown modal on mount (the browser
// traps focus and Escape cancels), and focus handed back to whatever opened them when they close.
import { useEffect, useRef, type RefObject } from 'react';

/** Shows `dialog` as a modal once mounted; returns a close handler that puts focus back on the
 * element that had it when the dialog opened (or on `fallback` when that element is gone). */
export function useModal(dialog: RefObject<HTMLDialogElement | null>, fallback?: () => HTMLElement | null): () => void {
  const opener = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const d = dialog.current;
    if (!d || d.open) return; // StrictMode runs this twice; the first showModal stands
    const active = document.activeElement;
    opener.current = active instanceof HTMLElement && active !== document.body ? active : null;
    d.showModal();
  }, [dialog]);
  return () => {
    const back = opener.current?.isConnected ? opener.current : (fallback?.() ?? null);
    back?.focus();
  };
}
