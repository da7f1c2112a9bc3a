// Limits that keep one hostile or huge file from hanging or exhausting the app. Cited by the README.

const MiB = 1024 * 1024;

/** Text formats (txt, md, html) larger than this are refused, and so is extracted text (pdf, docx) longer than this. */
export const MAX_TEXT_BYTES = 50 * MiB;
/** Binary containers (pdf, docx) larger than this on disk are refused before they are parsed. */
export const MAX_FILE_BYTES = 200 * MiB;
/** A DOCX whose zip directory declares more than this in total, uncompressed, is refused (zip bombs). */
export const MAX_DOCX_UNCOMPRESSED_BYTES = 200 * MiB;
/** A DOCX entry that would inflate more than this many times its stored size is refused (zip bombs). */
export const MAX_DOCX_COMPRESSION_RATIO = 200;
/** A file whose extraction takes longer than this is abandoned: its worker thread is terminated. */
export const FILE_TIME_LIMIT_MS = 60_000;
/** Heap cap of one extraction worker thread, so a pathological file cannot take the whole machine. */
export const WORKER_HEAP_LIMIT_MB = 1024;

export const formatMiB = (bytes: number): string => `${(bytes / MiB).toFixed(1)} MB`;

/** Throws a message a person can act on when a file's text is over the limit. */
export function checkTextSize(bytes: number, what = 'text'): void {
  if (bytes > MAX_TEXT_BYTES) {
    throw new Error(`file holds ${formatMiB(bytes)} of ${what}; the limit is ${formatMiB(MAX_TEXT_BYTES)} per file`);
  }
}
