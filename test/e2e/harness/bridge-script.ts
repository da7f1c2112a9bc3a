// The page side of the harness: what the preload does in the app, rebuilt in the page from exposed
// functions. It builds `window.eventline` with one method per contract channel, `on()` for the
// notification channels, and `pathForFile()`; only the transport differs from the real preload.
// Plain JavaScript in a string: it runs in the page, untouched by the test's TypeScript transform.
import { INVOKE_CHANNELS, NOTIFY_CHANNELS } from '../../../electron/shared/contract';

/** Prefix of the per-channel functions exposed with page.exposeFunction. */
export const INVOKE_PREFIX = '__eventlineInvoke_';

export function bridgeScript(): string {
  return `(() => {
  const invokeChannels = ${JSON.stringify(INVOKE_CHANNELS)};
  const notifyChannels = ${JSON.stringify(NOTIFY_CHANNELS)};
  const prefix = ${JSON.stringify(INVOKE_PREFIX)};
  const listeners = new Map(notifyChannels.map((c) => [c, new Set()]));
  const droppedPaths = new WeakMap();
  const api = {};
  for (const channel of invokeChannels) {
    api[channel] = (req) => window[prefix + channel](req);
  }
  api.on = (channel, listener) => {
    const set = listeners.get(channel);
    if (!set) throw new Error('not a notification channel: ' + channel);
    set.add(listener);
    return () => { set.delete(listener); };
  };
  api.pathForFile = (file) => droppedPaths.get(file) ?? '';
  Object.defineProperty(window, 'eventline', { value: Object.freeze(api), enumerable: true });
  // Test-only hooks, not part of the app's API.
  Object.defineProperty(window, '__eventlineHarness', {
    value: Object.freeze({
      notify(channel, payload) {
        for (const listener of listeners.get(channel) ?? []) listener(payload);
      },
      dropFiles(selector, files) {
        const target = document.querySelector(selector);
        if (!target) throw new Error('no element matches ' + selector);
        const transfer = new DataTransfer();
        for (const { name, path, type } of files) {
          const file = new File(['stand-in'], name, { type });
          droppedPaths.set(file, path);
          transfer.items.add(file);
        }
        for (const type of ['dragenter', 'dragover', 'drop']) {
          target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
        }
      },
    }),
  });
})();`;
}
