// Reads one file into a Document: picks the loader by extension, hashes the content, fills in title
// and date (the file's modification date, marked `file-mtime`, when the document gives none).
//
// Document ids derive from the absolute path, so a document keeps its id (and the user's view of it)
// when its file is edited; the content hash tells whether it changed.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Document, DocumentFormat } from '../shared/model';
import { fallbackTitle } from './document-title';
import { formatMiB, MAX_FILE_BYTES, MAX_TEXT_BYTES } from './limits';
import { loadDocx } from './loaders/load-docx';
import { loadHtml } from './loaders/load-html';
import { loadMd } from './loaders/load-md';
import { loadPdf } from './loaders/load-pdf';
import { loadTxt } from './loaders/load-txt';
import type { LoadedDocument } from './loaders/loaded-document';

interface Loader {
  readonly format: DocumentFormat;
  /** Text formats are limited by MAX_TEXT_BYTES on disk; containers by MAX_FILE_BYTES. */
  readonly maxBytes: number;
  readonly load: (bytes: Uint8Array) => LoadedDocument | Promise<LoadedDocument>;
}

const LOADERS: Readonly<Record<string, Loader>> = {
  '.txt': { format: 'txt', maxBytes: MAX_TEXT_BYTES, load: loadTxt },
  '.text': { format: 'txt', maxBytes: MAX_TEXT_BYTES, load: loadTxt },
  '.md': { format: 'md', maxBytes: MAX_TEXT_BYTES, load: loadMd },
  '.markdown': { format: 'md', maxBytes: MAX_TEXT_BYTES, load: loadMd },
  '.html': { format: 'html', maxBytes: MAX_TEXT_BYTES, load: loadHtml },
  '.htm': { format: 'html', maxBytes: MAX_TEXT_BYTES, load: loadHtml },
  '.pdf': { format: 'pdf', maxBytes: MAX_FILE_BYTES, load: loadPdf },
  '.docx': { format: 'docx', maxBytes: MAX_FILE_BYTES, load: loadDocx },
};

export const SUPPORTED_EXTENSIONS: readonly string[] = Object.keys(LOADERS);

export const isSupported = (filePath: string): boolean => path.extname(filePath).toLowerCase() in LOADERS;

/** The stable id of the document at this absolute path. */
export const documentIdFor = (absolutePath: string): string => createHash('sha256').update(absolutePath).digest('hex').slice(0, 16);

export const hashBytes = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

export interface FileBytes {
  readonly path: string;
  readonly bytes: Uint8Array;
  readonly contentHash: string;
  readonly mtimeMs: number;
  readonly size: number;
}

function loaderFor(absolute: string): Loader {
  const loader = LOADERS[path.extname(absolute).toLowerCase()];
  if (!loader) throw new Error(`unsupported file type "${path.extname(absolute) || '(none)'}" (supported: ${SUPPORTED_EXTENSIONS.join(' ')})`);
  return loader;
}

/** Reads a file's bytes after checking its type and size. */
export async function readFileBytes(filePath: string): Promise<FileBytes> {
  const absolute = path.resolve(filePath);
  const loader = loaderFor(absolute);
  const info = await stat(absolute);
  if (!info.isFile()) throw new Error('not a regular file');
  if (info.size > loader.maxBytes) {
    throw new Error(`file is ${formatMiB(info.size)}; the limit for ${loader.format} files is ${formatMiB(loader.maxBytes)}`);
  }
  const bytes = await readFile(absolute);
  return { path: absolute, bytes, contentHash: hashBytes(bytes), mtimeMs: info.mtimeMs, size: info.size };
}

/** Parses bytes already read into a Document. */
export async function parseDocument(file: FileBytes): Promise<Document> {
  const loader = loaderFor(file.path);
  if (file.bytes.byteLength === 0) throw new Error('empty file');
  const loaded = await loader.load(file.bytes);
  let { dct, dctSource } = loaded;
  if (!dct) {
    dct = new Date(file.mtimeMs).toISOString().slice(0, 10);
    dctSource = 'file-mtime';
  }
  return {
    id: documentIdFor(file.path),
    path: file.path,
    title: loaded.title ?? fallbackTitle(file.path, loaded.paragraphs),
    format: loader.format,
    dct,
    dctSource,
    paragraphs: loaded.paragraphs,
    contentHash: file.contentHash,
  };
}

export async function readDocument(filePath: string): Promise<Document> {
  return parseDocument(await readFileBytes(filePath));
}
