// A document's title when its format gives none. The file name is what the user recognises, unless it
// is a machine-made id ("000_14605752f0ba447f.txt", "20240115.txt"): then the opening words say more.
import path from 'node:path';
import { splitSentences } from '../core/text/segment';

const MAX_TITLE = 80;

/** True when a file name is an id rather than a name: no letters at all, or a long run mixing
 * letters and digits (a hash). */
const isMachineId = (name: string): boolean =>
  !/\p{L}/u.test(name) || (name.match(/[\p{L}\p{N}]{8,}/gu) ?? []).some((run) => /\p{L}/u.test(run) && /\p{N}/u.test(run));

/** The opening sentence, cut at a word boundary to at most 80 characters. */
function openingWords(paragraphs: readonly string[]): string | null {
  const first = paragraphs.find((p) => p.trim().length > 0);
  if (!first) return null;
  const span = splitSentences(first)[0];
  const sentence = (span ? first.slice(span.start, span.end) : first).replace(/\s+/g, ' ').trim();
  if (sentence.length <= MAX_TITLE) return sentence;
  const cut = sentence.slice(0, MAX_TITLE - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_TITLE / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`;
}

export function fallbackTitle(filePath: string, paragraphs: readonly string[]): string {
  const name = path.basename(filePath, path.extname(filePath));
  return isMachineId(name) ? (openingWords(paragraphs) ?? name) : name;
}
