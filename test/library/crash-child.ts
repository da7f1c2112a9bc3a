// Child process for the crash test: ingests a folder into a library file, printing each finished
// file, until the parent kills it (SIGKILL) in the middle.
import { createLibraryService } from '../../electron/library/service';

const [dbPath, folder] = process.argv.slice(2);
if (!dbPath || !folder) throw new Error('usage: crash-child DB FOLDER');
const lib = createLibraryService({ dbPath, watch: false });
void lib.addPaths({ paths: [folder] }, { onProgress: (p) => void process.stdout.write(`done ${p.done}\n`) });
