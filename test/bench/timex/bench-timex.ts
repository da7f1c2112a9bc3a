// `npm run -s bench:timex [-- --cli] [--json]`: characters per second of our whole temporal pipeline
// over the TBAQ texts, beside chrono-node's own `parse` over the same texts in the same run, and
// their ratio (goal >= 1.0). In-process by default; `--cli` also times `timex --batch` end to end
// (process start included). A script, not a test: timings vary with the machine's load.
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import * as chrono from 'chrono-node';
import { tagTimexes } from '../../../electron/core/temporal/tagger';
import { loadScorer, SHARED } from '../../eval/te3';

const ROUNDS = 9;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

type Doc = { readonly text: string; readonly dct: string | null };
type Fn = (text: string, dct: string | null) => unknown;

/** Median milliseconds of `ROUNDS` passes of each function over every text, after a warm-up pass.
 *  The passes alternate, so that a machine shared with other work slows both sides alike. */
function timeBoth(docs: readonly Doc[], a: Fn, b: Fn): [number, number] {
  const pass = (fn: Fn) => {
    const t0 = performance.now();
    for (const d of docs) fn(d.text, d.dct);
    return performance.now() - t0;
  };
  pass(a);
  pass(b);
  const ra: number[] = [];
  const rb: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    ra.push(pass(a));
    rb.push(pass(b));
  }
  return [median(ra), median(rb)];
}

async function main(): Promise<void> {
  const scorer = await loadScorer();
  const gold = scorer.loadGold([`${SHARED}/corpora/tempeval3/train-tbaq`]);
  const docs = [...gold.values()].map((d) => ({ text: d.text, dct: d.dctValue ? d.dctValue.slice(0, 10) : null }));
  const chars = docs.reduce((n, d) => n + d.text.length, 0);
  const refDate = (dct: string | null) => (dct ? new Date(`${dct}T12:00:00Z`) : new Date(0));
  const [oursMs, chronoMs] = timeBoth(docs, (text, dct) => tagTimexes(text, { dct }), (text, dct) => chrono.parse(text, refDate(dct)));
  const result: Record<string, number> = {
    documents: docs.length,
    chars,
    oursCharsPerSec: Math.round(chars / (oursMs / 1000)),
    chronoCharsPerSec: Math.round(chars / (chronoMs / 1000)),
    ratio: +(chronoMs / oursMs).toFixed(2),
  };
  if (process.argv.includes('--cli')) {
    // The corpus five times over, so that tagging time stands out of process-start noise.
    const REPEAT = 5;
    const input = Array.from({ length: REPEAT }, () => docs.map((d, i) => JSON.stringify({ id: i, dct: d.dct, text: d.text }))).flat().join('\n');
    const cli = (stdin: string) => {
      const t0 = performance.now();
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli.ts', 'timex', '--dct', 'none', '--batch'], { input: stdin, maxBuffer: 1 << 28 });
      if (run.status !== 0) throw new Error(`timex --batch failed: ${run.stderr.toString()}`);
      return performance.now() - t0;
    };
    // Process start (Node + tsx compiling the sources) is paid once per run, not per character.
    const startupMs = cli('');
    const cliMs = cli(input);
    result.cliStartupMs = Math.round(startupMs);
    result.cliCharsPerSec = Math.round((REPEAT * chars) / (cliMs / 1000));
    if (cliMs - startupMs > 100) result.cliCharsPerSecAfterStartup = Math.round((REPEAT * chars) / ((cliMs - startupMs) / 1000));
    result.cliRatio = +((REPEAT * chronoMs) / cliMs).toFixed(2);
  }
  if (process.argv.includes('--json')) console.log(JSON.stringify(result));
  else for (const [k, v] of Object.entries(result)) console.log(`${k.padEnd(18)} ${v}`);
}

void main();
