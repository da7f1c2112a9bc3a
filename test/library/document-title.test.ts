import { describe, expect, it } from 'vitest';
import { fallbackTitle } from '../../electron/library/document-title';

describe('fallbackTitle', () => {
  const long = "Russia's Foreign Minister Sergei Lavrov called on the West to lift sanctions on Taliban-led Afghanistan and take responsibility. More.";
  const cases = [
    { file: '/x/Minutes of the board.txt', paragraphs: ['Some text.'], out: 'Minutes of the board' },
    { file: '/x/000_14605752f0ba447f.txt', paragraphs: ['The talks ended. Then more.'], out: 'The talks ended.' },
    { file: '/x/000_14605752f0ba447f.txt', paragraphs: [long], out: "Russia's Foreign Minister Sergei Lavrov called on the West to lift sanctions…" },
    { file: '/x/12345.txt', paragraphs: [], out: '12345' },
    { file: '/x/20240115.txt', paragraphs: ['Floods hit the coast.'], out: 'Floods hit the coast.' },
    { file: '/x/a.txt', paragraphs: ['In 1998 it began.'], out: 'a' },
    { file: '/x/report-2024.txt', paragraphs: ['In 1998 it began.'], out: 'report-2024' },
  ];
  for (const { file, paragraphs, out } of cases) {
    it(`titles ${file} as ${JSON.stringify(out)}`, () => {
      const title = fallbackTitle(file, paragraphs);
      expect(title).toBe(out);
      expect(title.length).toBeLessThanOrEqual(80);
    });
  }
});
