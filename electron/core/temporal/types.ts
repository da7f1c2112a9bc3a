// Types shared by the temporal recognizers and their consumers.
import type { Anchor, Timex } from '../../shared/model';

export interface TagContext {
  /** Document creation date (ISO `YYYY-MM-DD`) or null when unknown. */
  readonly dct: string | null;
}

/** TIMEX3 `mod` values we use (TimeML): approximate and open edges, parts of periods. */
export type TimexMod = 'APPROX' | 'MORE_THAN' | 'LESS_THAN' | 'EQUAL_OR_MORE' | 'EQUAL_OR_LESS' | 'START' | 'MID' | 'END' | 'BEFORE' | 'AFTER' | 'ON_OR_BEFORE' | 'ON_OR_AFTER';

/** A time expression with what resolved it: the anchor tells the UI why a date is what it is. */
export interface ResolvedTimex extends Timex {
  readonly anchor: Anchor;
  readonly mod?: TimexMod;
}
