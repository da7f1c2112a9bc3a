import fs from 'node:fs';
import { PIPELINE } from './electron/core/temporal/pipeline';
import { cued, lines } from './electron/core/temporal/prefilter';
const t = JSON.parse(fs.readFileSync('/tmp/te3train-texts.json', 'utf8')) as Record<string, { text: string }>;
for (const { text } of Object.values(t)) for (const l of lines(text)) {
  const on = new Set(cued(l.text, PIPELINE).map((x) => x.r.name));
  for (const r of PIPELINE) { if (on.has(r.name)) continue; r.pattern.lastIndex = 0; for (let m = r.pattern.exec(l.text); m; m = r.pattern.exec(l.text)) { if (r.extract(m, l.text)) console.log(r.name, JSON.stringify(m[0])); } }
}
