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

/** Sentence spans of a paragraph (trailing whitespace excluded), via Intl.Segmenter. */
export function splitSentences(paragraph: string): Span[] {
  const spans: Span[] = [];
  for (const { index, segment } of sentenceSegmenter.segment(paragraph)) {
    const end = index + segment.trimEnd().length;
    if (end > index) spans.push({ start: index, end });
  }
  return spans;
}
