// Reads one file into a Document: picks the loader by extension, hashes the content, fills in title and date.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Document, DocumentFormat } from '../shared/model';
import { loadTxt } from './loaders/load-txt';
import type { LoadedDocument } from './loaders/loaded-document';

const LOADERS: Readonly<Record<string, { format: DocumentFormat; load: (bytes: Uint8Array) => LoadedDocument | Promise<LoadedDocument> }>> = {
  '.txt': { format: 'txt', load: loadTxt },
};

export const SUPPORTED_EXTENSIONS: readonly string[] = Object.keys(LOADERS);

export async function readDocument(filePath: string): Promise<Document> {
  const absolute = path.resolve(filePath);
  const loader = LOADERS[path.extname(absolute).toLowerCase()];
  if (!loader) throw new Error(`unsupported file type "${path.extname(absolute) || '(none)'}"`);
  const bytes = await readFile(absolute);
  const contentHash = createHash('sha256').update(bytes).digest('hex');
  const loaded = await loader.load(bytes);
  let { dct, dctSource } = loaded;
  if (!dct) {
    dct = (await stat(absolute)).mtime.toISOString().slice(0, 10);
    dctSource = 'file-mtime';
  }
  return {
    id: contentHash.slice(0, 16),
    path: absolute,
    title: loaded.title ?? path.basename(absolute, path.extname(absolute)),
    format: loader.format,
    dct,
    dctSource,
    paragraphs: loaded.paragraphs,
    contentHash,
  };
}
