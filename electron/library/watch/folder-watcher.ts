// Watches the library's folders with chokidar and reports, in short batches, which supported files
// appeared or changed and which disappeared. Batching keeps a burst of saves to one update.
import { watch, type FSWatcher } from 'chokidar';
import { isSupported } from '../read-document';

export interface WatchBatch {
  readonly changed: readonly string[];
  readonly removed: readonly string[];
  /** Folders that vanished: everything under them is gone. */
  readonly removedDirs: readonly string[];
}

export interface FolderWatcher {
  add(folder: string): void;
  remove(folder: string): void;
  close(): Promise<void>;
}

/** A file must be still this long before it is read (editors write in several steps). */
const SETTLE_MS = 250;
/** Events within this window are handled together. */
const BATCH_MS = 150;

export function createFolderWatcher(onBatch: (batch: WatchBatch) => void): FolderWatcher {
  let watcher: FSWatcher | null = null;
  const changed = new Set<string>();
  const removed = new Set<string>();
  const removedDirs = new Set<string>();
  let timer: NodeJS.Timeout | null = null;

  const flush = () => {
    timer = null;
    const batch = { changed: [...changed], removed: [...removed], removedDirs: [...removedDirs] };
    changed.clear();
    removed.clear();
    removedDirs.clear();
    if (batch.changed.length || batch.removed.length || batch.removedDirs.length) onBatch(batch);
  };
  const schedule = () => {
    timer ??= setTimeout(flush, BATCH_MS);
  };

  const ensure = (): FSWatcher => {
    if (watcher) return watcher;
    watcher = watch([], {
      ignoreInitial: true,
      followSymlinks: false, // symlink loops cannot trap the watcher
      ignored: (p: string, stats?: { isFile(): boolean }) => /(^|[/\\])\.[^/\\]/.test(p) || (stats?.isFile() === true && !isSupported(p)),
      awaitWriteFinish: { stabilityThreshold: SETTLE_MS, pollInterval: 50 },
    });
    const onChange = (p: string) => {
      removed.delete(p);
      changed.add(p);
      schedule();
    };
    watcher.on('add', onChange).on('change', onChange);
    watcher.on('unlink', (p: string) => {
      changed.delete(p);
      removed.add(p);
      schedule();
    });
    watcher.on('unlinkDir', (p: string) => {
      removedDirs.add(p);
      schedule();
    });
    watcher.on('error', () => undefined); // a folder that vanished or an unreadable entry: keep watching the rest
    return watcher;
  };

  return {
    add: (folder) => void ensure().add(folder),
    remove: (folder) => void watcher?.unwatch(folder),
    close: async () => {
      if (timer) clearTimeout(timer);
      await watcher?.close();
      watcher = null;
    },
  };
}
