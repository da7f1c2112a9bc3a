// One table shape for the temporal rules: each row names a rule, gives a sentence and a document
// date, and lists what the tagger must find in it (text, type, value), in order.
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../electron/core/temporal/tagger';

export type RuleOut = readonly [text: string, type: string, value: string];
export interface RuleCase { readonly rule: string; readonly input: string; readonly dct: string | null; readonly out: readonly RuleOut[] }

/** A test per row, titled by its rule. */
export function describeRules(title: string, cases: readonly RuleCase[]): void {
  describe(title, () => {
    it.each(cases.map((c) => [c.rule, c] as const))('%s', (_rule, c) => {
      expect(tagTimexes(c.input, { dct: c.dct }).map((t) => [t.text, t.type, t.value])).toEqual(c.out);
    });
  });
}
