// Markdown: YAML front matter (title, date) read with the `yaml` parser; the body parsed with
// `marked`'s lexer, one paragraph per block, markup stripped so the user sees only the prose.
import { Lexer, type Token, type Tokens } from 'marked';
import { parse as parseYaml } from 'yaml';
import { checkTextSize } from '../limits';
import { decodeText } from './decode-text';
import { toIsoDate } from './iso-date';
import type { LoadedDocument } from './loaded-document';

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** The visible text of inline tokens: link and emphasis text kept, URLs and raw HTML dropped. */
function inlineText(tokens: readonly Token[] | undefined, fallback: string): string {
  if (!tokens) return fallback;
  return tokens
    .map((t): string => {
      switch (t.type) {
        case 'html':
          return '';
        case 'br':
          return ' ';
        case 'image':
          return (t as Tokens.Image).text;
        case 'codespan':
          return (t as Tokens.Codespan).text;
        case 'escape':
          return (t as Tokens.Escape).text;
        default: {
          const withTokens = t as { tokens?: Token[]; text?: string };
          return inlineText(withTokens.tokens, withTokens.text ?? '');
        }
      }
    })
    .join('');
}

function collectBlocks(tokens: readonly Token[], out: string[]): void {
  for (const t of tokens) {
    switch (t.type) {
      case 'heading':
      case 'paragraph':
      case 'text':
        out.push(inlineText((t as Tokens.Paragraph).tokens, (t as Tokens.Paragraph).text));
        break;
      case 'code':
        out.push(...(t as Tokens.Code).text.split('\n'));
        break;
      case 'blockquote':
        collectBlocks((t as Tokens.Blockquote).tokens, out);
        break;
      case 'list':
        for (const item of (t as Tokens.List).items) collectBlocks(item.tokens, out);
        break;
      case 'table': {
        const table = t as Tokens.Table;
        for (const row of [table.header, ...table.rows]) out.push(row.map((c) => inlineText(c.tokens, c.text)).join(' | '));
        break;
      }
      default:
        break; // hr, space, html blocks, link definitions: nothing the reader should see
    }
  }
}

const normalize = (s: string) => s.replace(/\s+/g, ' ').trim();

export function loadMd(bytes: Uint8Array): LoadedDocument {
  checkTextSize(bytes.byteLength);
  const { text } = decodeText(bytes);
  const front = FRONT_MATTER.exec(text);
  let meta: Record<string, unknown> = {};
  if (front) {
    try {
      const parsed: unknown = parseYaml(front[1]!);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) meta = parsed as Record<string, unknown>;
    } catch {
      meta = {}; // bad front matter is the author's slip: keep the body, ignore the header
    }
  }
  const body = front ? text.slice(front[0].length) : text;
  const tokens = new Lexer({ gfm: true }).lex(body);
  const blocks: string[] = [];
  collectBlocks(tokens, blocks);
  const paragraphs = blocks.map(normalize).filter((p) => p.length > 0);
  const firstHeading = tokens.find((t): t is Tokens.Heading => t.type === 'heading');
  const title = typeof meta.title === 'string' ? meta.title.trim() : firstHeading ? normalize(inlineText(firstHeading.tokens, firstHeading.text)) : null;
  const dct = toIsoDate(meta.date ?? meta.published ?? meta.created);
  return { title: title || null, dct, dctSource: dct ? 'front-matter' : null, paragraphs };
}
