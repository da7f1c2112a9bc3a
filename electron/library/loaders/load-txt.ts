// Plain text. Our sample corpus starts with a `date YYYY-MM-DD` line: the document's date, not its text.
import { splitParagraphs } from '../../core/text/segment';
import type { LoadedDocument } from './loaded-document';

const DATE_HEADER = /^\uFEFF?\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*/;

export function loadTxt(bytes: Uint8Array): LoadedDocument {
  const text = new TextDecoder('utf-8').decode(bytes);
  const header = text.match(DATE_HEADER);
  const body = header ? text.slice(header[0].length) : text;
  return {
    title: null,
    dct: header ? header[1]! : null,
    dctSource: header ? 'header' : null,
    paragraphs: splitParagraphs(body),
  };
}
