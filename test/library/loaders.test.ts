// Each format's loader: text as paragraphs, markup gone, title and date with their source.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractPaths } from '../../electron/library/extract-paths';
import { loadHtml } from '../../electron/library/loaders/load-html';
import { loadMd } from '../../electron/library/loaders/load-md';
import { loadTxt } from '../../electron/library/loaders/load-txt';
import { toIsoDate } from '../../electron/library/loaders/iso-date';
import { pageParagraphs } from '../../electron/library/loaders/pdf-paragraphs';
import { EXPECTED, writeMixedFolder } from '../fixtures/mixed-folder';
import { removeTempDirs, tempDir } from './helpers';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('txt', () => {
  it('reads the `date YYYY-MM-DD` header as the document date, not as text', () => {
    const doc = loadTxt(bytes('date 2024-10-04 Lavrov spoke on Friday.\nSecond paragraph.'));
    expect(doc).toMatchObject({ dct: '2024-10-04', dctSource: 'header', paragraphs: ['Lavrov spoke on Friday.', 'Second paragraph.'] });
  });

  it('decodes UTF-16 LE and BE with a BOM', () => {
    const text = 'Café opened in 1998.';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    for (let i = 0; i < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1]!, be[i]!];
    expect(loadTxt(le).paragraphs).toEqual([text]);
    expect(loadTxt(be).paragraphs).toEqual([text]);
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8', () => {
    // "café – 1998" in Windows-1252: é is 0xE9, the en dash 0x96.
    const doc = loadTxt(Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x31, 0x39, 0x39, 0x38]));
    expect(doc.paragraphs).toEqual(['café – 1998']);
  });

  it('strips a UTF-8 BOM', () => {
    expect(loadTxt(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes('date 2020-01-02 Hello')]))).toMatchObject({ dct: '2020-01-02', paragraphs: ['Hello'] });
  });
});

describe('md', () => {
  it('reads YAML front matter and strips markup from the visible text', () => {
    const doc = loadMd(bytes('---\ntitle: "Notes: day one"\ndate: 2023-03-14\n---\n# Heading\n\nSome **bold** and [a link](http://x.org) and `code`.\n\n* item one\n* item two\n\n<div onclick="x()">raw html</div>\n'));
    expect(doc).toMatchObject({ title: 'Notes: day one', dct: '2023-03-14', dctSource: 'front-matter' });
    expect(doc.paragraphs).toEqual(['Heading', 'Some bold and a link and code.', 'item one', 'item two']);
  });

  it('uses the first heading as title and leaves the date to the caller without front matter', () => {
    expect(loadMd(bytes('# The title\n\nBody text.'))).toMatchObject({ title: 'The title', dct: null, dctSource: null });
  });

  it('keeps the body when the front matter is not valid YAML', () => {
    expect(loadMd(bytes('---\ntitle: [unclosed\n---\nBody text.')).paragraphs).toEqual(['Body text.']);
  });
});

