// Expands files and folders into the supported files they hold: recursive, in a stable order,
// following symlinks but never into a folder already visited (so symlink loops end).
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { FileError } from '../../shared/model';
import { isSupported } from '../read-document';
import { errorMessage } from '../error-message';

export interface WalkResult {
  readonly files: string[];
  /** The folders among the given paths (absolute), to be watched. */
  readonly folders: string[];
  readonly errors: FileError[];
}

export async function walkFiles(paths: readonly string[]): Promise<WalkResult> {
  const files: string[] = [];
  const folders: string[] = [];
  const errors: FileError[] = [];
  const seenDirs = new Set<string>();
  const seenFiles = new Set<string>();

  const visit = async (p: string, explicit: boolean): Promise<void> => {
    try {
      const info = await stat(p); // follows symlinks
      if (info.isDirectory()) {
        const real = await realpath(p);
        if (seenDirs.has(real)) return; // a symlink loop or a folder reached twice
        seenDirs.add(real);
        if (explicit) folders.push(p);
        const entries = (await readdir(p)).sort();
        for (const entry of entries) {
          if (!entry.startsWith('.')) await visit(path.join(p, entry), false);
        }
      } else if (info.isFile() && (explicit || isSupported(p))) {
        if (seenFiles.has(p)) return;
        seenFiles.add(p);
        files.push(p);
      }
    } catch (e) {
      // A dangling symlink inside a folder is not worth an error; a path the user named is.
      if (explicit) errors.push({ path: p, message: errorMessage(e) });
    }
  };
  for (const p of paths) await visit(path.resolve(p), true);
  return { files, folders, errors };
}
