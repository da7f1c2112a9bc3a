// Bundles the Electron side with esbuild (run by `npm run build`, before the renderer's vite build):
//   electron/main/main.ts                      -> dist/main/main.cjs          (Node, CJS; runtime deps stay in node_modules)
//   electron/preload/preload.ts                -> dist/preload/preload.cjs    (one CJS file: a sandboxed preload can require only `electron`)
//   electron/library/ingest/extract-worker.ts  -> dist/main/extract-worker.cjs (the ingest worker thread, when it exists)
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const at = (p) => fileURLToPath(new URL(p, new URL('..', import.meta.url)));
const pkg = JSON.parse(readFileSync(at('package.json'), 'utf8'));

// Every runtime dependency is loaded from node_modules at run time (native modules such as
// better-sqlite3 cannot be bundled; pdfjs-dist loads its own worker files), plus electron itself.
const runtimeExternal = ['electron', ...Object.keys(pkg.dependencies ?? {})];

const common = {
  absWorkingDir: root,
  bundle: true,
  format: 'cjs',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
};

// Main and the worker run in Node: code using import.meta.url gets the bundle's own file URL in CJS.
// (Not the preload: a sandboxed preload has no __filename and may require only `electron`.)
const nodeShim = {
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
};

const targets = [
  { entryPoints: [at('electron/main/main.ts')], outfile: at('dist/main/main.cjs'), platform: 'node', external: runtimeExternal, ...nodeShim },
  { entryPoints: [at('electron/preload/preload.ts')], outfile: at('dist/preload/preload.cjs'), platform: 'browser', external: ['electron'] },
];

const worker = at('electron/library/ingest/extract-worker.ts');
if (existsSync(worker)) {
  targets.push({ entryPoints: [worker], outfile: at('dist/main/extract-worker.cjs'), platform: 'node', external: runtimeExternal, ...nodeShim });
} else {
  console.warn('build: electron/library/ingest/extract-worker.ts does not exist yet; no worker bundle');
}

await Promise.all(targets.map((target) => build({ ...common, ...target })));
console.log(`build: ${targets.map((t) => t.outfile.slice(root.length)).join(', ')}`);
