// Bytes to text: honours a BOM (UTF-8, UTF-16 LE/BE), accepts valid UTF-8, and otherwise reads the
// bytes as Windows-1252 (a superset of Latin-1 for printable text), the usual encoding of old files.
// Refuses bytes that look binary (NUL bytes or many control characters) with a clear message.

export interface DecodedText {
  readonly text: string;
  readonly encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
}

// Windows-1252's printable characters in 0x80-0x9F (undefined slots stay as they are). Node's
// TextDecoder decodes the "windows-1252" label as ISO-8859-1, leaving these as C1 controls.
const CP1252_HIGH = '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('latin1').decode(bytes).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

function looksBinary(text: string): boolean {
  const sample = text.slice(0, 64 * 1024);
  if (sample.includes('\u0000')) return true;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
  }
  return sample.length > 0 && control / sample.length > 0.05;
}

function decodeRaw(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/** Decodes a text file's bytes; throws when they are not text. */
export function decodeText(bytes: Uint8Array): DecodedText {
  const decoded = decodeRaw(bytes);
  if (looksBinary(decoded.text)) throw new Error('not a text file: the bytes look binary (NUL or control characters)');
  return decoded;
}
