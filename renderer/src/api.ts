// The one door to the main process: the preload's `window.eventline`, typed by the shared contract.
// Nothing else in the renderer touches `window.eventline` directly.
import type { EventlineApi } from '../../electron/shared/contract';

/** What the preload exposes: the contract's methods, `on`, and the optional `pathForFile`. */
export type RendererApi = EventlineApi;

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
