// What each invoke channel does, independent of the transport: Electron's ipcMain in the app, the
// e2e harness's page.exposeFunction in tests. No electron import here — everything Electron-specific
// (dialogs, page capture, the system browser, sending notifications) comes in through `ShellHost`.
import { writeFile } from 'node:fs/promises';
import type { ExportFormat, InvokeChannel, NotifyChannel, NotifyContract, Req, Res } from '../shared/contract';
import type { Library, LibraryService } from '../library/service';
import { parseRequest } from './validate';

/** The platform pieces a handler may need. */
export interface ShellHost {
  /** Native open dialog; null when the user cancels. */
  chooseOpenPaths(kind: 'files' | 'folder' | 'project'): Promise<readonly string[] | null>;
  /** Native save dialog; null when the user cancels. */
  chooseSavePath(purpose: ExportFormat | 'project'): Promise<string | null>;
  /** The window's pixels as PNG. */
  capturePng(): Promise<Uint8Array>;
  /** The window printed as PDF. */
  printPdf(): Promise<Uint8Array>;
  /** Opens an http(s) URL in the system browser. */
  openExternal(url: string): Promise<void>;
  notify<N extends NotifyChannel>(channel: N, payload: NotifyContract[N]): void;
}

export type Handlers = { readonly [C in InvokeChannel]: (req: Req<C>) => Promise<Res<C>> };

/** Builds the handler of every contract channel over a library service and a host. */
export function createHandlers(library: Library, host: ShellHost): Handlers {
  // The library cancels every ingest it runs (dropped files, dialogs, watched folders) on cancelIngest;
  // progress reaches the renderer once, through the library's own stream (forwardLibraryChanges).
  const ingest = (paths: readonly string[]): Promise<Res<'addDroppedFiles'>> => library.addPaths({ paths });
  const nothingIngested: Res<'openDocuments'> = { added: 0, updated: 0, unchanged: 0, errors: [], cancelled: true };

  return {
    listDocuments: async (req) => library.listDocuments(req),
    getDocument: async (req) => library.getDocument(req),
    listEvents: async (req) => library.listEvents(req),
    openDocuments: async ({ kind }) => {
      const paths = await host.chooseOpenPaths(kind);
      return paths && paths.length > 0 ? ingest(paths) : nothingIngested;
    },
    addDroppedFiles: async ({ paths }) => ingest(paths),
    cancelIngest: async (req) => library.cancelIngest(req),
    listIngestErrors: async (req) => library.listIngestErrors(req),
    removeDocuments: async (req) => library.removeDocuments(req),
    listFolders: async (req) => library.listFolders(req),
    removeFolder: async (req) => library.removeFolder(req),
    setDocumentDate: async (req) => library.setDocumentDate(req),
    editEvent: async (req) => library.editEvent(req),
    addEvent: async (req) => library.addEvent(req),
    mergeEvents: async (req) => library.mergeEvents(req),
    listOrphanEdits: async (req) => library.listOrphanEdits(req),
    exportTimeline: async ({ format, query }) => {
      const path = await host.chooseSavePath(format);
      if (!path) return null;
      const data =
        format === 'png'
          ? await host.capturePng()
          : format === 'pdf'
            ? await host.printPdf()
            : library.exportData(query ? { format, query } : { format });
      await writeFile(path, data);
      return { path };
    },
    saveProject: async ({ view }) => {
      const path = await host.chooseSavePath('project');
      if (!path) return null;
      return library.saveProject({ view, path });
    },
    openProject: async () => {
      const paths = await host.chooseOpenPaths('project');
      const path = paths?.[0];
      if (!path) return null;
      // The library announces the change itself (libraryChanged 'project').
      return library.openProject({ path });
    },
    getViewState: async (req) => library.getViewState(req),
    setViewState: async (req) => library.setViewState(req),
    openExternal: async ({ url }) => host.openExternal(url),
  };
}

/** Validates the raw argument, then runs the channel's handler: the one entry point of both transports. */
export function dispatch<C extends InvokeChannel>(handlers: Handlers, channel: C, raw: unknown): Promise<Res<C>> {
  const req = parseRequest(channel, raw);
  const handler: Handlers[C] = handlers[channel];
  return handler(req);
}

/** Forwards the library's change and progress notifications to the renderer; returns the unsubscribe. */
export function forwardLibraryChanges(library: Library, host: ShellHost): () => void {
  const offChange = library.onChange((change) => host.notify('libraryChanged', change));
  const offProgress = library.onProgress((p) => host.notify('ingestProgress', p));
  return () => {
    offChange();
    offProgress();
  };
}

/** First launch: an empty library gets the embedded sample corpus. */
export async function seedIfEmpty(library: LibraryService, paths: readonly string[]): Promise<void> {
  if (paths.length > 0 && library.isEmpty()) await library.addPaths({ paths });
}
