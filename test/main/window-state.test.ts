// The remembered window: saved and restored, and never lost off-screen or to a corrupt file.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_STATE, loadWindowState, saveWindowState } from '../../electron/main/window-state';

const screen = [{ x: 0, y: 0, width: 1920, height: 1080 }];
const file = () => join(mkdtempSync(join(tmpdir(), 'eventline-ws-')), 'window-state.json');

describe('window state', () => {
  it('restores what was saved', () => {
    const f = file();
    saveWindowState(f, { x: 100, y: 50, width: 1024, height: 700, maximized: true });
    expect(loadWindowState(f, screen)).toEqual({ x: 100, y: 50, width: 1024, height: 700, maximized: true });
  });

  const cases: { name: string; content: string | null; out: object }[] = [
    { name: 'no file', content: null, out: DEFAULT_WINDOW_STATE },
    { name: 'not JSON', content: '{oops', out: DEFAULT_WINDOW_STATE },
    { name: 'wrong shape', content: '{"width":"big"}', out: DEFAULT_WINDOW_STATE },
    { name: 'off every display: position dropped', content: '{"x":5000,"y":5000,"width":900,"height":700,"maximized":false}', out: { width: 900, height: 700, maximized: false } },
    { name: 'too small: grown to the minimum', content: '{"x":10,"y":10,"width":200,"height":100,"maximized":false}', out: { x: 10, y: 10, width: 800, height: 600, maximized: false } },
  ];
  for (const { name, content, out } of cases) {
    it(name, () => {
      const f = file();
      if (content !== null) writeFileSync(f, content);
      expect(loadWindowState(f, screen)).toEqual(out);
    });
  }
});
