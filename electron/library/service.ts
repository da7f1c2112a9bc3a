// The library service: what the main process (and the e2e harness, the CLI and tests) call.
// Node only, no electron. Each method takes the same single request object as the IPC channel of
// the same name (electron/shared/contract.ts). The library lives in SQLite (store/), extraction runs
// in worker threads (ingest/), and added folders are watched (watch/).
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { EventQuery, IngestProgress, IngestSummary, NotifyContract, ViewState } from '../shared/contract';
import type { Document, DocumentSummary, Event, FileError } from '../shared/model';
import { documentEvents } from './document-events';
import { ingestFiles } from './ingest/ingest-files';
import { walkFiles } from './ingest/walk-files';
import { createExtractPool, type WorkerSource } from './ingest/worker-pool';
import { createDocumentStore } from './store/document-store';
import { createEventQuery } from './store/event-query';
import { openDatabase } from './store/open-store';
import { createSettingsStore } from './store/settings-store';
import { createFolderWatcher, type WatchBatch } from './watch/folder-watcher';
import { createEditLayer, type EditMethods } from './edits/edit-service';
import { createProjectService, type ProjectMethods } from './project/project-service';

export interface IngestOptions {
  readonly onProgress?: (p: IngestProgress) => void;
  readonly signal?: AbortSignal;
}

type ChangeListener = (change: NotifyContract['libraryChanged']) => void;

/** The methods every library offers (the main process's test double implements these). */
export interface LibraryService {
  listDocuments(req: Record<string, never>): readonly DocumentSummary[];
  getDocument(req: { readonly id: string }): Document | null;
  listEvents(req: { readonly query?: EventQuery }): readonly Event[];
  addPaths(req: { readonly paths: readonly string[] }, options?: IngestOptions): Promise<IngestSummary>;
  onChange(listener: ChangeListener): () => void;
  isEmpty(): boolean;
  close(): void;
}

/** The SQLite library: everything above plus the folder, error, date and settings channels. */
export interface Library extends LibraryService, EditMethods, ProjectMethods {
  cancelIngest(req: Record<string, never>): void;
  listIngestErrors(req: Record<string, never>): readonly FileError[];
  removeDocuments(req: { readonly ids: readonly string[] }): void;
  listFolders(req: Record<string, never>): readonly string[];
  removeFolder(req: { readonly path: string }): void;
  setDocumentDate(req: { readonly id: string; readonly dct: string }): void;
  getViewState(req: Record<string, never>): ViewState;
  setViewState(req: { readonly view: ViewState }): void;
  /** Progress of every ingest (added paths and watched changes). */
  onProgress(listener: (p: IngestProgress) => void): () => void;
  /** Resolves when no ingest or watch update is queued or running (for tests and shutdown). */
  idle(): Promise<void>;
}

export interface LibraryServiceOptions {
  /** The SQLite file (`:memory:` for a throwaway library). */
  readonly dbPath: string;
  /** The extraction worker entry. Default: `extract-worker.cjs` beside this bundle when it exists,
   * else extraction runs in this thread (command line, tests). */
  readonly worker?: WorkerSource;
  /** Worker threads. Default 2. */
  readonly workers?: number;
  /** Per-file time limit, ms. Default FILE_TIME_LIMIT_MS. */
  readonly timeLimitMs?: number;
  /** Watch added folders (default true). */
  readonly watch?: boolean;
  /** On open, re-read the watched folders to catch changes made while the app was closed (default true). */
  readonly rescanOnOpen?: boolean;
}

function defaultWorker(): WorkerSource | undefined {
  const bundled = typeof __dirname === 'string' ? path.join(__dirname, 'extract-worker.cjs') : null;
  return bundled && existsSync(bundled) ? { path: bundled } : undefined;
}

const ISO_DAY = /^-?\d{4,6}-\d{2}-\d{2}$/;

