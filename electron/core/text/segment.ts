// Paragraph and sentence segmentation. Pure: strings in, offsets out.
import type { Span } from '../../shared/model';

/** Splits text into paragraphs: blank lines separate paragraphs, and so does each single line
 * break (our sample corpus writes one paragraph per line). Paragraphs are trimmed; empty ones dropped. */
export function splitParagraphs(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

// ICU breaks after any period followed by a capital: "Dr. | Jones", "Jan. | 5", "John F. | Kennedy".
// Titles, month abbreviations and single initials never end a sentence in news prose, so we rejoin.
const NEVER_FINAL = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Cmdr|Adm|Rev|Hon|St|Mt|Ft|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Nos|vs|ca|cf|[A-Z])\.\s*$/;
// Initialisms ("U.S.", "B.C.") may end a sentence; they do not when the next word is a capitalized
// name ("the U.S. Senate") rather than a word that typically opens a sentence ("... the U.S. He left").
const INITIALISM = /(?:\b[A-Z]\.){2,}\s*$/;
const SENTENCE_OPENERS = new Set(
  'a an the he she it they we i you this that these those there his her its their our my but and or so yet in on at after before when while if as since however meanwhile then also still one some many most'.split(' '),
);

function continues(segment: string, next: string): boolean {
  if (NEVER_FINAL.test(segment)) return true;
  if (!INITIALISM.test(segment)) return false;
  const word = /^[\s"'“‘(]*([A-Za-z]+)/.exec(next)?.[1];
  return word !== undefined && /^[A-Z]/.test(word) && !SENTENCE_OPENERS.has(word.toLowerCase());
}

/** Sentence spans of a paragraph (trailing whitespace excluded), via Intl.Segmenter, with breaks
 * after titles, month abbreviations, initials and mid-name initialisms rejoined. */
export function splitSentences(paragraph: string): Span[] {
  const raw = [...sentenceSegmenter.segment(paragraph)].map(({ index, segment }) => ({ index, segment }));
  const spans: Span[] = [];
  let start = -1;
  raw.forEach(({ index, segment }, i) => {
    if (start < 0) start = index;
    const next = raw[i + 1];
    if (next && continues(segment, next.segment)) return;
    const end = index + segment.trimEnd().length;
    if (end > start) spans.push({ start, end });
    start = -1;
  });
  return spans;
}

/** The sentence holding offset `at`, or the whole paragraph when there is none. */
export function sentenceAt(sentences: readonly Span[], at: number, paragraphLength: number): Span {
  return sentences.find((s) => s.start <= at && at < s.end) ?? { start: 0, end: paragraphLength };
}