describe('html', () => {
  const page = (head: string, body = '<article><p>Officials met on Tuesday to discuss the budget for the coming year in detail.</p></article>') =>
    bytes(`<!doctype html><html><head><title>T</title>${head}</head><body>${body}</body></html>`);

  it.each([
    ['article:published_time', '<meta property="article:published_time" content="2022-11-08T21:00:00-05:00">'],
    ['JSON-LD datePublished', '<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2022-11-08"}]}</script>'],
    ['<time datetime>', ''],
  ])('takes the date from %s', (_name, head) => {
    const body = head ? undefined : '<article><p>Posted <time datetime="2022-11-08">Tuesday</time>. Officials met to discuss the budget for the coming year.</p></article>';
    expect(loadHtml(page(head, body))).toMatchObject({ dct: '2022-11-08', dctSource: 'html-meta' });
  });

  it('reads a page wrapped in a form, keeping words apart at line breaks', () => {
    const doc = loadHtml(page('', '<form id="aspnetForm"><div><p>The bridge opened in<br>May 1932 after six years.</p><p>It closed for repairs in 2019.</p></div></form>'));
    expect(doc.paragraphs).toEqual(['The bridge opened in May 1932 after six years.', 'It closed for repairs in 2019.']);
  });

  it('keeps the article paragraphs and nothing from script, style, nav or footer', () => {
    const doc = loadHtml(
      page(
        '<style>.x{}</style><script>var leaked = "SCRIPT TEXT";</script>',
        '<nav>NAV TEXT 1999</nav><article><h1>Headline</h1><p onmouseover="steal()">First paragraph about 2021 events in the city council meeting.</p><p>Second paragraph, with <b>bold</b> words about March 2022.</p></article><footer>FOOTER 2020</footer><script>alert("SCRIPT TWO")</script>',
      ),
    );
    const all = doc.paragraphs.join('\n');
    expect(doc.paragraphs).toContain('First paragraph about 2021 events in the city council meeting.');
    expect(doc.paragraphs).toContain('Second paragraph, with bold words about March 2022.');
    for (const leaked of ['SCRIPT', 'NAV TEXT', 'FOOTER', 'steal', 'alert', '.x{}']) expect(all).not.toContain(leaked);
  });
});

describe('pdf paragraphs from line positions', () => {
  const run = (str: string, y: number, x = 72) => ({ str, x, y, width: str.length * 5, height: 11, hasEOL: false });

  it('joins wrapped lines and splits at a larger gap, mending hyphenated words', () => {
    const runs = [run('The first paragraph goes on and is hyphen-', 780), run('ated across two lines.', 766), run('A second paragraph.', 738)];
    expect(pageParagraphs(runs)).toEqual(['The first paragraph goes on and is hyphenated across two lines.', 'A second paragraph.']);
  });

  it('separates a short heading, a larger title and page numbers from the text', () => {
    const long = 'x'.repeat(80);
    const runs = [
      run('12', 800),
      { ...run('A Title', 780), height: 16 },
      run('1.1. Version', 760),
      run(`${long} first`, 746),
      run(`${long} second.`, 732),
      run('3', 60),
    ];
    expect(pageParagraphs(runs)).toEqual(['A Title', '1.1. Version', `${long} first ${long} second.`]);
  });

  it('puts runs on one baseline into one line', () => {
    expect(pageParagraphs([run('On', 700), { ...run('March 3', 700, 90) }])).toEqual(['On March 3']);
  });
});

describe('metadata dates', () => {
  it.each([
    ['D:20200517100000Z', '2020-05-17'],
    ['2024-10-04T23:30:00-05:00', '2024-10-04'],
    ['2024/2/29', '2024-02-29'],
    ['2023-02-29', null],
    ['October 4, 2024', '2024-10-04'],
    ['soon', null],
  ])('%s -> %s', (input, out) => expect(toIsoDate(input)).toBe(out));
});

describe('a folder of all five formats', () => {
  let dir = '';
  beforeAll(async () => {
    dir = tempDir();
    await writeMixedFolder(dir);
  });
  afterAll(removeTempDirs);

  it('gives each document its date, source, title and text', async () => {
    const { documents, errors } = await extractPaths([dir]);
    expect(errors).toEqual([]);
    expect(documents).toHaveLength(EXPECTED.length);
    for (const want of EXPECTED) {
      const doc = documents.find((d) => d.path === path.join(dir, want.file));
      expect(doc, want.file).toMatchObject({ format: want.format, dct: want.dct, dctSource: want.dctSource, title: want.title });
      expect(doc!.paragraphs.some((p) => p.includes(want.contains)), `${want.file}: ${JSON.stringify(doc!.paragraphs)}`).toBe(true);
    }
  });

  it('gives the document an id from its path that survives an edit', async () => {
    const file = path.join(dir, 'wire.txt');
    const before = (await extractPaths([file])).documents[0]!;
    writeFileSync(file, 'date 2024-10-04 Edited text.\n');
    const after = (await extractPaths([file])).documents[0]!;
    expect(after.id).toBe(before.id);
    expect(after.contentHash).not.toBe(before.contentHash);
  });
});
