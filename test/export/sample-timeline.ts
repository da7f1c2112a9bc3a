// A small hand-made timeline for the export tests: awkward text on purpose (quotes, commas, line
// breaks, a formula-like label, non-ASCII, HTML) and every kind of date the exporters must handle.
import type { Document, Event, EventDate, Granularity } from '../../electron/shared/model';

export const doc: Document = {
  id: 'd1',
  path: '/corpus/Relazione, "finale".txt',
  title: 'Relazione "finale", Ünïcödé',
  format: 'txt',
  dct: '2024-10-04',
  dctSource: 'header',
  contentHash: 'abc',
  paragraphs: [
    'On Friday, 4 October 2024, the minister said "we, the people" would act. Later text.',
    'In March 2019 prices rose; nobody knew why.\nA second line <b>bold</b> & more.',
    '=HYPERLINK("http://evil") was typed in 1999 by someone — naïvely 日本語 text that is long enough to need folding in an iCalendar file for sure.',
    'Caesar died on 15 March 44 BC. The 1980s were a decade. A timed meeting at 14:30 on 5 May 2020.',
  ],
};

const date = (start: string, end: string, granularity: Granularity): EventDate => ({ start, end, granularity, anchor: 'absolute', startEdge: 'exact', endEdge: 'exact' });

function event(id: string, paragraph: number, text: string, value: string, d: EventDate, label?: string): Event {
  const p = doc.paragraphs[paragraph]!;
  const start = p.indexOf(text);
  const sentenceEnd = p.indexOf('.', start) + 1 || p.length;
  const sentenceStart = Math.max(0, p.lastIndexOf('. ', start) + 2 > start ? 0 : p.lastIndexOf('. ', start) + (p.lastIndexOf('. ', start) >= 0 ? 2 : 1));
  return {
    id, documentId: doc.id, paragraph,
    sentence: { start: sentenceStart, end: sentenceEnd },
    label: label ?? p.slice(sentenceStart, sentenceEnd).split(/\s+/).slice(0, 6).join(' '),
    timex: { text, start, end: start + text.length, type: 'DATE', value },
    date: d,
  };
}

export const events: Event[] = [
  event('e-day', 0, '4 October 2024', '2024-10-04', date('2024-10-04', '2024-10-04', 'day')),
  { ...event('e-month', 1, 'March 2019', '2019-03', date('2019-03-01', '2019-03-31', 'month'), 'Prices, "rose"\nsharply'),
    user: { origin: 'extracted', hidden: false, edited: true, note: 'check; source, please', tags: ['economy', 'to-check'], mergedIds: [] } },
  event('e-year', 2, '1999', '1999', date('1999-01-01', '1999-12-31', 'year'), '=HYPERLINK("http://evil")'),
  event('e-bc', 3, '15 March 44 BC', '-0043-03-15', date('-000043-03-15', '-000043-03-15', 'day')),
  event('e-decade', 3, 'The 1980s', '198', date('1980-01-01', '1989-12-31', 'decade')),
  event('e-time', 3, '14:30 on 5 May 2020', '2020-05-05T14:30', date('2020-05-05', '2020-05-05', 'time')),
  event('e-leap', 3, '5 May 2020', '2020-05-05', date('2023-02-20', '2023-02-28', 'week'), 'A week ending on 28 Feb'),
];
