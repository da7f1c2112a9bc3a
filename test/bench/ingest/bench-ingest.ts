// `npm run -s bench:ingest [-- --docs N] [-- --json]`: ingest time for N (default 1,000) generated
// documents into a fresh SQLite store through the worker threads (the worker bundled by esbuild with
// the options of electron/build.mjs, as in the app), the store's size on disk, and the time of a
// second, unchanged ingest; then listEvents timings over a store of 100,000 events (bench-query.ts).
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { createLibraryService } from '../../../electron/library/service';
import { benchQuery } from './bench-query';
import { generateCorpus } from './generate-corpus';

const ROOT = path.join(__dirname, '../../..');
const args = process.argv.slice(2);
const docsArg = args.indexOf('--docs');
const count = docsArg >= 0 ? Number(args[docsArg + 1]) : 1000;
const json = args.includes('--json');
const workers = Math.max(1, Math.min(2, cpus().length));

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'eventline-bench-ingest-'));
  try {
    const corpus = path.join(dir, 'corpus');
    await generateCorpus(corpus, count);
    const corpusBytes = readdirSync(corpus).reduce((sum, f) => sum + statSync(path.join(corpus, f)).size, 0);
    // Inside node_modules so the worker resolves its runtime dependencies as dist/main does.
    const workerDir = path.join(ROOT, 'node_modules/.cache/eventline-bench');
    mkdirSync(workerDir, { recursive: true });
    const workerFile = path.join(workerDir, 'extract-worker.cjs');
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    await build({
      absWorkingDir: ROOT,
      entryPoints: [path.join(ROOT, 'electron/library/ingest/extract-worker.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      outfile: workerFile,
      logLevel: 'error',
      external: ['electron', ...Object.keys(pkg.dependencies ?? {})],
      define: { 'import.meta.url': 'importMetaUrl' },
      banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
    });

    const dbPath = path.join(dir, 'library.sqlite');
    const lib = createLibraryService({ dbPath, watch: false, worker: { path: workerFile }, workers });
    const t0 = performance.now();
    const first = await lib.addPaths({ paths: [corpus] });
    const ingestMs = performance.now() - t0;
    const t1 = performance.now();
    const second = await lib.addPaths({ paths: [corpus] });
    const unchangedMs = performance.now() - t1;
    const events = lib.listEvents({}).length;
    const t2 = performance.now();
    const found = lib.listEvents({ query: { text: 'aqueduct', from: '1500-01-01', to: '1700-12-31' } }).length;
    const queryMs = performance.now() - t2;
    lib.close();
    const storeBytes = readdirSync(dir).filter((f) => f.startsWith('library.sqlite')).reduce((sum, f) => sum + statSync(path.join(dir, f)).size, 0);
    const result = {
      documents: count,
      added: first.added,
      errors: first.errors.length,
      events,
      workers,
      ingestSeconds: Number((ingestMs / 1000).toFixed(2)),
      docsPerSecond: Number((count / (ingestMs / 1000)).toFixed(1)),
      unchangedIngestSeconds: Number((unchangedMs / 1000).toFixed(2)),
      unchanged: second.unchanged,
      corpusMB: Number((corpusBytes / 1048576).toFixed(2)),
      storeMB: Number((storeBytes / 1048576).toFixed(2)),
      searchQueryMs: Number(queryMs.toFixed(1)),
      searchHits: found,
    };
    const queries = benchQuery(100_000);
    if (json) process.stdout.write(`${JSON.stringify(result)}\n${JSON.stringify(queries)}\n`);
    else {
      process.stdout.write(
        `ingested ${result.added}/${count} documents (${result.errors} errors, ${events} events) in ${result.ingestSeconds} s with ${workers} workers (${result.docsPerSecond} docs/s)\n` +
          `second ingest, all unchanged: ${result.unchangedIngestSeconds} s\n` +
          `corpus ${result.corpusMB} MB on disk; store ${result.storeMB} MB (SQLite + WAL)\n` +
          `full-text + date query over the store: ${result.searchQueryMs} ms (${found} events)\n` +
          `listEvents over ${queries.events} events (median of 5): all ${queries.allMs} ms, ten-year window ${queries.tenYearWindowMs} ms (${queries.tenYearWindowCount}), ` +
          `text ${queries.textSearchMs} ms (${queries.textSearchCount}), granularity+from ${queries.granularityMs} ms (${queries.granularityCount}); writing them took ${queries.storeWriteSeconds} s\n`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
