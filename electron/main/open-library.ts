// Opens the library the app (and the e2e harness) work on: one SQLite file in a data folder.
import { createLibraryService } from '../library/service';

/** The library service type the app runs on (the full SQLite library, not just the core interface). */
export type AppLibrary = ReturnType<typeof createLibraryService>;

export function openLibrary(dbPath: string): AppLibrary {
  return createLibraryService({ dbPath });
}
