// MEANTIME (NewsReader, English, CC BY 4.0) as a second, expert-annotated development set for the
// temporal engine: its CAT XML is stand-off over tokens, so the text is rebuilt from the tokens
// (one line per sentence, spaces between tokens except before closing punctuation) and each
// TIMEX3 becomes a character span of that text. Only the title and the first sentences (0..5:
// title, dateline, four of the body) were annotated, so the text stops there. The creation-time
// TIMEX3 (the dateline) is the document date: it is not scored, as TempEval-3 leaves its DCT out.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GoldDoc } from './te3';

/** Sentences 0..5 carry every TIMEX3 and event mention of the corpus; later ones were left unannotated. */
const ANNOTATED_SENTENCES = 6;

interface Token { readonly id: string; readonly sentence: number; readonly text: string }

const attr = (tag: string, name: string): string | undefined => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
const decode = (s: string): string =>
  s.replace(/&(amp|lt|gt|quot|apos|#\d+);/g, (_, e: string) =>
    e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[e]!);

/** No space before these tokens ("Boeing 's" -> "Boeing's", "March 06 , 2008" -> "March 06, 2008"). */
const CLINGS = /^(?:[,.;:!?)\]%]|'s|'|n't|'re|'ve|'ll|'d|'m)$/i;

function rebuild(tokens: readonly Token[]): { text: string; spans: Map<string, [number, number]> } {
  let text = '';
  const spans = new Map<string, [number, number]>();
  let prev: Token | undefined;
  for (const t of tokens) {
    if (prev) text += t.sentence !== prev.sentence ? '\n' : CLINGS.test(t.text) || /^[($]$/.test(prev.text) ? '' : ' ';
    spans.set(t.id, [text.length, text.length + t.text.length]);
    text += t.text;
    prev = t;
  }
  return { text: `${text}\n`, spans };
}

export function parseMeantime(xml: string): GoldDoc {
  const tokens: Token[] = [];
  for (const m of xml.matchAll(/<token ([^>]*)>([^<]*)<\/token>/g)) {
    const sentence = Number(attr(m[1]!, 'sentence'));
    if (sentence < ANNOTATED_SENTENCES) tokens.push({ id: attr(m[1]!, 't_id')!, sentence, text: decode(m[2]!) });
  }
  const { text, spans } = rebuild(tokens);
  let dctValue: string | null = null;
  const unscored: (readonly [number, number])[] = [];
  const timexes: { start: number; end: number; type: string; value: string }[] = [];
  for (const m of xml.matchAll(/<TIMEX3 ([^>]*)>([\s\S]*?)<\/TIMEX3>/g)) {
    const ids = [...m[2]!.matchAll(/t_id="([^"]+)"/g)].map((a) => a[1]!);
    const value = attr(m[1]!, 'value') ?? '';
    const s = ids.map((id) => spans.get(id)).filter((x): x is [number, number] => x !== undefined);
    const span = [Math.min(...s.map((x) => x[0])), Math.max(...s.map((x) => x[1]))] as const;
    if (attr(m[1]!, 'functionInDocument') === 'CREATION_TIME') {
      // One document writes its date DD-MM-YYYY; the dateline agrees with the reordered form.
      dctValue = /^\d\d-\d\d-\d{4}$/.test(value) ? `${value.slice(6)}-${value.slice(3, 5)}-${value.slice(0, 2)}` : value;
      if (s.length > 0) unscored.push(span);
      continue;
    }
    if (s.length === 0) continue; // an empty (non-text) TIMEX3, such as an anchor-only begin point
    timexes.push({ start: span[0], end: span[1], type: attr(m[1]!, 'type') ?? '', value });
  }
  // Two documents mark no creation time: their dateline (the whole second line, "April 27, 2005")
  // is the document date all the same, so it is used and left unscored like the others.
  if (dctValue === null) {
    const line = /^[^\n]*\n([^\n]*)\n/.exec(text);
    const from = line ? line[0].length - line[1]!.length - 1 : -1;
    const i = timexes.findIndex((t) => t.start === from && t.end === from + line![1]!.length && /^\d{4}-\d\d-\d\d$/.test(t.value));
    if (i >= 0) {
      dctValue = timexes[i]!.value;
      unscored.push([timexes[i]!.start, timexes[i]!.end]);
      timexes.splice(i, 1);
    }
  }
  return { text, dctValue, timexes, unscored };
}

/** Every document of the corpus (its four topic folders), keyed by file name. */
export function loadMeantime(dir: string): Map<string, GoldDoc> {
  const docs = new Map<string, GoldDoc>();
  for (const sub of readdirSync(dir).filter((d) => d.startsWith('corpus_')).sort()) {
    for (const f of readdirSync(join(dir, sub)).filter((x) => x.endsWith('.xml')).sort()) {
      docs.set(f.replace(/\.xml$/, ''), parseMeantime(readFileSync(join(dir, sub, f), 'utf8')));
    }
  }
  return docs;
}
