// The command line (stable: scripts and benchmarks depend on it; see ARCHITECTURE.md).
//   extract [--json] PATH...                 documents, events and per-file errors
//   extract --format json|csv|ics|timelinejs PATH...   an export of the timeline on stdout
//   timex --dct YYYY-MM-DD|none [--batch]    time expressions of stdin
import { extractPaths } from './library/extract-paths';
import { tagTimexes } from './core/temporal/tagger';
import { createInterface } from 'node:readline';
import { exportText, isTextExportFormat, TEXT_EXPORT_FORMATS, type TextExportFormat } from './core/export/export-timeline';

const USAGE = `usage:
  eventline extract [--json] PATH...
  eventline extract --format json|csv|ics|timelinejs PATH...
  eventline timex --dct YYYY-MM-DD|none [--batch]`;

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Takes `--format F` / `--format=F` out of the arguments. */
function takeFormat(args: string[]): { format: TextExportFormat | null; rest: string[] } {
  const i = args.findIndex((a) => a === '--format' || a.startsWith('--format='));
  if (i < 0) return { format: null, rest: args };
  const arg = args[i] ?? '';
  const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[i + 1];
  if (!value || !isTextExportFormat(value)) fail(`--format needs one of ${TEXT_EXPORT_FORMATS.join(', ')}`);
  return { format: value, rest: args.filter((_, j) => j !== i && (arg.includes('=') || j !== i + 1)) };
}

async function extract(allArgs: string[]): Promise<void> {
  const { format, rest: args } = takeFormat(allArgs);
  const json = args.includes('--json');
  if (format && json) fail('use either --json or --format');
  const unknown = args.filter((a) => a.startsWith('--') && a !== '--json');
  if (unknown.length) fail(`unknown option ${unknown[0]}`);
  const paths = args.filter((a) => !a.startsWith('--'));
  if (paths.length === 0) fail('extract needs at least one file or folder');
  const result = await extractPaths(paths);
  if (format) {
    process.stdout.write(exportText(format, result));
    for (const err of result.errors) process.stderr.write(`error: ${err.path}: ${err.message}\n`);
    return;
  }
  if (json) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  const docs = new Map(result.documents.map((d) => [d.id, d]));
  for (const e of result.events) {
    const d = e.date;
    const when = d.start === d.end ? d.start : `${d.start}..${d.end}`;
    process.stdout.write(`${when}\t${d.granularity}\t${e.label}\t${docs.get(e.documentId)?.title ?? ''}\n`);
  }
  for (const err of result.errors) process.stderr.write(`error: ${err.path}: ${err.message}\n`);
}

async function timex(args: string[]): Promise<void> {
  const i = args.indexOf('--dct');
  const raw = i >= 0 ? args[i + 1] : undefined;
  if (!raw || !(raw === 'none' || /^\d{4}-\d{2}-\d{2}$/.test(raw))) fail('timex needs --dct YYYY-MM-DD or --dct none');
  const dct = raw === 'none' ? null : raw;
  if (args.includes('--batch')) {
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of lines) {
      if (!line.trim()) continue;
      const { id, dct: lineDct, text } = JSON.parse(line) as { id: unknown; dct: string | null; text: string };
      const timexes = tagTimexes(text, { dct: lineDct ?? null }).map(({ start, end, text: t, type, value }) => ({ start, end, text: t, type, value }));
      process.stdout.write(`${JSON.stringify({ id, timexes })}\n`);
    }
    return;
  }
  const text = await readStdin();
  const out = tagTimexes(text, { dct }).map(({ start, end, text: t, type, value }) => ({ start, end, text: t, type, value }));
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

const [command, ...rest] = process.argv.slice(2);
const run = command === 'extract' ? extract : command === 'timex' ? timex : () => fail(`unknown command ${command ?? ''}`);
run(rest).catch((e: unknown) => {
  process.stderr.write(`eventline: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
