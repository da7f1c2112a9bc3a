// The preload exposes exactly the contract's methods (plus on() and pathForFile()), never ipcRenderer.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS, type EventlineApi } from '../../electron/shared/contract';
import { contextBridge, ipcRenderer, webUtils } from './electron-mock';

vi.mock('electron', () => import('./electron-mock'));

let api: EventlineApi;
beforeAll(async () => {
  await import('../../electron/preload/preload');
  expect(contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  const [key, exposed] = contextBridge.exposeInMainWorld.mock.calls[0]!;
  expect(key).toBe('eventline');
  api = exposed as EventlineApi;
});

describe('preload', () => {
  it('exposes one method per invoke channel, on() and pathForFile(), and nothing else', () => {
    expect(Object.keys(api).sort()).toEqual([...INVOKE_CHANNELS, 'on', 'pathForFile'].sort());
    expect(Object.values(api).every((v) => typeof v === 'function')).toBe(true);
    expect(Object.values(api)).not.toContain(ipcRenderer);
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('invokes each method on its own channel with its one argument', async () => {
    for (const channel of INVOKE_CHANNELS) {
      ipcRenderer.invoke.mockClear();
      const method = api[channel] as (req: unknown) => Promise<unknown>;
      await expect(method({ probe: channel })).resolves.toBe('invoked');
      expect(ipcRenderer.invoke).toHaveBeenCalledWith(channel, { probe: channel });
    }
  });

  it('relays only the payload of a notification, until unsubscribed', () => {
    const seen: unknown[] = [];
    const off = api.on('libraryChanged', (payload) => seen.push(payload));
    ipcRenderer.emit('libraryChanged', { sender: 'secret' }, { reason: 'ingest' });
    off();
    ipcRenderer.emit('libraryChanged', { sender: 'secret' }, { reason: 'remove' });
    expect(seen).toEqual([{ reason: 'ingest' }]);
    expect(ipcRenderer.listenerCount('libraryChanged')).toBe(0);
  });

  it('refuses to subscribe to anything but a notification channel', () => {
    const on = api.on as (channel: string, listener: () => void) => () => void;
    expect(() => on('listDocuments', () => undefined)).toThrow(/not a notification channel/);
    expect(ipcRenderer.listenerCount('listDocuments')).toBe(0);
  });

  it('resolves a dropped file to its path through webUtils', () => {
    const file = new File(['x'], 'report.pdf');
    expect(api.pathForFile?.(file)).toBe('/dropped/report.pdf');
    expect(webUtils.getPathForFile).toHaveBeenCalledWith(file);
  });
});