export function createLibraryService(options: LibraryServiceOptions): Library {
  const db = openDatabase(options.dbPath);
  const store = createDocumentStore(db);
  const settings = createSettingsStore(db);
  const queryEvents = createEventQuery(db);
  const pool = createExtractPool({ worker: options.worker ?? defaultWorker(), size: options.workers ?? 2, timeLimitMs: options.timeLimitMs });
  const changeListeners = new Set<ChangeListener>();
  const progressListeners = new Set<(p: IngestProgress) => void>();
  const running = new Set<AbortController>();
  let lastErrors: FileError[] = [];
  let queue: Promise<unknown> = Promise.resolve();
  let closed = false;
  /** Aborted by close(): stops watch updates still running. */
  const lifetime = new AbortController();

  const emit = (reason: NotifyContract['libraryChanged']['reason']) => changeListeners.forEach((l) => l({ reason }));
  /** Ingests and watch updates run one after another, so the store sees one writer at a time. */
  const exclusive = <T>(work: () => Promise<T>): Promise<T> => {
    const result = queue.then(work);
    queue = result.catch(() => undefined);
    return result;
  };

  const removeUnder = (folder: string): number => {
    const ids = store.idsUnder(folder, path.sep);
    store.remove(ids);
    return ids.length;
  };

  const onWatch = (batch: WatchBatch) =>
    void exclusive(async () => {
      if (closed) return;
      let removed = 0;
      for (const dir of batch.removedDirs) removed += removeUnder(dir);
      const gone = batch.removed.map((p) => store.findByPath(p)?.id).filter((id): id is string => !!id);
      store.remove(gone);
      removed += gone.length;
      const summary = await ingestFiles({ files: batch.changed, store, pool, signal: lifetime.signal, onProgress: (p) => progressListeners.forEach((l) => l(p)) });
      lastErrors = [...lastErrors.filter((e) => !batch.changed.includes(e.path)), ...summary.errors];
      if (removed || summary.added || summary.updated || summary.errors.length) emit('watch');
    }).catch(() => undefined);

  const watcher = options.watch === false ? null : createFolderWatcher(onWatch);

  const ingestPaths = async (paths: readonly string[], ingestOptions: IngestOptions, reason: 'ingest' | 'watch'): Promise<IngestSummary> => {
    const controller = new AbortController();
    const forward = () => controller.abort();
    ingestOptions.signal?.addEventListener('abort', forward);
    if (ingestOptions.signal?.aborted) controller.abort();
    running.add(controller);
    try {
      return await exclusive(async () => {
        const walked = await walkFiles(paths);
        let removed = 0;
        for (const folder of walked.folders) {
          settings.addFolder(folder);
          watcher?.add(folder);
          // Files that vanished from an added folder leave the library with it.
          const present = new Set(walked.files);
          const stale = store.allFiles().filter((f) => f.path.startsWith(folder + path.sep) && !present.has(f.path));
          store.remove(stale.map((f) => f.id));
          removed += stale.length;
        }
        const onProgress = (p: IngestProgress) => {
          ingestOptions.onProgress?.(p);
          progressListeners.forEach((l) => l(p));
        };
        const summary = await ingestFiles({ files: walked.files, store, pool, signal: controller.signal, onProgress });
        const result: IngestSummary = { ...summary, errors: [...walked.errors, ...summary.errors] };
        lastErrors = [...result.errors];
        if (removed || result.added || result.updated || reason === 'ingest') emit(reason);
        return result;
      });
    } finally {
      running.delete(controller);
      ingestOptions.signal?.removeEventListener('abort', forward);
    }
  };

  // The user's edit layer (corrections, notes, tags, merges, added events) over extraction results,
  // and project files (library/edits, library/project).
  const edits = createEditLayer({ db, rawEvents: queryEvents, listDocuments: () => store.list(), getDocument: (id) => store.get(id), emit });
  const project = createProjectService({
    edits: edits.store,
    listDocuments: () => store.list(),
    addPaths: ({ paths }) => ingestPaths(paths, {}, 'ingest'),
    setViewState: ({ view }) => settings.setJson('viewState', view),
    emit,
  });

  const folders = settings.folders();
  for (const folder of folders) watcher?.add(folder);
  if (folders.length && options.rescanOnOpen !== false) void ingestPaths(folders, {}, 'watch').catch(() => undefined);

  return {
    listDocuments: () => store.list(),
    getDocument: ({ id }) => store.get(id),
    listEvents: (req) => edits.listEvents(req),
    editEvent: (req) => edits.editEvent(req),
    addEvent: (req) => edits.addEvent(req),
    mergeEvents: (req) => edits.mergeEvents(req),
    listOrphanEdits: (req) => edits.listOrphanEdits(req),
    exportData: (req) => edits.exportData(req),
    saveProject: (req) => project.saveProject(req),
    openProject: (req) => project.openProject(req),
    addPaths: ({ paths }, ingestOptions = {}) => ingestPaths(paths, ingestOptions, 'ingest'),
    cancelIngest: () => running.forEach((c) => c.abort()),
    listIngestErrors: () => lastErrors,
    removeDocuments: ({ ids }) => {
      store.remove(ids);
      emit('remove');
    },
    listFolders: () => settings.folders(),
    removeFolder: ({ path: folder }) => {
      settings.removeFolder(folder);
      watcher?.remove(folder);
      removeUnder(folder);
      emit('remove');
    },
    setDocumentDate: ({ id, dct }) => {
      if (!ISO_DAY.test(dct)) throw new Error(`not an ISO date (YYYY-MM-DD): ${dct}`);
      const doc = store.get(id);
      const stamp = store.stamp(id);
      const extracted = store.extractedDate(id);
      if (!doc || !stamp || !extracted) throw new Error(`no document with id ${id}`);
      const dated: Document = { ...doc, dct, dctSource: 'user' };
      store.put(dated, documentEvents(dated), stamp, extracted, dct);
      emit('edit');
    },
    getViewState: () => settings.getJson<ViewState>('viewState', {}),
    setViewState: ({ view }) => settings.setJson('viewState', view),
    onChange: (listener) => {
      changeListeners.add(listener);
      return () => void changeListeners.delete(listener);
    },
    onProgress: (listener) => {
      progressListeners.add(listener);
      return () => void progressListeners.delete(listener);
    },
    idle: async () => {
      for (let seen = queue; ; seen = queue) {
        await seen;
        if (seen === queue) return;
      }
    },
    isEmpty: () => store.isEmpty(),
    close: () => {
      if (closed) return;
      closed = true;
      lifetime.abort();
      running.forEach((c) => c.abort());
      changeListeners.clear();
      progressListeners.clear();
      void watcher?.close();
      void pool.close();
      db.close();
    },
  };
}
