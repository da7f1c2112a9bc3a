// The renderer's only door to the main process: exactly one method per contract channel, `on()`
// for the notification channels, and `pathForFile()` for drag and drop. Never ipcRenderer itself.
// Sandboxed preloads can require only `electron`: electron/build.mjs bundles this into one CJS file.
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { INVOKE_CHANNELS, NOTIFY_CHANNELS, type EventlineApi, type InvokeChannel, type NotifyChannel, type NotifyContract, type Req, type Res } from '../shared/contract';

const invoker =
  <C extends InvokeChannel>(channel: C) =>
  (req: Req<C>): Promise<Res<C>> =>
    ipcRenderer.invoke(channel, req);

const isNotifyChannel = (channel: unknown): channel is NotifyChannel => (NOTIFY_CHANNELS as readonly unknown[]).includes(channel);

function on<N extends NotifyChannel>(channel: N, listener: (payload: NotifyContract[N]) => void): () => void {
  if (!isNotifyChannel(channel)) throw new Error(`not a notification channel: ${String(channel)}`);
  // The IPC event (with its sender) never reaches the renderer: only the payload does.
  const relay = (_event: IpcRendererEvent, payload: NotifyContract[N]) => listener(payload);
  ipcRenderer.on(channel, relay);
  return () => {
    ipcRenderer.removeListener(channel, relay);
  };
}

function buildApi(): EventlineApi {
  const methods = Object.fromEntries(INVOKE_CHANNELS.map((channel) => [channel, invoker(channel)]));
  // The one cast: Object.fromEntries cannot keep the per-channel types the loop preserves.
  return Object.freeze({
    ...(methods as { [C in InvokeChannel]: (req: Req<C>) => Promise<Res<C>> }),
    on,
    pathForFile: (file: File) => webUtils.getPathForFile(file),
  });
}

contextBridge.exposeInMainWorld('eventline', buildApi());
