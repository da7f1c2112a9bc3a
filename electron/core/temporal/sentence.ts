// The sentence around an offset, for rules that weigh a whole sentence's words ("trailed 72-71
// entering the fourth quarter", "highs in the 60s", "said Thursday he would meet"): back to the last
// stop or line break and on to the next one, at most `reach` characters either way.

/** The rest of the sentence from `at`, up to its stop or line break. */
export function sentenceRest(text: string, at: number, reach = 200): string {
  const stop = text.slice(at, at + reach).search(/[.!?](?:\s|$)|\n/);
  return text.slice(at, stop < 0 ? at + reach : at + stop);
}

/** The sentence holding `at`. */
export function sentenceAround(text: string, at: number, reach = 200): string {
  const from = Math.max(0, text.lastIndexOf('. ', at) + 1, text.lastIndexOf('\n', at) + 1, at - reach);
  return text.slice(from, at) + sentenceRest(text, at, reach);
}

/** The end of `head` from its sentence's start: after the last stop that is no abbreviation's
 *  ("Jan.", "Sept.", "U.S."), or the last line break. */
export function sentenceHead(head: string): string {
  let cut = 0;
  for (const b of head.matchAll(/(?<!\b(?:[A-Z][a-z]{0,3}|[a-z]))[.!?]["')]?\s+(?=["'(]*[A-Z])|\n/g)) cut = b.index! + b[0].length;
  return head.slice(cut);
}
