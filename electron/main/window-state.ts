// The window's size and position, remembered across launches in a small JSON file in userData.
// A missing, corrupt or off-screen state falls back to defaults rather than a lost window.
import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface WindowState {
  readonly x?: number;
  readonly y?: number;
  readonly width: number;
  readonly height: number;
  readonly maximized: boolean;
}

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 800, maximized: false };
export const MIN_SIZE = { width: 800, height: 600 } as const;

const schema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(1).max(100_000),
  height: z.number().int().min(1).max(100_000),
  maximized: z.boolean(),
});

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Reads the saved state; drops the position when it would put the window on no display. */
export function loadWindowState(file: string, workAreas: readonly Rect[]): WindowState {
  let saved: WindowState;
  try {
    saved = schema.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
  const width = Math.max(saved.width, MIN_SIZE.width);
  const height = Math.max(saved.height, MIN_SIZE.height);
  const { x, y } = saved;
  if (x === undefined || y === undefined || !workAreas.some((area) => overlaps({ x, y, width, height }, area))) {
    return { width, height, maximized: saved.maximized };
  }
  return { x, y, width, height, maximized: saved.maximized };
}

export function saveWindowState(file: string, state: WindowState): void {
  try {
    writeFileSync(file, JSON.stringify(state));
  } catch {
    // Not worth failing a quit over: the next launch uses the defaults.
  }
}
