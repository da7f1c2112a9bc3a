import { describe, expect, it } from 'vitest';
import { shortcutFor } from '../../renderer/src/hooks/useShortcuts';
import { toggledTheme } from '../../renderer/src/hooks/useTheme';
import { summaryText } from '../../renderer/src/ingest/IngestNotice';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods });

describe('shortcutFor', () => {
  const cases = [
    { k: key('+'), typing: false, out: 'zoomIn' },
    { k: key('='), typing: false, out: 'zoomIn' },
    { k: key('-'), typing: false, out: 'zoomOut' },
    { k: key('0'), typing: false, out: 'fit' },
    { k: key('/'), typing: false, out: 'find' },
    { k: key('f', { ctrlKey: true }), typing: false, out: 'find' },
    { k: key('F', { metaKey: true }), typing: true, out: 'find' },
    // Typing in a field keeps its keys; Ctrl+- is the browser's zoom, not ours.
    { k: key('0'), typing: true, out: null },
    { k: key('/'), typing: true, out: null },
    { k: key('-', { ctrlKey: true }), typing: false, out: null },
    { k: key('a'), typing: false, out: null },
  ] as const;
  for (const c of cases) it(`${JSON.stringify(c.k)} typing=${c.typing} -> ${c.out}`, () => expect(shortcutFor(c.k, c.typing)).toBe(c.out));
});

describe('summaryText', () => {
  it('says what an ingest did', () => {
    expect(summaryText({ added: 2, updated: 0, unchanged: 1, errors: [{ path: '/a.pdf', message: 'bad' }], cancelled: false })).toBe('2 documents added, 1 unchanged; 1 file could not be read.');
    expect(summaryText({ added: 1, updated: 1, unchanged: 0, errors: [], cancelled: true })).toBe('1 document added, 1 document updated (cancelled).');
    expect(summaryText({ added: 0, updated: 0, unchanged: 0, errors: [], cancelled: false })).toBe('No documents added.');
  });
});

describe('toggledTheme', () => {
  it('switches to the opposite, or back to following the system when that is the opposite', () => {
    expect(toggledTheme(false, false)).toBe('dark');
    expect(toggledTheme(true, false)).toBe('system');
    expect(toggledTheme(true, true)).toBe('light');
    expect(toggledTheme(false, true)).toBe('system');
  });
});
