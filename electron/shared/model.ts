// The data model that crosses every boundary (core -> library -> IPC -> renderer).
// Plain, JSON-compatible, readonly data only: it travels by structured clone and is stored as JSON.
// Offsets are UTF-16 code-unit indices (JavaScript string indices).
// Dates are ISO `YYYY-MM-DD`; years outside 1..9999 use the expanded form (`-000043-03-15` is 44 BC).

export type DocumentFormat = 'txt' | 'md' | 'html' | 'pdf' | 'docx';

/** Where a document's creation date (DCT) came from, so the UI can say why a date is what it is. */
export type DctSource =
  | 'header'
  | 'front-matter'
  | 'html-meta'
  | 'pdf-metadata'
  | 'docx-metadata'
  | 'file-mtime'
  | 'user';

export interface Document {
  readonly id: string;
  readonly path: string;
  readonly title: string;
  readonly format: DocumentFormat;
  /** Document creation date, ISO `YYYY-MM-DD`, or null when nothing gives one. */
  readonly dct: string | null;
  readonly dctSource: DctSource | null;
  readonly paragraphs: readonly string[];
  readonly contentHash: string;
}

/** A document without its text: what lists and the timeline need. */
export type DocumentSummary = Omit<Document, 'paragraphs'> & {
  readonly paragraphCount: number;
  readonly eventCount: number;
};

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** A time expression as TimeML TIMEX3 would tag it. `start`/`end` are offsets in its paragraph
 * (or in the input text for the `timex` command). */
export interface Timex {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly type: TimexType;
  /** A TIMEX3 value: `2024-10-04`, `2021`, `198`, `19`, `2021-W21`, `2022-SP`, `2013-Q1`, `P2Y`, `PRESENT_REF`... */
  readonly value: string;
}

export type Granularity =
  | 'time'
  | 'day'
  | 'week'
  | 'month'
  | 'season'
  | 'quarter'
  | 'half'
  | 'year'
  | 'decade'
  | 'century'
  | 'millennium';

/** How a date was fixed: given outright, or resolved against the document date, the text, or the file's date. */
export type Anchor = 'absolute' | 'document-date' | 'text-context' | 'file-date' | 'unresolved';

/** Whether an interval edge is known (`exact`), estimated (`approximate`: "more than two decades"),
 * or unbounded (`open`: "after 2024"). */
export type Edge = 'exact' | 'approximate' | 'open';

export interface EventDate {
  /** Inclusive ISO dates. */
  readonly start: string;
  readonly end: string;
  readonly granularity: Granularity;
  readonly anchor: Anchor;
  readonly startEdge: Edge;
  readonly endEdge: Edge;
}

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface Event {
  readonly id: string;
  readonly documentId: string;
  /** Index into the document's paragraphs. */
  readonly paragraph: number;
  /** The sentence, as offsets in its paragraph. */
  readonly sentence: Span;
  /** A short title naming what happened. */
  readonly label: string;
  readonly timex: Timex;
  readonly date: EventDate;
  /** Set when the sentence has no date of its own and took one from a nearby sentence about the same
   * occasion (`date.anchor` is then `text-context` and `timex` is empty, at the sentence start):
   * the expression it came from, with offsets in paragraph `paragraph`. */
  readonly dateFrom?: { readonly paragraph: number; readonly timex: Timex };
  /** What the user changed or added; absent for an event exactly as extracted. */
  readonly user?: EventUserData;
}

/** The user's layer over an extracted event (corrections, notes, tags). Stored apart from
 * extraction results, keyed by document content and text span, so it survives re-extraction. */
export interface EventUserData {
  /** `extracted`: an extracted event the user edited; `user`: an event the user added from the reader. */
  readonly origin: 'extracted' | 'user';
  readonly hidden: boolean;
  /** True when the user changed the date or label (the extracted ones are then in `original`). */
  readonly edited: boolean;
  readonly original?: { readonly label: string; readonly date: EventDate };
  readonly note: string;
  readonly tags: readonly string[];
  /** Ids of events merged into this one (the same happening told elsewhere). */
  readonly mergedIds: readonly string[];
}

/** A file that could not be read or extracted, with a message a person can act on. */
export interface FileError {
  readonly path: string;
  readonly message: string;
}

/** What `extract --json` prints and what one extraction run yields. */
export interface Extraction {
  readonly documents: readonly Document[];
  readonly events: readonly Event[];
  readonly errors: readonly FileError[];
}
