import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { PIPELINE } from './electron/core/temporal/pipeline';
import { cued, lines } from './electron/core/temporal/prefilter';
import { candidates, tagTimexes } from './electron/core/temporal/tagger';
const t = JSON.parse(fs.readFileSync('/tmp/te3train-texts.json', 'utf8')) as Record<string, { text: string; dct: string }>;
const texts = Object.values(t);
const bench = (name: string, f: () => void) => { let best = Infinity; for (let k = 0; k < 7; k++) { const t0 = performance.now(); f(); best = Math.min(best, performance.now() - t0); } console.log(name.padEnd(24), best.toFixed(2)); };
bench('lines', () => { for (const { text } of texts) lines(text); });
bench('cues', () => { for (const { text } of texts) for (const l of lines(text)) cued(l.text, PIPELINE); });
bench('candidates', () => { for (const { text } of texts) for (const l of lines(text)) candidates(l.text); });
bench('total', () => { for (const { text, dct } of texts) tagTimexes(text, { dct: dct.slice(0, 10) }); });
const per: Record<string, number> = {};
for (let k = 0; k < 3; k++) for (const r of PIPELINE) { const t0 = performance.now(); for (const { text } of texts) for (const l of lines(text)) { if (!r.cue.test(l.text)) continue; const re = r.pattern; re.lastIndex = 0; for (let m = re.exec(l.text); m; m = re.exec(l.text)) r.extract(m, l.text); } per[r.name] = Math.min(per[r.name] ?? Infinity, performance.now() - t0); }
console.log(Object.entries(per).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(' | '));
