// `npm run -s bench:timex [-- --cli] [--json]`: characters per second of our whole temporal pipeline
// over the TBAQ texts, beside chrono-node's own `parse` over the same texts in the same run, and
// their ratio (goal >= 1.0). In-process by default; `--cli` also times `timex --batch` end to end
// (process start included). A script, not a test: timings vary with the machine's load.
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import * as chrono from 'chrono-node';
import { tagTimexes } from '../../../electron/core/temporal/tagger';
import { loadScorer, SHARED } from '../../eval/te3';

const ROUNDS = 5;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Median milliseconds of `ROUNDS` passes of `fn` over every text (after one warm-up pass). */
function time(docs: readonly { text: string; dct: string | null }[], fn: (text: string, dct: string | null) => unknown): number {
  for (const d of docs) fn(d.text, d.dct);
  const runs: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const t0 = performance.now();
    for (const d of docs) fn(d.text, d.dct);
    runs.push(performance.now() - t0);
  }
  return median(runs);
}

async function main(): Promise<void> {
  const scorer = await loadScorer();
  const gold = scorer.loadGold([`${SHARED}/corpora/tempeval3/train-tbaq`]);
  const docs = [...gold.values()].map((d) => ({ text: d.text, dct: d.dctValue ? d.dctValue.slice(0, 10) : null }));
  const chars = docs.reduce((n, d) => n + d.text.length, 0);
  const refDate = (dct: string | null) => (dct ? new Date(`${dct}T12:00:00Z`) : new Date(0));
  const oursMs = time(docs, (text, dct) => tagTimexes(text, { dct }));
  const chronoMs = time(docs, (text, dct) => chrono.parse(text, refDate(dct)));
  const result: Record<string, number> = {
    documents: docs.length,
    chars,
    oursCharsPerSec: Math.round(chars / (oursMs / 1000)),
    chronoCharsPerSec: Math.round(chars / (chronoMs / 1000)),
    ratio: +(chronoMs / oursMs).toFixed(2),
  };
  if (process.argv.includes('--cli')) {
    const input = docs.map((d, i) => JSON.stringify({ id: i, dct: d.dct, text: d.text })).join('\n');
    const t0 = performance.now();
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli.ts', 'timex', '--dct', 'none', '--batch'], { input, maxBuffer: 1 << 28 });
    const cliMs = performance.now() - t0;
    if (run.status !== 0) throw new Error(`timex --batch failed: ${run.stderr.toString()}`);
    result.cliCharsPerSec = Math.round(chars / (cliMs / 1000));
    result.cliRatio = +(chronoMs / cliMs).toFixed(2);
  }
  if (process.argv.includes('--json')) console.log(JSON.stringify(result));
  else for (const [k, v] of Object.entries(result)) console.log(`${k.padEnd(18)} ${v}`);
}

void main();
