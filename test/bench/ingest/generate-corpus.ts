// A synthetic corpus for the ingest benchmark: news-like documents with dates, in all five formats
// (mostly text formats, as real folders are), written to a folder.
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { makeDocx } from '../../fixtures/make-docx';
import { makePdf } from '../../fixtures/make-pdf';

const PLACES = ['Geneva', 'Nairobi', 'Lima', 'Oslo', 'Hanoi', 'Quito', 'Accra', 'Riga'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function paragraphs(i: number): string[] {
  const place = PLACES[i % PLACES.length]!;
  const year = 1950 + (i % 70);
  const month = MONTHS[i % 12]!;
  return [
    `Officials in ${place} announced on Tuesday that the new water plant would open in ${month} ${year + 1}, two years later than planned.`,
    `The project was first proposed in ${year - 10}, when the city council approved a budget of forty million. Work stopped for most of the 1990s.`,
    `A spokesperson said on ${1 + (i % 28)} ${month} ${year} that the delays were caused by floods. Inspections are held every week.`,
    `Residents have waited for more than two decades. "We were promised clean water by the summer of ${year - 3}," one said last month.`,
    `The next council meeting is scheduled for ${MONTHS[(i + 3) % 12]} ${1 + (i % 27)}, ${year}, and a final report is due in the second quarter of ${year + 2}.`,
    `Historians note that the first aqueduct here dates from the 16th century, and that a cholera outbreak in 1854 led to the earliest reforms.`,
  ];
}

const iso = (i: number) => `${1950 + (i % 70)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;

/** Writes `count` documents; every 50th is a PDF and every 50th (offset) a DOCX, the rest txt/md/html. */
export async function generateCorpus(dir: string, count: number): Promise<void> {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const ps = paragraphs(i);
    const name = path.join(dir, `doc-${String(i).padStart(4, '0')}`);
    const kind = i % 50 === 0 ? 'pdf' : i % 50 === 25 ? 'docx' : (['txt', 'md', 'html'] as const)[i % 3]!;
    if (kind === 'pdf') writeFileSync(`${name}.pdf`, await makePdf(ps, { title: `Report ${i}`, created: new Date(`${iso(i)}T09:00:00Z`) }));
    else if (kind === 'docx') writeFileSync(`${name}.docx`, await makeDocx(ps, { title: `Memo ${i}`, created: `${iso(i)}T09:00:00Z` }));
    else if (kind === 'txt') writeFileSync(`${name}.txt`, `date ${iso(i)} ${ps.join('\n')}\n`);
    else if (kind === 'md') writeFileSync(`${name}.md`, `---\ntitle: Water plant ${i}\ndate: ${iso(i)}\n---\n# Water plant ${i}\n\n${ps.join('\n\n')}\n`);
    else {
      const body = ps.map((p) => `<p>${p}</p>`).join('');
      writeFileSync(`${name}.html`, `<!doctype html><html><head><title>Water ${i}</title><meta property="article:published_time" content="${iso(i)}T08:00:00Z"></head><body><nav>Home</nav><article><h1>Water ${i}</h1>${body}</article><footer>(c)</footer></body></html>`);
    }
  }
  const old = new Date('2001-01-01T00:00:00Z');
  utimesSync(dir, old, old);
}
