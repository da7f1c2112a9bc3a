// Typed access to the reference TempEval-3 scorer (../shared/tools/te3-score.mjs), loaded at run time.
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The benchmark data lives beside the project (`../shared`), never inside it; EVENTLINE_SHARED overrides. */
export const SHARED = process.env.EVENTLINE_SHARED ?? fileURLToPath(new URL('../../../shared', import.meta.url));
export const SCORER = `${SHARED}/tools/te3-score.mjs`;

export interface GoldDoc {
  readonly text: string;
  readonly dctValue: string | null;
  readonly timexes: readonly { start: number; end: number; type: string; value: string }[];
  /** Spans left out of scoring on both sides (MEANTIME's dateline, which is its document date). */
  readonly unscored?: readonly (readonly [number, number])[];
}
export interface Prf { readonly p: number; readonly r: number; readonly f1: number }
export interface Report {
  readonly strict: Prf;
  readonly relaxed: Prf;
  readonly valueF1: number;
  readonly typeF1: number;
  readonly counts: { readonly gold: number; readonly sys: number };
  readonly errors: readonly { doc: string; kind: string; gold: string; sys: string }[];
  readonly byGoldType: Readonly<Record<string, { gold: number; relaxed: number; value: number }>>;
}
export interface Prediction { readonly start: number; readonly end: number; readonly type: string; readonly value: string }
interface Scorer {
  loadGold(paths: string[]): Map<string, GoldDoc>;
  score(gold: Map<string, GoldDoc>, preds: Record<string, readonly Prediction[]>, opts: { keepErrors?: number }): Report;
}

export const loadScorer = async (): Promise<Scorer> => (await import(pathToFileURL(SCORER).href)) as Scorer;
