// Only our own window, showing our own renderer file, may call the library (idea from GitHub
// Desktop's trusted-ipc-sender.ts). A frame that navigated elsewhere, or an iframe, is refused.
import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { pathToFileURL } from 'node:url';

/** Builds the sender check for the window that shows `rendererIndex` (an absolute file path). */
export function trustedSenderCheck(getContents: () => WebContents | null, rendererIndex: string): (event: IpcMainInvokeEvent) => boolean {
  const expected = pathToFileURL(rendererIndex);
  return (event) => {
    const contents = getContents();
    if (!contents || event.sender !== contents) return false;
    // The top frame only (it has no parent): an iframe, whatever its URL, is not our renderer.
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null) return false;
    try {
      const url = new URL(frame.url);
      return url.protocol === 'file:' && url.pathname === expected.pathname;
    } catch {
      return false;
    }
  };
}
