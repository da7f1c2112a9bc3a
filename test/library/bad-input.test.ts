// Hostile and broken files: each gives a clear per-file error or a safe result, never a crash or a hang.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractPaths } from '../../electron/library/extract-paths';
import { walkFiles } from '../../electron/library/ingest/walk-files';
import { MAX_DOCX_UNCOMPRESSED_BYTES, MAX_TEXT_BYTES } from '../../electron/library/limits';
import { readDocument } from '../../electron/library/read-document';
import { makePdf } from '../fixtures/make-pdf';
import { makeZipBomb } from '../fixtures/make-zip-bomb';
import { removeTempDirs, tempDir } from './helpers';

let dir = '';
const file = (name: string, content: string | Uint8Array) => {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
};
const errorOf = async (p: string) => {
  const { documents, errors } = await extractPaths([p]);
  expect(documents).toEqual([]);
  expect(errors).toHaveLength(1);
  return errors[0]!.message;
};

beforeAll(() => {
  dir = tempDir();
});
afterAll(removeTempDirs);

describe('text files', () => {
  it('refuses an empty file', async () => {
    expect(await errorOf(file('empty.txt', ''))).toBe('empty file');
  });

  it('refuses binary bytes named .txt', async () => {
    const binary = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256);
    expect(await errorOf(file('binary.txt', binary))).toMatch(/not a text file/);
  });

  it('reads invalid UTF-8 as Windows-1252 instead of failing', async () => {
    const doc = await readDocument(file('latin.txt', Uint8Array.from([0x4e, 0x61, 0xef, 0x76, 0x65, 0x20, 0x31, 0x39, 0x39, 0x38, 0xff])));
    expect(doc.paragraphs).toEqual(['Naïve 1998ÿ']);
  });

  it('refuses a 60 MB text file with the limit in the message', async () => {
    const big = path.join(dir, 'big.txt');
    writeFileSync(big, Buffer.alloc(60 * 1024 * 1024, 'word 1998\n'));
    expect(60 * 1024 * 1024).toBeGreaterThan(MAX_TEXT_BYTES);
    expect(await errorOf(big)).toBe('file is 60.0 MB; the limit for txt files is 50.0 MB');
  });
});

describe('pdf and docx', () => {
  it('reports a truncated PDF', async () => {
    const pdf = await makePdf(['The plant opened in March 2019.']);
    expect(await errorOf(file('truncated.pdf', pdf.subarray(0, Math.floor(pdf.length / 3))))).toMatch(/PDF/);
  });

  it('reports a .docx that is not a zip', async () => {
    expect(await errorOf(file('fake.docx', 'just some text, not a zip'))).toBe('not a valid DOCX file (not a zip archive)');
  });

  it('refuses a zip bomb before inflating it', async () => {
    const bomb = makeZipBomb(64);
    expect(bomb.length).toBeLessThan(1024 * 1024); // 64 MiB inside well under 1 MiB
    const message = await errorOf(file('bomb.docx', bomb));
    expect(message).toMatch(/DOCX refused: it would decompress to 64\.0 MB \(word\/document\.xml compressed over 200:1\)/);
    expect(message).toContain(`${(MAX_DOCX_UNCOMPRESSED_BYTES / 1024 / 1024).toFixed(1)} MB`);
  });
});

describe('html', () => {
  it('never runs or keeps scripts and event handlers', async () => {
    (globalThis as { pwned?: boolean }).pwned = false;
    const p = file(
      'evil.html',
      `<html><head><script>globalThis.pwned = true</script></head><body onload="globalThis.pwned = true">
       <img src=x onerror="globalThis.pwned = true"><article><p>The council met on 4 May 2021 to vote on the new budget for the city.</p>
       <p><a href="javascript:alert(1)">click</a> <script>document.write('INJECTED')</script></p></article></body></html>`,
    );
    const doc = await readDocument(p);
    expect((globalThis as { pwned?: boolean }).pwned).toBe(false);
    expect(doc.paragraphs.join(' ')).toContain('The council met on 4 May 2021');
    expect(doc.paragraphs.join(' ')).not.toMatch(/INJECTED|pwned|alert/);
  });

  it('reads deeply nested HTML without overflowing the stack', async () => {
    const depth = 20_000;
    const p = file('deep.html', `<html><body>${'<div>'.repeat(depth)}Deep down, in 1850, a fact.${'</div>'.repeat(depth)}</body></html>`);
    const doc = await readDocument(p);
    expect(doc.paragraphs.join(' ')).toContain('Deep down, in 1850, a fact.');
  });
});

describe('folders', () => {
  it('walks a folder with a symlink loop once, without hanging', async () => {
    const root = path.join(dir, 'loop');
    mkdirSync(path.join(root, 'sub'), { recursive: true });
    writeFileSync(path.join(root, 'sub', 'a.txt'), 'In 2001 it began.');
    symlinkSync(root, path.join(root, 'sub', 'back-to-root'));
    symlinkSync(path.join(root, 'sub'), path.join(root, 'sub-again'));
    const { files, errors } = await walkFiles([root]);
    expect(errors).toEqual([]);
    expect(files).toEqual([path.join(root, 'sub', 'a.txt')]);
  });

  it('lists unsupported and missing paths as errors and still extracts the rest', async () => {
    const good = file('good.txt', 'It happened in 1999.');
    const { documents, errors } = await extractPaths([good, file('x.xyz', 'data'), path.join(dir, 'missing.txt')]);
    expect(documents.map((d) => d.path)).toEqual([good]);
    expect(errors).toEqual([
      { path: path.join(dir, 'missing.txt'), message: 'no such file or folder' },
      { path: path.join(dir, 'x.xyz'), message: expect.stringMatching(/^unsupported file type "\.xyz"/) },
    ]);
  });
});
