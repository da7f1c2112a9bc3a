// HTML: the article's text only, found by Mozilla's Readability over a linkedom DOM (no scripts
// run: linkedom has no script engine). Title and date from the page's metadata.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { checkTextSize } from '../limits';
import { decodeText } from './decode-text';
import { findHtmlDate } from './html-date';
import type { LoadedDocument } from './loaded-document';

// Not `form`: some sites (ASP.NET) wrap the whole page in one.
const NEVER_TEXT = 'script, style, noscript, template, nav, footer, iframe, object, embed, svg, canvas, button, select';
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, dt, dd, td, th, caption';
/** Deeper trees are flattened to their text: recursive DOM walks would overflow the stack. */
const MAX_DEPTH = 400;

type HtmlDocument = ReturnType<typeof parseHTML>['document'];
type HtmlElement = HtmlDocument['body'];

const normalize = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

function depthExceeds(root: HtmlElement, limit: number): boolean {
  const stack: [HtmlElement, number][] = [[root, 0]];
  while (stack.length) {
    const [el, depth] = stack.pop()!;
    if (depth > limit) return true;
    for (const child of Array.from(el.children)) stack.push([child as HtmlElement, depth + 1]);
  }
  return false;
}

/** Text of the innermost block elements, in document order; the whole text when there are none. */
function blockParagraphs(root: HtmlElement): string[] {
  // textContent ignores <br>: keep the words on either side apart.
  for (const br of Array.from(root.querySelectorAll('br'))) br.replaceWith(' ');
  const blocks = Array.from(root.querySelectorAll(BLOCKS)).filter((el) => !el.querySelector(BLOCKS));
  const texts = blocks.length ? blocks.map((el) => normalize(el.textContent)) : (root.textContent ?? '').split(/\n\s*\n/).map(normalize);
  return texts.filter((t) => t.length > 0);
}

export function loadHtml(bytes: Uint8Array): LoadedDocument {
  checkTextSize(bytes.byteLength);
  const { text } = decodeText(bytes);
  const { document } = parseHTML(text);
  const dct = findHtmlDate(document);
  const metaTitle = normalize(document.querySelector('meta[property="og:title"]')?.getAttribute('content')) || normalize(document.title);
  for (const el of Array.from(document.querySelectorAll(NEVER_TEXT))) el.remove();
  const body = document.body ?? document.documentElement;
  if (!body) return { title: metaTitle || null, dct, dctSource: dct ? 'html-meta' : null, paragraphs: [] };
  if (depthExceeds(body as HtmlElement, MAX_DEPTH)) {
    const paragraphs = (body.textContent ?? '').split(/\n\s*\n/).map(normalize).filter((p) => p.length > 0);
    return { title: metaTitle || null, dct, dctSource: dct ? 'html-meta' : null, paragraphs };
  }
  const fallback = blockParagraphs(body as HtmlElement);
  let paragraphs = fallback;
  let title = metaTitle;
  const article = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  if (article?.content) {
    const { document: articleDoc } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    const found = blockParagraphs(articleDoc.body as HtmlElement);
    if (found.length) paragraphs = found;
    title = normalize(article.title) || title;
  }
  return { title: title || null, dct, dctSource: dct ? 'html-meta' : null, paragraphs };
}
