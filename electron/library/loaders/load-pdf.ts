// PDF: text through pdfjs-dist's legacy (Node) build, paragraphs rebuilt from line positions;
// title and date from the document information dictionary (CreationDate), else XMP.
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import * as pdfjsWorker from 'pdfjs-dist/legacy/build/pdf.worker.mjs';
import { checkTextSize } from '../limits';
import { toIsoDate } from './iso-date';
import type { LoadedDocument } from './loaded-document';
import { pageParagraphs, type TextRun } from './pdf-paragraphs';

// pdfjs runs its parser in-thread ("fake worker") when it finds the worker module here; importing
// it statically keeps the loader bundleable (no dynamic import of a file path at run time).
(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfjsWorker;

function runsOf(items: readonly unknown[]): TextRun[] {
  const runs: TextRun[] = [];
  for (const item of items) {
    if (!item || typeof item !== 'object' || !('str' in item)) continue; // marked-content items carry no text
    const t = item as { str: string; transform: number[]; width: number; height: number; hasEOL: boolean };
    runs.push({ str: t.str, x: t.transform[4] ?? 0, y: t.transform[5] ?? 0, width: t.width, height: t.height, hasEOL: t.hasEOL });
  }
  return runs;
}

export async function loadPdf(bytes: Uint8Array): Promise<LoadedDocument> {
  // pdfjs takes ownership of (detaches) the buffer it is given: hand it a copy.
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false, useSystemFonts: false, disableFontFace: true, stopAtErrors: false });
  let pdf;
  try {
    pdf = await task.promise;
  } catch (e) {
    throw new Error(`not a readable PDF (${e instanceof Error ? e.message : String(e)})`);
  }
  try {
    const paragraphs: string[] = [];
    let chars = 0;
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      for (const p of pageParagraphs(runsOf(content.items))) {
        chars += p.length;
        paragraphs.push(p);
      }
      checkTextSize(chars);
      page.cleanup();
    }
    const { info, metadata } = await pdf.getMetadata().catch(() => ({ info: {}, metadata: null }));
    const fields = (info ?? {}) as { CreationDate?: unknown; Title?: unknown };
    const dct = toIsoDate(fields.CreationDate) ?? toIsoDate(metadata?.get('xmp:createdate'));
    const title = typeof fields.Title === 'string' && fields.Title.trim() ? fields.Title.trim() : null;
    return { title, dct, dctSource: dct ? 'pdf-metadata' : null, paragraphs };
  } finally {
    await pdf.destroy();
  }
}
