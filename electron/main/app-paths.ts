// Where the built pieces and the embedded corpus are, in development (run from dist/main) and in a
// package (electron-builder copies assets/documents to resources/documents via extraResources).
import { join } from 'node:path';

export interface AppPaths {
  readonly preload: string;
  readonly rendererIndex: string;
  readonly sampleDocuments: string;
}

/** `mainDir` is the folder of the bundled main.cjs (dist/main). */
export function resolveAppPaths(mainDir: string, isPackaged: boolean, resourcesPath: string): AppPaths {
  return {
    preload: join(mainDir, '..', 'preload', 'preload.cjs'),
    rendererIndex: join(mainDir, '..', 'renderer', 'index.html'),
    sampleDocuments: isPackaged ? join(resourcesPath, 'documents') : join(mainDir, '..', '..', 'assets', 'documents'),
  };
}
