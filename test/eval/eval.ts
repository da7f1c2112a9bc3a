// `npm run eval [-- --errors N] [--only train|platinum|wikiwars|meantime] [--by-type]`: TempEval-3 Task A
// figures of our tagger on TBAQ (train) and platinum (test), relaxed/value F1 on WikiWars (narratives:
// run without a document date, so relative expressions must anchor on the text's own dates), and
// MEANTIME (expert-annotated Wikinews, a second development set beside the noisier TBAQ).
import { tagTimexes } from '../../electron/core/temporal/tagger';
import { loadMeantime } from './meantime';
import { loadScorer, SHARED, type GoldDoc, type Prediction, type Report } from './te3';

const CORPORA = [
  { name: 'train', path: `${SHARED}/corpora/tempeval3/train-tbaq`, useDct: true },
  { name: 'platinum', path: `${SHARED}/corpora/tempeval3/test-platinum`, useDct: true },
  { name: 'wikiwars', path: `${SHARED}/corpora/wikiwars/timex3`, useDct: false },
  { name: 'meantime', path: `${SHARED}/corpora/meantime-en/intra-doc_annotation`, useDct: true },
] as const;

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const errorsN = Number(flag('--errors') ?? 0);
const only = flag('--only');

export function predict(gold: Map<string, GoldDoc>, useDct: boolean): Record<string, Prediction[]> {
  const out: Record<string, Prediction[]> = {};
  for (const [id, doc] of gold) {
    const dct = useDct && doc.dctValue ? doc.dctValue.slice(0, 10) : null;
    const scored = ({ start, end }: Prediction) => !doc.unscored?.some(([s, e]) => start < e && s < end);
    out[id] = tagTimexes(doc.text, { dct }).map(({ start, end, type, value }) => ({ start, end, type, value })).filter(scored);
  }
  return out;
}

const pc = (x: number) => (100 * x).toFixed(2).padStart(6);
const row = (label: string, r: Report) =>
  `${label.padEnd(9)} strict ${pc(r.strict.p)} ${pc(r.strict.r)} ${pc(r.strict.f1)} | relaxed ${pc(r.relaxed.p)} ${pc(r.relaxed.r)} ${pc(r.relaxed.f1)} | value F1 ${pc(r.valueF1)} | type F1 ${pc(r.typeF1)} | gold ${r.counts.gold} sys ${r.counts.sys}`;

async function main(): Promise<void> {
  const scorer = await loadScorer();
  console.log(`${''.padEnd(9)}        P      R      F1 |            P      R      F1 |`);
  for (const c of CORPORA) {
    if (only && only !== c.name) continue;
    const gold = c.name === 'meantime' ? loadMeantime(c.path) : scorer.loadGold([c.path]);
    // The test set's individual errors are never listed: rules are learnt on the development sets only.
    const listErrors = c.name === (only ?? 'train') && c.name !== 'platinum';
    const report = scorer.score(gold, predict(gold, c.useDct), { keepErrors: listErrors ? errorsN : 0 });
    console.log(row(c.name, report));
    if (args.includes('--by-type')) {
      for (const [t, v] of Object.entries(report.byGoldType)) console.log(`  ${t.padEnd(9)} gold ${v.gold} found ${v.relaxed} value-ok ${v.value}`);
    }
    for (const e of report.errors) console.log(`  ${e.kind.padEnd(8)} ${e.doc.padEnd(22)} gold: ${e.gold.padEnd(40)} sys: ${e.sys}`);
  }
}

void main();
