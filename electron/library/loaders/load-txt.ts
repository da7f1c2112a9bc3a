// Plain text. Our sample corpus starts with a `date YYYY-MM-DD` line: the document's date, not its text.
import { splitParagraphs } from '../../core/text/segment';
import { checkTextSize } from '../limits';
import { decodeText } from './decode-text';
import { toIsoDate } from './iso-date';
import type { LoadedDocument } from './loaded-document';

const DATE_HEADER = /^\uFEFF?\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*/;

export function loadTxt(bytes: Uint8Array): LoadedDocument {
  checkTextSize(bytes.byteLength);
  const { text } = decodeText(bytes);
  const header = DATE_HEADER.exec(text);
  const dct = header ? toIsoDate(header[1]) : null;
  const body = header ? text.slice(header[0].length) : text;
  return { title: null, dct, dctSource: dct ? 'header' : null, paragraphs: splitParagraphs(body) };
}
