// DOCX: paragraphs by mammoth; title and date from docProps/core.xml (read with jszip). The zip
// directory is checked against the decompression limits first, so a zip bomb is never inflated.
import JSZip from 'jszip';
import { DOMParser } from 'linkedom';
import mammoth from 'mammoth';
import { checkTextSize, formatMiB, MAX_DOCX_COMPRESSION_RATIO, MAX_DOCX_UNCOMPRESSED_BYTES } from '../limits';
import { toIsoDate } from './iso-date';
import type { LoadedDocument } from './loaded-document';
import { readZipDirectory } from './zip-directory';

function checkZipLimits(bytes: Uint8Array): void {
  let entries;
  try {
    entries = readZipDirectory(bytes);
  } catch (e) {
    throw new Error(`not a valid DOCX file (${e instanceof Error ? e.message : String(e)})`);
  }
  if (!entries.some((e) => e.name === 'word/document.xml')) throw new Error('not a valid DOCX file (no word/document.xml in the archive)');
  const total = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  const bomb = entries.find((e) => e.uncompressedSize > 1024 * 1024 && e.uncompressedSize / Math.max(1, e.compressedSize) > MAX_DOCX_COMPRESSION_RATIO);
  if (total > MAX_DOCX_UNCOMPRESSED_BYTES || bomb) {
    const size = Number.isFinite(total) ? formatMiB(total) : 'over 4 GB';
    throw new Error(`DOCX refused: it would decompress to ${size}${bomb ? ` (${bomb.name} compressed over ${MAX_DOCX_COMPRESSION_RATIO}:1)` : ''}; the limit is ${formatMiB(MAX_DOCX_UNCOMPRESSED_BYTES)} (possible zip bomb)`);
  }
}

async function readCoreProperties(bytes: Uint8Array): Promise<{ title: string | null; created: string | null }> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('docProps/core.xml')?.async('string');
  if (!xml) return { title: null, created: null };
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const text = (tag: string) => doc.getElementsByTagName(tag)[0]?.textContent?.trim() || null;
  return { title: text('dc:title'), created: text('dcterms:created') };
}

export async function loadDocx(bytes: Uint8Array): Promise<LoadedDocument> {
  checkZipLimits(bytes);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const [{ value }, core] = await Promise.all([mammoth.extractRawText({ buffer }), readCoreProperties(bytes)]);
  checkTextSize(Buffer.byteLength(value), 'text');
  const paragraphs = value
    .split(/\n+/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0);
  const dct = toIsoDate(core.created);
  return { title: core.title, dct, dctSource: dct ? 'docx-metadata' : null, paragraphs };
}
