import { describe, expect, it } from 'vitest';
import type { DctSource, DocumentSummary } from '../../../electron/shared/model';
import { baseName, dateSourceWords, documentsUnder, formatWords, isCalendarDay, isUnder, removalWords } from '../../../renderer/src/documents/document-words';

const doc = (id: string, path: string, eventCount: number): DocumentSummary => ({
  id,
  path,
  title: id,
  format: 'txt',
  dct: '2024-10-04',
  dctSource: 'header',
  contentHash: id,
  paragraphCount: 1,
  eventCount,
});

describe('dateSourceWords', () => {
  it.each<[DctSource, string, boolean]>([
    ['header', 'its date line', false],
    ['front-matter', 'front matter', false],
    ['html-meta', 'page metadata', false],
    ['pdf-metadata', 'PDF metadata', false],
    ['docx-metadata', 'DOCX metadata', false],
    ['file-mtime', "the file's modification date — no date found in the document", true],
    ['user', 'set by you', false],
  ])('says where a %s date came from, and flags only guesses', (dctSource, text, guess) => {
    expect(dateSourceWords({ dct: '2024-10-04', dctSource })).toEqual({ text, guess });
  });

  it('flags a document without any date', () => {
    const words = dateSourceWords({ dct: null, dctSource: null });
    expect(words.guess).toBe(true);
    expect(words.text).toMatch(/no date/);
  });
});

describe('formatWords', () => {
  it('names each format for people', () => {
    expect(['txt', 'md', 'html', 'pdf', 'docx'].map((f) => formatWords(f as DocumentSummary['format']))).toEqual(['Text', 'Markdown', 'Web page', 'PDF', 'Word (DOCX)']);
  });
});

describe('folders and what removing them takes away', () => {
  it('knows a path is inside a folder only at a separator', () => {
    expect(isUnder('/data/news/a.txt', '/data/news')).toBe(true);
    expect(isUnder('/data/news/deep/b.txt', '/data/news/')).toBe(true);
    expect(isUnder('C:\\docs\\a.pdf', 'C:\\docs')).toBe(true);
    expect(isUnder('/data/newsroom/a.txt', '/data/news')).toBe(false);
    expect(isUnder('/data/news', '/data/news')).toBe(false);
    expect(isUnder('/elsewhere/a.txt', '/data/news')).toBe(false);
  });

  it('lists the documents under a folder and counts their events', () => {
    const docs = [doc('a', '/w/f/a.txt', 3), doc('b', '/w/f/sub/b.md', 1), doc('c', '/w/other/c.txt', 7)];
    const under = documentsUnder(docs, '/w/f');
    expect(under.map((d) => d.id)).toEqual(['a', 'b']);
    expect(removalWords(under)).toBe('2 documents and their 4 events');
    expect(removalWords([docs[2]!])).toBe('the document and its 7 events');
    expect(removalWords([doc('d', '/x', 1)])).toBe('the document and its 1 event');
    expect(removalWords([])).toBe('no documents');
  });

  it('shortens a folder path to its last part', () => {
    expect(baseName('/tmp/eventline/watched/')).toBe('watched');
    expect(baseName('C:\\Users\\me\\Notes')).toBe('Notes');
  });
});

describe('isCalendarDay', () => {
  it('accepts real days and refuses impossible or partial ones', () => {
    expect(['2020-03-10', '2024-02-29', '2000-02-29', '0044-03-15'].filter(isCalendarDay)).toHaveLength(4);
    expect(['2023-02-29', '1900-02-29', '2020-04-31', '2020-13-01', '2020-00-10', '2020-03-00', '2020-3-10', '', '10/03/2020'].filter(isCalendarDay)).toEqual([]);
  });
});
