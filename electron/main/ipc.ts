// The typed transport between ipcMain and the dispatch table (idea from GitHub Desktop's ipc-main.ts):
// every invoke channel of the contract is registered, and every call checks its sender first.
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { INVOKE_CHANNELS, type NotifyChannel, type NotifyContract } from '../shared/contract';
import { dispatch, type Handlers } from './dispatch';

export class UntrustedSenderError extends Error {
  override readonly name = 'UntrustedSenderError';
}

/** Registers a handler for every contract channel; returns a function that removes them all. */
export function registerIpcHandlers(ipcMain: IpcMain, handlers: Handlers, isTrustedSender: (event: IpcMainInvokeEvent) => boolean): () => void {
  for (const channel of INVOKE_CHANNELS) {
    ipcMain.handle(channel, (event, raw: unknown) => {
      if (!isTrustedSender(event)) throw new UntrustedSenderError(`${channel}: refused a call from an untrusted sender`);
      return dispatch(handlers, channel, raw);
    });
  }
  return () => INVOKE_CHANNELS.forEach((channel) => ipcMain.removeHandler(channel));
}

/** Sends one typed notification to a window's renderer, if it is still there. */
export function sendNotification<N extends NotifyChannel>(contents: WebContents | null | undefined, channel: N, payload: NotifyContract[N]): void {
  if (contents && !contents.isDestroyed()) contents.send(channel, payload);
}
