// The one door to the main process: the preload's `window.eventline`, typed by the shared contract.
// Nothing else in the renderer touches `window.eventline` directly.
import type { EventlineApi } from '../../electron/shared/contract';

/** The contract plus the preload's optional helper that turns a dropped File into its path
 * (Electron's webUtils.getPathForFile); absent where there is no file system (tests, browsers). */
export type RendererApi = EventlineApi & {
  readonly pathForFile?: (file: File) => string;
};

declare global {
  interface Window {
    readonly eventline?: RendererApi;
  }
}

/** The preload bridge; throws a clear error when the page runs without it. */
export function api(): RendererApi {
  const bridge = window.eventline;
  if (!bridge) throw new Error('Eventline bridge missing: the page must run inside the app (or the test harness).');
  return bridge;
}
