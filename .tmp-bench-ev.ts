import { readFileSync, readdirSync } from 'node:fs';
import { extractEvents } from './electron/core/events/extract-events';
import { splitParagraphs } from './electron/core/text/segment';
const dir = '/work/shared/corpora/tempeval3/train-tbaq/' + process.argv[2] + '/';
let n = 0, chars = 0, events = 0, ctx = 0, dur = 0, errors = 0, labelMs = 0;
const samples: string[] = [];
const t0 = performance.now();
for (const f of readdirSync(dir).filter((x) => x.endsWith('.tml')).slice(0, Number(process.argv[3] ?? 1000))) {
  const xml = readFileSync(dir + f, 'utf8');
  const dct = /functionInDocument="CREATION_TIME"[^>]*value="(\d{4}-\d{2}-\d{2})/.exec(xml)?.[1] ?? /value="(\d{4}-\d{2}-\d{2})"[^>]*functionInDocument="CREATION_TIME"/.exec(xml)?.[1] ?? null;
  const text = (/<TEXT>([\s\S]*)<\/TEXT>/.exec(xml)?.[1] ?? '').replace(/<[^>]+>/g, '');
  const paragraphs = text.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
  chars += paragraphs.join('').length; n++;
  try {
    const evs = extractEvents({ id: f, path: f, title: f, format: 'txt', dct, dctSource: 'header', paragraphs, contentHash: f.padEnd(16, '0') });
    events += evs.length;
    for (const e of evs) {
      if (e.date.anchor === "text-context") { ctx++; samples.push(`CTX [${e.paragraph - e.dateFrom!.paragraph}] ${e.label} <= ${paragraphs[e.paragraph]!.slice(e.sentence.start, e.sentence.end).slice(0, 100)} || FROM ${paragraphs[e.dateFrom!.paragraph]!.slice(0, 100)}`); }
      if (e.timex.type === 'DURATION') { dur++; samples.push(`DUR ${e.date.start}..${e.date.end} ${e.date.startEdge} ${e.label} <= ${paragraphs[e.paragraph]!.slice(e.sentence.start, e.sentence.end).slice(0, 120)}`); }
      if (e.label.length > 60) samples.push(`LONG ${e.label}`);
    }
    if (n <= 6) for (const e of evs.slice(0, 4)) samples.push(`LBL ${e.timex.text} | ${e.label} <= ${paragraphs[e.paragraph]!.slice(e.sentence.start, e.sentence.end).slice(0, 140)}`);
  } catch (e) { errors++; console.log('ERR', f, e); }
}
const ms = performance.now() - t0;
console.log({ docs: n, chars, events, ctx, dur, errors, ms: Math.round(ms), charsPerSec: Math.round(chars / ms * 1000) });
console.log(samples.join('\n'));
