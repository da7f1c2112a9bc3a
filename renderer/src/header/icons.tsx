// Small stroke icons for the toolbar (inline SVG: no icon font, nothing fetched, CSP-friendly).
import type { JSX } from 'react';

const PATHS = {
  file: 'M6 3h8l4 4v14H6z M14 3v4h4 M12 11v6 M9 14h6',
  folder: 'M3 6h6l2 2h10v11H3z M12 11v6 M9 14h6',
  filter: 'M4 5h16l-6 8v6l-4-2v-4z',
  zoomIn: 'M11 4a7 7 0 1 0 0 14a7 7 0 1 0 0-14 M20 20l-4-4 M8 11h6 M11 8v6',
  zoomOut: 'M11 4a7 7 0 1 0 0 14a7 7 0 1 0 0-14 M20 20l-4-4 M8 11h6',
  fit: 'M4 9V4h5 M20 9V4h-5 M4 15v5h5 M20 15v5h-5',
  lanes: 'M4 6h16 M4 12h16 M4 18h16',
  sun: 'M12 8a4 4 0 1 0 0 8a4 4 0 1 0 0-8 M12 2v2 M12 20v2 M2 12h2 M20 12h2 M5 5l1.5 1.5 M17.5 17.5L19 19 M5 19l1.5-1.5 M17.5 6.5L19 5',
  moon: 'M20 14.5A8 8 0 1 1 9.5 4a6.5 6.5 0 0 0 10.5 10.5z',
  alert: 'M12 3l10 18H2z M12 10v5 M12 18v.5',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name }: { readonly name: IconName }): JSX.Element {
  return (
    <svg className="icon-svg" width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} />
    </svg>
  );
}
